#include "arxiv/entrydefaults.h"

#include "arxiv/atomparser.h"
#include "model/paperstore.h"

#include <QRegularExpression>

namespace DigestStudio {

EntryDefaults::EntryDefaults(const TagTable &tags, int listAllUpTo, int shownWhenCut)
    : m_tags(tags)
    , m_listAllUpTo(listAllUpTo)
    , m_shownWhenCut(shownWhenCut)
{}

QString EntryDefaults::shortName(const QString &fullName)
{
    const QStringList words =
        AtomParser::normaliseWhitespace(fullName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() <= 1)
        return words.join(QLatin1Char(' '));
    // The family name is the last word, with the particles and suffixes that belong to it.
    static const QStringList particles = {
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"),   QStringLiteral("den"),
        QStringLiteral("de"),  QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("di"),
        QStringLiteral("da"),  QStringLiteral("dos"), QStringLiteral("du"),    QStringLiteral("la"),
        QStringLiteral("le"),  QStringLiteral("ter"), QStringLiteral("ten"),
    };
    static const QRegularExpression suffix(QStringLiteral("^(Jr\\.?|Sr\\.?|II|III|IV)$"));
    int family = words.size() - 1;
    if (family > 1 && suffix.match(words.at(family)).hasMatch())
        --family;
    while (family > 1 && particles.contains(words.at(family - 1)))
        --family;
    QStringList out;
    for (int i = 0; i < family; ++i) {
        const QString &given = words.at(i);
        // An initial already (`W.`, `J.-P.`) stays as written; a name becomes its first letter.
        if (given.endsWith(QLatin1Char('.')) && given.size() <= 5)
            out.append(given);
        else
            out.append(given.left(given.at(0).isHighSurrogate() && given.size() > 1 ? 2 : 1));
    }
    for (int i = family; i < words.size(); ++i)
        out.append(words.at(i));
    return out.join(QLatin1Char(' '));
}

QString EntryDefaults::authorsLine(const QStringList &authors, int listAllUpTo, int shownWhenCut)
{
    QStringList names;
    const bool cut = authors.size() > listAllUpTo;
    const int count = cut ? qMax(1, shownWhenCut) : authors.size();
    for (int i = 0; i < count && i < authors.size(); ++i)
        names.append(shortName(authors.at(i)));
    QString line = names.join(QStringLiteral(", "));
    if (cut)
        line += QStringLiteral("...");
    return line;
}

QString EntryDefaults::affiliationsLine(const QStringList &affiliations)
{
    QStringList distinct;
    for (const QString &own : affiliations) {
        for (const QString &one : own.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
            const QString a = AtomParser::normaliseWhitespace(one);
            if (!a.isEmpty() && !distinct.contains(a))
                distinct.append(a);
        }
    }
    return distinct.join(QStringLiteral(" & "));
}

QStringList EntryDefaults::suggestedAffiliations(const Paper &paper) const
{
    QStringList result = paper.affiliations();
    const QStringList authors = paper.authors();
    while (result.size() < authors.size())
        result.append(QString());
    if (m_store) {
        for (int i = 0; i < authors.size(); ++i) {
            if (!result.at(i).isEmpty())
                continue;
            const QStringList remembered = m_store->rememberedAffiliations(authors.at(i));
            if (!remembered.isEmpty())
                result[i] = remembered.constFirst();
        }
    }
    bool any = false;
    for (const QString &a : result)
        any = any || !a.isEmpty();
    return any ? result : QStringList();
}

DigestEntry EntryDefaults::entryFor(const Paper &paper) const
{
    DigestEntry e;
    e.setArxivId(paper.id());
    e.setVersion(paper.version());
    e.setTag(m_tags.tagForCategory(paper.primaryCategory()));
    e.setTitle(AtomParser::normaliseWhitespace(paper.title()));
    e.setAuthorsLine(authorsLine(paper.authors(), m_listAllUpTo, m_shownWhenCut));
    const QStringList affiliations = suggestedAffiliations(paper);
    e.setAffiliations(m_lineMaker ? m_lineMaker(affiliations) : affiliationsLine(affiliations));
    e.setAbstract(AtomParser::normaliseWhitespace(paper.abstract()));
    e.setLink(paper.canonicalAbsUrl());
    e.setStatus(DigestEntry::Status::Draft);
    return e;
}

int EntryDefaults::newerVersion(const DigestEntry &entry, const Paper &paper)
{
    if (entry.arxivId() != paper.id() || entry.version() <= 0)
        return 0;
    return paper.version() > entry.version() ? paper.version() : 0;
}

bool EntryDefaults::rememberAffiliations(PaperStore *store, const QStringList &authors,
                                         const QStringList &affiliations, LibraryError *error)
{
    if (!store)
        return true;
    for (int i = 0; i < authors.size() && i < affiliations.size(); ++i) {
        const QString a = AtomParser::normaliseWhitespace(affiliations.at(i));
        if (a.isEmpty() || authors.at(i).trimmed().isEmpty())
            continue;
        if (!store->rememberAffiliation(authors.at(i), a, error))
            return false;
    }
    return true;
}

} // namespace DigestStudio
