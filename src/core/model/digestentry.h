// One paper's entry in a digest: the English side, the Chinese side, and its workflow status.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>

namespace DigestStudio {

class DigestEntry final
{
public:
    // The editable text fields, in the contract's order (`digestctl set`).
    enum class Field {
        Tag,
        Title,
        AuthorsLine,
        Affiliations,     // the text inside the brackets of the affiliations line
        AffiliationsNote, // anything after the `]`, like ` (2022)`
        ZhTitle,
        ZhShortTitle,
        ZhSummary,
        Abstract,
        Link,
    };
    static constexpr int FieldCount = 10;
    // The longest text one field may hold, in characters (the longest arXiv abstract is under 2,000; a
    // summary under 500). The library refuses more, so a stray paste cannot bloat every save, search index
    // and export.
    static constexpr int MaxFieldChars = 100000;

    enum class Status { Draft, Translated, Reviewed };

    DigestEntry() = default;

    // Storage id in the library; 0 until stored.
    qint64 id() const { return m_id; }
    void setId(qint64 id) { m_id = id; }
    QString arxivId() const { return m_arxivId; }
    void setArxivId(const QString &id) { m_arxivId = id; }
    // The arXiv version the entry was written from; 0 when unknown.
    int version() const { return m_version; }
    void setVersion(int version) { m_version = version; }

    QString field(Field field) const { return m_fields[static_cast<std::size_t>(field)]; }
    void setField(Field field, const QString &value) { m_fields[static_cast<std::size_t>(field)] = value; }

    QString tag() const { return field(Field::Tag); }
    void setTag(const QString &v) { setField(Field::Tag, v); }
    QString title() const { return field(Field::Title); }
    void setTitle(const QString &v) { setField(Field::Title, v); }
    QString authorsLine() const { return field(Field::AuthorsLine); }
    void setAuthorsLine(const QString &v) { setField(Field::AuthorsLine, v); }
    QString affiliations() const { return field(Field::Affiliations); }
    void setAffiliations(const QString &v) { setField(Field::Affiliations, v); }
    QString affiliationsNote() const { return field(Field::AffiliationsNote); }
    void setAffiliationsNote(const QString &v) { setField(Field::AffiliationsNote, v); }
    QString zhTitle() const { return field(Field::ZhTitle); }
    void setZhTitle(const QString &v) { setField(Field::ZhTitle, v); }
    QString zhShortTitle() const { return field(Field::ZhShortTitle); }
    void setZhShortTitle(const QString &v) { setField(Field::ZhShortTitle, v); }
    QString zhSummary() const { return field(Field::ZhSummary); }
    void setZhSummary(const QString &v) { setField(Field::ZhSummary, v); }
    QString abstract() const { return field(Field::Abstract); }
    void setAbstract(const QString &v) { setField(Field::Abstract, v); }
    QString link() const { return field(Field::Link); }
    void setLink(const QString &v) { setField(Field::Link, v); }

    Status status() const { return m_status; }
    void setStatus(Status status) { m_status = status; }

    // The model whose draft is still untouched by a person; empty when written by hand (JSON `drafted_by`).
    QString draftedBy() const { return m_draftedBy; }
    void setDraftedBy(const QString &model) { m_draftedBy = model; }
    // The model that read the affiliation line from the paper's author block, while no person has touched the
    // line; empty when the rules or a person wrote it (JSON `affiliations_by`, present only when set).
    QString affiliationsBy() const { return m_affiliationsBy; }
    void setAffiliationsBy(const QString &model) { m_affiliationsBy = model; }
    static bool isChineseField(Field field);
    // A person's edit: sets the field and, for a Chinese field, clears drafted_by (the machine text is
    // touched); for the affiliation line, affiliations_by. The GUI's edit commands and `digestctl set` go
    // through these.
    void setFieldByPerson(Field field, const QString &value);
    // A person's status change: marking the entry reviewed clears drafted_by.
    void setStatusByPerson(Status status);
    // The person the entry is assigned to, and the one who reviews it (the team); empty when unset. Stored by
    // the library's assignment, not by saves of the entry (JSON `assignee`, `reviewer`: null when unset).
    QString assignee() const { return m_assignee; }
    void setAssignee(const QString &person) { m_assignee = person; }
    QString reviewer() const { return m_reviewer; }
    void setReviewer(const QString &person) { m_reviewer = person; }
    // A paper the morning run put in and no person has kept yet: proposed entries keep their workflow status
    // (draft, translated, reviewed) apart from this mark. The score is where the paper stood in its listing's
    // ranking, 0 to 100; the reasons are the ranker's, in words (JSON `proposed`, `score`, `reasons`).
    bool isProposed() const { return m_proposed; }
    double proposalScore() const { return m_proposalScore; }
    QStringList proposalReasons() const { return m_proposalReasons; }
    void setProposal(double score, const QStringList &reasons);
    // Kept by a person (or never proposed): an ordinary entry.
    void clearProposal();
    // Bumped by the library on every stored change; a save based on an older one is a conflict.
    qint64 revision() const { return m_revision; }
    void setRevision(qint64 revision) { m_revision = revision; }
    QDateTime updated() const { return m_updated; }
    void setUpdated(const QDateTime &updated) { m_updated = updated; }

    // The short title the summary line shows: the stored one, else the default cut of the Chinese title.
    QString effectiveShortTitle() const;
    // The Chinese title cut at its first `:` `:` `?` `?` (docs/format.md); the whole title when none.
    static QString defaultShortTitle(const QString &zhTitle);

    // Contract names: `tag`, `title`, `authors_line`, ... `link`; `status` is not a text field.
    static QString fieldName(Field field);
    static bool fieldFromName(const QString &name, Field *field);
    static QString statusName(Status status);
    static bool statusFromName(const QString &name, Status *status);

    // The contract's entry JSON; `position` is 1-based and supplied by the digest.
    QJsonObject toJson(int position) const;
    static DigestEntry fromJson(const QJsonObject &object);

    // Equal content: id, revision, update time and the assignment are the library's bookkeeping and are not
    // compared.
    bool operator==(const DigestEntry &other) const;
    bool operator!=(const DigestEntry &other) const { return !(*this == other); }

private:
    qint64 m_id = 0;
    QString m_arxivId;
    int m_version = 0;
    std::array<QString, FieldCount> m_fields;
    Status m_status = Status::Draft;
    QString m_draftedBy;
    QString m_affiliationsBy;
    QString m_assignee;
    QString m_reviewer;
    bool m_proposed = false;
    double m_proposalScore = 0;
    QStringList m_proposalReasons;
    qint64 m_revision = 0;
    QDateTime m_updated;
};

} // namespace DigestStudio

// Queued signals and QVariant (the GUI's undo and autosave signals carry entries and fields).
Q_DECLARE_METATYPE(DigestStudio::DigestEntry)
Q_DECLARE_METATYPE(DigestStudio::DigestEntry::Field)
