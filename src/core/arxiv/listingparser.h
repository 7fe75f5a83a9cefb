// Reads arXiv's daily listing feeds (rss.arxiv.org, RSS 2.0 or Atom) into Papers: a pure function.
#pragma once

#include "model/paper.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace DigestStudio {

class ListingParser final
{
public:
    enum class AnnounceType { New, Cross, Replace, ReplaceCross, Other };

    struct Item
    {
        Paper paper; // id, version, title, authors, affiliations (from dc:creator), abstract, categories
        AnnounceType type = AnnounceType::Other;
        QString announceType; // as the feed spells it: `new`, `cross`, `replace`, `replace-cross`
    };

    struct Result
    {
        QVector<Item> items;
        QString title;        // `cs.LG updates on arXiv.org`
        QDateTime announced;  // the channel's pubDate (RSS) or updated (Atom)
        QStringList skipDays; // `Saturday`, `Sunday`
        int withoutId = 0;    // items left out because no arXiv id could be read from them
        QString parseError;   // not well-formed or not a feed: what and where
        bool ok() const { return parseError.isEmpty(); }
    };

    static Result parse(const QByteArray &bytes);

    // dc:creator: `Ann Lee (MIT), Bo Chen (University of California, Berkeley), Carl Dunn` → names and one
    // affiliation per name (empty where none). An affiliation is the parenthesised text after a name and may
    // itself hold commas and parentheses. A final `and` is a separator too.
    static void splitCreators(const QString &creators, QStringList *names, QStringList *affiliations);

    static AnnounceType announceTypeFromName(const QString &name);
};

} // namespace DigestStudio
