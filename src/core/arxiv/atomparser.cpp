#include "arxiv/atomparser.h"

#include "model/arxivid.h"
#include "text/texaccents.h"

#include "util/xmlpullreader.h"

#include <utility>

namespace DigestStudio {

namespace {

const QLatin1String AtomNs("http://www.w3.org/2005/Atom");
const QLatin1String ArxivNs("http://arxiv.org/schemas/atom");
const QLatin1String OpenSearchNs("http://a9.com/-/spec/opensearch/1.1/");

int toIntOr(const QString &text, int fallback)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? value : fallback;
}

int digits(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const int d = text.at(i).digitValue();
        if (d < 0)
            return -1;
        value = value * 10 + d;
    }
    return value;
}

// `2016-05-26T17:59:46Z`, the form arXiv always sends, read by hand; anything else through Qt's ISO parser.
QDateTime toUtc(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.size() == 20 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-') &&
        text.at(10) == QLatin1Char('T') && text.at(13) == QLatin1Char(':') &&
        text.at(16) == QLatin1Char(':') && text.at(19) == QLatin1Char('Z')) {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

// What an <entry> holds besides the Paper's own fields, until the entry's end.
struct EntryFields
{
    QString entryId;
    QString summary;
    QStringList authors;
    QStringList affiliations; // per author, `; `-joined; empty for an author without any
    bool anyAffiliation = false;
    QStringList categories;
};

void readAuthor(XmlPullReader &r, EntryFields *fields)
{
    QString author;
    QStringList own;
    while (r.readNextStartElement()) {
        if (r.name() == QLatin1String("name") && r.namespaceUri() == AtomNs)
            author = TexAccents::decode(AtomParser::normaliseWhitespace(r.readElementText()));
        else if (r.name() == QLatin1String("affiliation") && r.namespaceUri() == ArxivNs)
            own.append(TexAccents::decode(AtomParser::normaliseWhitespace(r.readElementText())));
        else
            r.skipCurrentElement();
    }
    fields->authors.append(author);
    own.removeAll(QString());
    fields->anyAffiliation = fields->anyAffiliation || !own.isEmpty();
    fields->affiliations.append(own.join(QStringLiteral("; ")));
}

void readLink(XmlPullReader &r, Paper *paper)
{
    const QString href = r.attribute(QLatin1String("href"));
    const QString rel = r.attribute(QLatin1String("rel"));
    const QString type = r.attribute(QLatin1String("type"));
    // The PDF link lost title="pdf" in 2025: know it by its type or its path.
    if (type == QLatin1String("application/pdf") ||
        r.attribute(QLatin1String("title")) == QLatin1String("pdf") || href.contains(QLatin1String("/pdf/")))
        paper->setPdfUrl(href);
    else if (rel == QLatin1String("alternate") || (rel.isEmpty() && href.contains(QLatin1String("/abs/"))))
        paper->setAbsUrl(href);
    r.skipCurrentElement();
}

// An element of the entry in the Atom namespace.
void readAtomElement(XmlPullReader &r, Paper *paper, EntryFields *fields)
{
    const auto name = r.name();
    if (name == QLatin1String("id")) {
        fields->entryId = r.readElementText().trimmed();
    } else if (name == QLatin1String("title")) {
        paper->setTitle(AtomParser::normaliseWhitespace(r.readElementText()));
    } else if (name == QLatin1String("summary")) {
        fields->summary = r.readElementText();
    } else if (name == QLatin1String("published")) {
        paper->setPublished(toUtc(r.readElementText()));
    } else if (name == QLatin1String("updated")) {
        paper->setUpdated(toUtc(r.readElementText()));
    } else if (name == QLatin1String("author")) {
        readAuthor(r, fields);
    } else if (name == QLatin1String("link")) {
        readLink(r, paper);
    } else if (name == QLatin1String("category")) {
        const QString term = r.attribute(QLatin1String("term"));
        if (!term.isEmpty() && !fields->categories.contains(term))
            fields->categories.append(term);
        r.skipCurrentElement();
    } else {
        r.skipCurrentElement();
    }
}

// An element of the entry in the arXiv namespace.
void readArxivElement(XmlPullReader &r, Paper *paper)
{
    const auto name = r.name();
    if (name == QLatin1String("primary_category")) {
        paper->setPrimaryCategory(r.attribute(QLatin1String("term")));
        r.skipCurrentElement();
    } else if (name == QLatin1String("comment")) {
        paper->setComment(AtomParser::normaliseWhitespace(r.readElementText()));
    } else if (name == QLatin1String("journal_ref")) {
        paper->setJournalRef(AtomParser::normaliseWhitespace(r.readElementText()));
    } else if (name == QLatin1String("doi")) {
        paper->setDoi(r.readElementText().trimmed());
    } else {
        r.skipCurrentElement();
    }
}

// The Paper from the whole entry; false for arXiv's error entry, with the message in `error`.
bool finishEntry(EntryFields fields, Paper *paper, QString *error)
{
    if (fields.entryId.contains(QLatin1String("/api/errors"))) {
        *error = AtomParser::normaliseWhitespace(fields.summary);
        if (error->isEmpty())
            *error = QStringLiteral("arXiv reported an error: ") + fields.entryId;
        return false;
    }
    const ArxivId id = ArxivId::parse(fields.entryId);
    paper->setId(id.isValid() ? id.id() : QString()); // no valid id: the caller leaves the entry out
    paper->setVersion(id.version());
    paper->setAbstract(AtomParser::normaliseWhitespace(fields.summary));
    paper->setAuthors(fields.authors);
    paper->setAffiliations(fields.anyAffiliation ? fields.affiliations : QStringList());
    QStringList &categories = fields.categories;
    if (paper->primaryCategory().isEmpty() && !categories.isEmpty())
        paper->setPrimaryCategory(categories.constFirst());
    // The primary category first, as the abs page lists them.
    if (!paper->primaryCategory().isEmpty()) {
        categories.removeAll(paper->primaryCategory());
        categories.prepend(paper->primaryCategory());
    }
    paper->setCategories(categories);
    return true;
}

// One <entry>: reads up to its end element. Returns false for arXiv's error entry, with the message in
// `error`.
bool readEntry(XmlPullReader &r, Paper *paper, QString *error)
{
    EntryFields fields;
    while (r.readNextStartElement()) {
        const auto ns = r.namespaceUri();
        if (ns == AtomNs)
            readAtomElement(r, paper, &fields);
        else if (ns == ArxivNs)
            readArxivElement(r, paper);
        else
            r.skipCurrentElement();
    }
    return finishEntry(std::move(fields), paper, error);
}

} // namespace

