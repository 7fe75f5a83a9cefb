#include "arxiv/listingparser.h"

#include "arxiv/atomparser.h"
#include "model/arxivid.h"
#include "text/texaccents.h"

#include "util/xmlpullreader.h"
#include <QRegularExpression>

namespace DigestStudio {

namespace {

const QLatin1String AtomNs("http://www.w3.org/2005/Atom");
const QLatin1String ArxivNs("http://arxiv.org/schemas/atom");
const QLatin1String DcNs("http://purl.org/dc/elements/1.1/");

QString positioned(const XmlPullReader &r)
{
    return QStringLiteral("line %1, column %2: %3")
        .arg(r.lineNumber())
        .arg(r.columnNumber())
        .arg(r.errorString());
}

// Splits `text` at depth-0 occurrences of `separator` (parentheses nest).
QStringList splitOutsideParentheses(const QString &text, const QString &separator)
{
    QStringList parts;
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && depth > 0)
            --depth;
        else if (depth == 0 &&
                 QStringView(text).mid(i, separator.size()).compare(QStringView(separator)) == 0) {
            parts.append(text.mid(start, i - start));
            start = i + separator.size();
            i = start - 1;
        }
    }
    parts.append(text.mid(start));
    return parts;
}

// The description/summary of a listing item: `arXiv:2203.01250v3 Announce Type: new \nAbstract: ...`.
void readDescription(const QString &text, Paper *paper, QString *announceType)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*arXiv:(\\S+)\\s+Announce Type:\\s*(\\S+)\\s*Abstract:\\s*(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        paper->setAbstract(AtomParser::normaliseWhitespace(text));
        return;
    }
    if (paper->id().isEmpty()) {
        const ArxivId id = ArxivId::parse(m.captured(1));
        if (id.isValid()) {
            paper->setId(id.id());
            paper->setVersion(id.version());
        }
    }
    if (announceType->isEmpty())
        *announceType = m.captured(2);
    paper->setAbstract(AtomParser::normaliseWhitespace(m.captured(3)));
}

void setIdFrom(const QString &text, Paper *paper)
{
    QString s = text.trimmed();
    const QLatin1String oai("oai:arXiv.org:");
    if (s.startsWith(oai, Qt::CaseInsensitive))
        s = s.mid(oai.size());
    const ArxivId id = ArxivId::parse(s);
    if (id.isValid()) {
        paper->setId(id.id());
        paper->setVersion(id.version());
    }
}

ListingParser::Item readItem(XmlPullReader &r, bool atom)
{
    ListingParser::Item item;
    Paper &p = item.paper;
    QString description;
    QStringList categories;
    QString link;
    while (r.readNextStartElement()) {
        const auto ns = r.namespaceUri();
        const auto name = r.name();
        const bool plain = atom ? ns == AtomNs : ns.isEmpty();
        if (plain && name == QLatin1String("title")) {
            p.setTitle(AtomParser::normaliseWhitespace(r.readElementText()));
        } else if (plain && (name == QLatin1String("description") || name == QLatin1String("summary"))) {
            description = r.readElementText();
        } else if (plain && (name == QLatin1String("guid") || name == QLatin1String("id"))) {
            setIdFrom(r.readElementText(), &p);
        } else if (plain && name == QLatin1String("link")) {
            link = atom ? r.attribute(QLatin1String("href")) : r.readElementText().trimmed();
            if (atom)
                r.skipCurrentElement();
        } else if (plain && name == QLatin1String("category")) {
            const QString term = atom ? r.attribute(QLatin1String("term")) : r.readElementText().trimmed();
            if (atom)
                r.skipCurrentElement();
            if (!term.isEmpty() && !categories.contains(term))
                categories.append(term);
        } else if (plain && (name == QLatin1String("pubDate") || name == QLatin1String("published"))) {
            const QString text = r.readElementText().trimmed();
            p.setPublished(atom ? QDateTime::fromString(text, Qt::ISODate).toUTC()
                                : QDateTime::fromString(text, Qt::RFC2822Date).toUTC());
        } else if (ns == ArxivNs && name == QLatin1String("announce_type")) {
            item.announceType = r.readElementText().trimmed();
        } else if (ns == ArxivNs && name.compare(QLatin1String("DOI"), Qt::CaseInsensitive) == 0) {
            p.setDoi(r.readElementText().trimmed());
        } else if (ns == ArxivNs &&
                   (name == QLatin1String("journal_reference") || name == QLatin1String("journal_ref"))) {
            p.setJournalRef(AtomParser::normaliseWhitespace(r.readElementText()));
        } else if (ns == DcNs && name == QLatin1String("creator")) {
            QStringList names;
            QStringList affiliations;
            ListingParser::splitCreators(r.readElementText(), &names, &affiliations);
            p.setAuthors(names);
            p.setAffiliations(affiliations);
        } else {
            r.skipCurrentElement();
        }
    }
    QString announce = item.announceType;
    readDescription(description, &p, &announce);
    item.announceType = announce;
    item.type = ListingParser::announceTypeFromName(item.announceType);
    if (p.id().isEmpty())
        setIdFrom(link, &p);
    p.setAbsUrl(link.isEmpty() ? p.canonicalAbsUrl() : link);
    p.setCategories(categories);
    if (!categories.isEmpty())
        p.setPrimaryCategory(categories.constFirst());
    return item;
}

