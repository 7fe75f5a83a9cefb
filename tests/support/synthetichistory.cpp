#include "synthetichistory.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace DigestStudio::Test {

namespace {

const char *const Syllables[] = {"ka",  "lo",  "mi",  "ne",  "ru",  "sa",  "ti",  "vo",  "ze",   "pa",
                                 "gri", "dor", "fen", "hul", "jax", "qua", "bre", "sto", "plin", "mor"};
const char *const Endings[] = {"", "", "s", "ing", "ed", "ation"};
const char *const Categories[] = {"cs.LG", "cs.CV", "cs.CL", "cs.RO", "stat.ML", "cs.AI"};

double gaussian(QRandomGenerator &random)
{
    // Box-Muller
    const double u = std::max(1e-12, random.generateDouble());
    const double v = random.generateDouble();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * v);
}

} // namespace

SyntheticHistory::SyntheticHistory(const Options &options)
    : m_options(options)
    , m_random(options.seed)
{
    QSet<QString> used;
    const auto newWord = [&] {
        for (;;) {
            QString w;
            const int parts = 2 + int(m_random.bounded(2));
            for (int i = 0; i < parts; ++i)
                w += QString::fromLatin1(Syllables[m_random.bounded(int(std::size(Syllables)))]);
            if (!used.contains(w)) {
                used.insert(w);
                return w;
            }
        }
    };
    for (int t = 0; t <= options.topics; ++t) {
        QStringList words;
        for (int i = 0; i < (t == options.topics ? 400 : 40); ++i)
            words.append(newWord());
        m_topicWords.append(words);
    }
    for (int a = 0; a < options.topics * 40; ++a) {
        m_authors.append(newWord().left(1).toUpper() + newWord() + QLatin1Char(' ') +
                         newWord().left(1).toUpper() + newWord());
        m_authorTopic.append(a % options.topics);
    }
    for (int t = 0; t < options.topics; ++t)
        m_taste.append(gaussian(m_random));
    while (m_favourites.size() < 15)
        m_favourites.insert(m_authors.at(int(m_random.bounded(int(m_authors.size())))));

    for (int d = 0; d < options.days; ++d) {
        ListingDay day;
        day.date = QDate(2026, 1, 1).addDays(d);
        day.listing = listing(options.papersPerDay, day.date);
        QVector<QPair<double, QString>> noisy;
        for (const Paper &p : qAsConst(day.listing))
            noisy.append({m_utility.value(p.id()) + options.noise * gaussian(m_random), p.id()});
        std::sort(noisy.begin(), noisy.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (int i = 0; i < std::min(options.picksPerDay, int(noisy.size())); ++i)
            day.picked.append(noisy.at(i).second);
        m_days.append(day);
    }
}

QString SyntheticHistory::word(int topic)
{
    const QStringList &words = m_topicWords.at(topic);
    return words.at(int(m_random.bounded(int(words.size())))) +
           QString::fromLatin1(Endings[m_random.bounded(int(std::size(Endings)))]);
}

Paper SyntheticHistory::makePaper(const QDate &date, int index)
{
    const int topics = m_options.topics;
    const int main = int(m_random.bounded(topics));
    const int second = int(m_random.bounded(topics));
    const double share = 0.6 + 0.4 * m_random.generateDouble();
    const auto pickWord = [&] {
        const double r = m_random.generateDouble();
        return word(r < 0.45 * share ? main : r < 0.45 ? second : topics);
    };
    QStringList title;
    for (int i = 0; i < 8; ++i)
        title.append(pickWord());
    QStringList abstract;
    for (int i = 0; i < 110; ++i)
        abstract.append(pickWord());
    // A tenth are surveys of their topic, which this editor never features: the centroid of the picks cannot
    // tell them apart from the topic's other papers, a model that learns from the unpicked ones can.
    const bool survey = m_random.generateDouble() < 0.15;
    if (survey) {
        title.replace(0, QStringLiteral("surveyed"));
        for (int i = 0; i < 6; ++i)
            abstract[int(m_random.bounded(int(abstract.size())))] = m_topicWords.at(topics).at(i);
    }
    QStringList authors;
    double favourite = 0;
    for (int i = 0; i < 3; ++i) {
        int a = int(m_random.bounded(int(m_authors.size())));
        if (m_random.generateDouble() < 0.8)
            a = main + topics * int(m_random.bounded(40)); // an author of the main topic
        if (!authors.contains(m_authors.at(a)))
            authors.append(m_authors.at(a));
        favourite += m_favourites.contains(m_authors.at(a)) ? 1.0 : 0.0;
    }
    Paper p;
    p.setId(QStringLiteral("%1.%2")
                .arg(date.toString(QStringLiteral("yyMM")))
                .arg(date.day() * 1000 + index, 5, 10, QLatin1Char('0')));
    p.setVersion(1);
    p.setTitle(title.join(QLatin1Char(' ')));
    p.setAbstract(abstract.join(QLatin1Char(' ')) + QLatin1Char('.'));
    p.setAuthors(authors);
    const QString category = QString::fromLatin1(Categories[main % int(std::size(Categories))]);
    p.setPrimaryCategory(category);
    p.setCategories({category});
    m_utility.insert(p.id(), share * m_taste.at(main) + (1 - share) * m_taste.at(second) + 0.8 * favourite -
                                 (survey ? 2.0 : 0.0));
    return p;
}

QVector<Paper> SyntheticHistory::listing(int size, QDate date)
{
    QVector<Paper> papers;
    for (int i = 0; i < size; ++i)
        papers.append(makePaper(date, i));
    // The feed's order says nothing of the editor's taste.
    for (int k = int(papers.size()) - 1; k > 0; --k)
        papers.swapItemsAt(k, int(m_random.bounded(k + 1)));
    return papers;
}

QVector<ListingDay> SyntheticHistory::shuffledPicks(quint32 seed) const
{
    QRandomGenerator random(seed);
    QVector<ListingDay> days = m_days;
    for (ListingDay &day : days) {
        day.picked.clear();
        while (day.picked.size() < std::min(m_options.picksPerDay, int(day.listing.size()))) {
            const QString id = day.listing.at(int(random.bounded(int(day.listing.size())))).id();
            if (!day.picked.contains(id))
                day.picked.append(id);
        }
    }
    return days;
}

} // namespace DigestStudio::Test
