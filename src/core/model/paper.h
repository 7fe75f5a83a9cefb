// One arXiv paper's metadata as arXiv reports it (a value type).
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace DigestStudio {

class Paper final
{
public:
    Paper() = default;

    // The id without version (`2210.06441`, `hep-th/9901001`).
    QString id() const { return m_id; }
    void setId(const QString &id) { m_id = id; }
    int version() const { return m_version; }
    void setVersion(int version) { m_version = version; }
    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    QStringList authors() const { return m_authors; }
    void setAuthors(const QStringList &authors) { m_authors = authors; }
    // One string per author, in author order; empty strings where unknown; empty list when none is known.
    QStringList affiliations() const { return m_affiliations; }
    void setAffiliations(const QStringList &affiliations) { m_affiliations = affiliations; }
    QString abstract() const { return m_abstract; }
    void setAbstract(const QString &abstract) { m_abstract = abstract; }
    QString primaryCategory() const { return m_primaryCategory; }
    void setPrimaryCategory(const QString &category) { m_primaryCategory = category; }
    QStringList categories() const { return m_categories; }
    void setCategories(const QStringList &categories) { m_categories = categories; }
    QDateTime published() const { return m_published; }
    void setPublished(const QDateTime &published) { m_published = published; }
    QDateTime updated() const { return m_updated; }
    void setUpdated(const QDateTime &updated) { m_updated = updated; }
    QString comment() const { return m_comment; }
    void setComment(const QString &comment) { m_comment = comment; }
    QString journalRef() const { return m_journalRef; }
    void setJournalRef(const QString &journalRef) { m_journalRef = journalRef; }
    QString doi() const { return m_doi; }
    void setDoi(const QString &doi) { m_doi = doi; }
    QString absUrl() const { return m_absUrl; }
    void setAbsUrl(const QString &url) { m_absUrl = url; }
    QString pdfUrl() const { return m_pdfUrl; }
    void setPdfUrl(const QString &url) { m_pdfUrl = url; }

    bool isNull() const { return m_id.isEmpty(); }
    // `https://arxiv.org/abs/<id>` without version: the link a digest publishes.
    QString canonicalAbsUrl() const;

    // The contract's Paper JSON (docs/digestctl.md): id, version, title, authors, affiliations, abstract, ...
    QJsonObject toJson() const;
    static Paper fromJson(const QJsonObject &object);

    bool operator==(const Paper &other) const;
    bool operator!=(const Paper &other) const { return !(*this == other); }

private:
    QString m_id;
    int m_version = 0;
    QString m_title;
    QStringList m_authors;
    QStringList m_affiliations;
    QString m_abstract;
    QString m_primaryCategory;
    QStringList m_categories;
    QDateTime m_published;
    QDateTime m_updated;
    QString m_comment;
    QString m_journalRef;
    QString m_doi;
    QString m_absUrl;
    QString m_pdfUrl;
};

} // namespace DigestStudio

Q_DECLARE_METATYPE(DigestStudio::Paper)