// An item that names no arXiv id is no paper anyone could add: it is counted, not listed.
void appendItem(const ListingParser::Item &item, ListingParser::Result *result)
{
    if (item.paper.id().isEmpty())
        ++result->withoutId;
    else
        result->items.append(item);
}

} // namespace

ListingParser::AnnounceType ListingParser::announceTypeFromName(const QString &name)
{
    if (name == QLatin1String("new"))
        return AnnounceType::New;
    if (name == QLatin1String("cross"))
        return AnnounceType::Cross;
    if (name == QLatin1String("replace"))
        return AnnounceType::Replace;
    if (name == QLatin1String("replace-cross"))
        return AnnounceType::ReplaceCross;
    return AnnounceType::Other;
}

void ListingParser::splitCreators(const QString &creators, QStringList *names, QStringList *affiliations)
{
    names->clear();
    affiliations->clear();
    bool any = false;
    // Names and affiliations may carry TeX accents (`T\"ubingen`), and `\&` (`Texas A\&M`).
    const QString text = TexAccents::decode(AtomParser::normaliseWhitespace(creators));
    if (text.isEmpty())
        return;
    for (const QString &commaPart : splitOutsideParentheses(text, QStringLiteral(","))) {
        for (QString part : splitOutsideParentheses(commaPart, QStringLiteral(" and "))) {
            part = part.trimmed();
            if (part.startsWith(QLatin1String("and ")))
                part = part.mid(4).trimmed();
            if (part.isEmpty())
                continue;
            QString affiliation;
            if (part.endsWith(QLatin1Char(')'))) {
                // The opening parenthesis that matches the final one.
                int depth = 0;
                int open = -1;
                for (int i = part.size() - 1; i >= 0; --i) {
                    if (part.at(i) == QLatin1Char(')'))
                        ++depth;
                    else if (part.at(i) == QLatin1Char('(') && --depth == 0) {
                        open = i;
                        break;
                    }
                }
                if (open > 0) {
                    affiliation = part.mid(open + 1, part.size() - open - 2).trimmed();
                    part = part.left(open).trimmed();
                }
            }
            any = any || !affiliation.isEmpty();
            names->append(part);
            affiliations->append(affiliation);
        }
    }
    if (!any)
        affiliations->clear();
}

ListingParser::Result ListingParser::parse(const QByteArray &bytes)
{
    Result result;
    XmlPullReader r(bytes);
    if (!r.readNextStartElement()) {
        result.parseError = r.hasError() ? positioned(r) : QStringLiteral("empty document");
        return result;
    }
    const bool atom = r.name() == QLatin1String("feed") && r.namespaceUri() == AtomNs;
    const bool rss = r.name() == QLatin1String("rss") && r.namespaceUri().isEmpty();
    if (!atom && !rss) {
        result.parseError =
            QStringLiteral("not an RSS or Atom feed (the root element is <%1>)").arg(QString(r.name()));
        return result;
    }
    if (rss) {
        while (r.readNextStartElement()) {
            if (r.name() != QLatin1String("channel")) {
                r.skipCurrentElement();
                continue;
            }
            while (r.readNextStartElement()) {
                const auto name = r.name();
                if (!r.namespaceUri().isEmpty()) {
                    r.skipCurrentElement();
                } else if (name == QLatin1String("item")) {
                    appendItem(readItem(r, false), &result);
                } else if (name == QLatin1String("title")) {
                    result.title = r.readElementText().trimmed();
                } else if (name == QLatin1String("pubDate")) {
                    result.announced = QDateTime::fromString(r.readElementText().trimmed(), Qt::RFC2822Date);
                } else if (name == QLatin1String("skipDays")) {
                    while (r.readNextStartElement()) {
                        if (r.name() == QLatin1String("day"))
                            result.skipDays.append(r.readElementText().trimmed());
                        else
                            r.skipCurrentElement();
                    }
                } else {
                    r.skipCurrentElement();
                }
            }
        }
    } else {
        while (r.readNextStartElement()) {
            const auto name = r.name();
            if (r.namespaceUri() != AtomNs)
                r.skipCurrentElement();
            else if (name == QLatin1String("entry"))
                appendItem(readItem(r, true), &result);
            else if (name == QLatin1String("title"))
                result.title = r.readElementText().trimmed();
            else if (name == QLatin1String("updated"))
                result.announced = QDateTime::fromString(r.readElementText().trimmed(), Qt::ISODate);
            else
                r.skipCurrentElement();
        }
    }
    if (r.hasError())
        result.parseError = positioned(r);
    return result;
}

} // namespace DigestStudio
