// Seeded synthetic listing histories made at test time: each day a listing of papers written from a mixture
// of topics (words with inflected forms, authors who mostly stay in a topic, categories by topic), in a
// random feed order, and an editor with hidden tastes (topics, favourite authors, no surveys) who picks the
// best nine of a noisy utility.
#pragma once

#include "model/listingday.h"

#include <QRandomGenerator>

namespace DigestStudio::Test {

class SyntheticHistory final
{
public:
    struct Options
    {
        quint32 seed = 7;
        int days = 40;
        int papersPerDay = 200;
        int picksPerDay = 9;
        int topics = 12;
        double noise = 0.35; // the editor's mood, against a utility of spread about 1
    };

    explicit SyntheticHistory(const Options &options);

    QVector<ListingDay> history() const { return m_days; }
    // A fresh listing of `size` papers (the editor's picks are not given).
    QVector<Paper> listing(int size, QDate date);
    // The editor's utility for a paper made by this generator, without the noise.
    double utility(const QString &id) const { return m_utility.value(id); }
    // The same history with the picks replaced by `picksPerDay` papers drawn at random (the leakage check).
    QVector<ListingDay> shuffledPicks(quint32 seed) const;

private:
    QString word(int topic);
    Paper makePaper(const QDate &date, int index);

    Options m_options;
    QRandomGenerator m_random;
    QVector<QStringList> m_topicWords; // the last entry: general words
    QStringList m_authors;
    QVector<int> m_authorTopic;
    QVector<double> m_taste;
    QSet<QString> m_favourites;
    QHash<QString, double> m_utility;
    QVector<ListingDay> m_days;
};

} // namespace DigestStudio::Test
