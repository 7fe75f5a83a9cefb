#include "model/paper.h"

#include "util/jsonutil.h"

namespace DigestStudio {

QString Paper::canonicalAbsUrl() const
{
    return m_id.isEmpty() ? QString() : QStringLiteral("https://arxiv.org/abs/") + m_id;
}

QJsonObject Paper::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), m_id);
    o.insert(QStringLiteral("version"), m_version);
    o.insert(QStringLiteral("title"), m_title);
    o.insert(QStringLiteral("authors"), JsonUtil::fromStringList(m_authors));
    o.insert(QStringLiteral("affiliations"), JsonUtil::fromStringList(m_affiliations));
    o.insert(QStringLiteral("abstract"), m_abstract);
    o.insert(QStringLiteral("primary_category"), m_primaryCategory);
    o.insert(QStringLiteral("categories"), JsonUtil::fromStringList(m_categories));
    o.insert(QStringLiteral("published"), JsonUtil::fromDateTime(m_published));
    o.insert(QStringLiteral("updated"), JsonUtil::fromDateTime(m_updated));
    o.insert(QStringLiteral("comment"), m_comment);
    o.insert(QStringLiteral("journal_ref"), m_journalRef);
    o.insert(QStringLiteral("doi"), m_doi);
    o.insert(QStringLiteral("abs_url"), m_absUrl);
    o.insert(QStringLiteral("pdf_url"), m_pdfUrl);
    return o;
}

Paper Paper::fromJson(const QJsonObject &o)
{
    Paper p;
    p.m_id = o.value(QStringLiteral("id")).toString();
    p.m_version = o.value(QStringLiteral("version")).toInt();
    p.m_title = o.value(QStringLiteral("title")).toString();
    p.m_authors = JsonUtil::toStringList(o.value(QStringLiteral("authors")));
    p.m_affiliations = JsonUtil::toStringList(o.value(QStringLiteral("affiliations")));
    p.m_abstract = o.value(QStringLiteral("abstract")).toString();
    p.m_primaryCategory = o.value(QStringLiteral("primary_category")).toString();
    p.m_categories = JsonUtil::toStringList(o.value(QStringLiteral("categories")));
    p.m_published = JsonUtil::toDateTime(o.value(QStringLiteral("published")));
    p.m_updated = JsonUtil::toDateTime(o.value(QStringLiteral("updated")));
    p.m_comment = o.value(QStringLiteral("comment")).toString();
    p.m_journalRef = o.value(QStringLiteral("journal_ref")).toString();
    p.m_doi = o.value(QStringLiteral("doi")).toString();
    p.m_absUrl = o.value(QStringLiteral("abs_url")).toString();
    p.m_pdfUrl = o.value(QStringLiteral("pdf_url")).toString();
    return p;
}

bool Paper::operator==(const Paper &other) const
{
    return m_id == other.m_id && m_version == other.m_version && m_title == other.m_title &&
           m_authors == other.m_authors && m_affiliations == other.m_affiliations &&
           m_abstract == other.m_abstract && m_primaryCategory == other.m_primaryCategory &&
           m_categories == other.m_categories && m_published == other.m_published &&
           m_updated == other.m_updated && m_comment == other.m_comment &&
           m_journalRef == other.m_journalRef && m_doi == other.m_doi && m_absUrl == other.m_absUrl &&
           m_pdfUrl == other.m_pdfUrl;
}

} // namespace DigestStudio