QString AtomParser::normaliseWhitespace(const QString &text)
{
    // Most text is normalised already: return it shared instead of building a copy.
    const int n = text.size();
    bool clean = n == 0 || (!text.at(0).isSpace() && !text.at(n - 1).isSpace());
    for (int i = 0; clean && i < n; ++i) {
        const QChar c = text.at(i);
        if (c.unicode() == ' ')
            clean = i == 0 || text.at(i - 1).unicode() != ' ';
        else if (c.unicode() < 128 ? (c.unicode() >= 9 && c.unicode() <= 13) : c.isSpace())
            clean = false;
    }
    return clean ? text : text.simplified();
}

AtomParser::Result AtomParser::parse(const QByteArray &bytes)
{
    Result result;
    XmlPullReader r(bytes);
    if (!r.readNextStartElement() || r.name() != QLatin1String("feed") || r.namespaceUri() != AtomNs) {
        if (r.hasError())
            result.parseError = QStringLiteral("line %1, column %2: %3")
                                    .arg(r.lineNumber())
                                    .arg(r.columnNumber())
                                    .arg(r.errorString());
        else
            result.parseError = QStringLiteral("not an Atom feed (no <feed> element in the Atom namespace)");
        return result;
    }
    while (r.readNextStartElement()) {
        const auto ns = r.namespaceUri();
        const auto name = r.name();
        if (ns == AtomNs && name == QLatin1String("entry")) {
            Paper paper;
            QString error;
            if (readEntry(r, &paper, &error)) {
                if (paper.id().isEmpty())
                    ++result.withoutId;
                else
                    result.papers.append(paper);
            } else if (result.apiError.isEmpty())
                result.apiError = error;
        } else if (ns == OpenSearchNs && name == QLatin1String("totalResults")) {
            result.totalResults = toIntOr(r.readElementText(), -1);
        } else if (ns == OpenSearchNs && name == QLatin1String("startIndex")) {
            result.startIndex = toIntOr(r.readElementText(), -1);
        } else if (ns == OpenSearchNs && name == QLatin1String("itemsPerPage")) {
            result.itemsPerPage = toIntOr(r.readElementText(), -1);
        } else {
            r.skipCurrentElement();
        }
    }
    if (r.hasError()) {
        result.parseError = QStringLiteral("line %1, column %2: %3")
                                .arg(r.lineNumber())
                                .arg(r.columnNumber())
                                .arg(r.errorString());
    }
    return result;
}

} // namespace DigestStudio
