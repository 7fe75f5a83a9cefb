#include "storage/entryrow.h"

#include "storage/libraryconnection.h"
#include "storage/sqlvalues.h"
#include "util/compat.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace DigestStudio::EntryRow {

bool checkLength(const LibraryConnection &connection, const DigestEntry &entry, DigestEntry::Field field,
                 const QString &value, LibraryError *error)
{
    if (value.size() <= DigestEntry::MaxFieldChars)
        return true;
    const QString which = entry.arxivId().isEmpty() ? QString() : QStringLiteral(" of ") + entry.arxivId();
    return connection.fail(
        error, LibraryError::Kind::InvalidArgument,
        QStringLiteral("Library ") + connection.displayName() + QStringLiteral(": the field ") +
            DigestEntry::fieldName(field) + which + QStringLiteral(" is ") + QString::number(value.size()) +
            QStringLiteral(" characters long; a field holds at most ") +
            QString::number(DigestEntry::MaxFieldChars) + QStringLiteral(" (nothing was stored)."));
}

bool checkLengths(const LibraryConnection &connection, const DigestEntry &entry, LibraryError *error)
{
    for (int f = 0; f < DigestEntry::FieldCount; ++f) {
        const auto field = static_cast<DigestEntry::Field>(f);
        if (!checkLength(connection, entry, field, entry.field(field), error))
            return false;
    }
    return true;
}

QString selectColumns()
{
    QStringList columns{QStringLiteral("id"), QStringLiteral("arxiv_id"), QStringLiteral("version")};
    for (int f = 0; f < DigestEntry::FieldCount; ++f)
        columns.append(column(f));
    columns << QStringLiteral("status") << QStringLiteral("revision") << QStringLiteral("updated")
            << QStringLiteral("drafted_by") << QStringLiteral("assignee") << QStringLiteral("reviewer")
            << QStringLiteral("proposed_score") << QStringLiteral("proposed_reasons")
            << QStringLiteral("affiliations_by");
    return columns.join(QStringLiteral(", "));
}

DigestEntry fromQuery(const QSqlQuery &query, int c)
{
    DigestEntry entry;
    entry.setId(query.value(c).toLongLong());
    entry.setArxivId(query.value(c + 1).toString());
    entry.setVersion(query.value(c + 2).toInt());
    for (int f = 0; f < DigestEntry::FieldCount; ++f)
        entry.setField(static_cast<DigestEntry::Field>(f), query.value(c + 3 + f).toString());
    DigestEntry::Status status = DigestEntry::Status::Draft;
    DigestEntry::statusFromName(query.value(c + 3 + DigestEntry::FieldCount).toString(), &status);
    entry.setStatus(status);
    entry.setRevision(query.value(c + 4 + DigestEntry::FieldCount).toLongLong());
    entry.setUpdated(SqlValues::toDateTime(query.value(c + 5 + DigestEntry::FieldCount).toString()));
    entry.setDraftedBy(query.value(c + 6 + DigestEntry::FieldCount).toString());
    entry.setAssignee(query.value(c + 7 + DigestEntry::FieldCount).toString());
    entry.setReviewer(query.value(c + 8 + DigestEntry::FieldCount).toString());
    const QVariant score = query.value(c + 9 + DigestEntry::FieldCount);
    if (!score.isNull())
        entry.setProposal(score.toDouble(),
                          SqlValues::toStringList(query.value(c + 10 + DigestEntry::FieldCount).toString()));
    entry.setAffiliationsBy(query.value(c + 11 + DigestEntry::FieldCount).toString());
    return entry;
}

QString column(int field)
{
    return DigestEntry::fieldName(static_cast<DigestEntry::Field>(field));
}

QString insertSql()
{
    return QStringLiteral(
        "INSERT INTO entries (digest_id, position, arxiv_id, version, tag, title, authors_line, "
        "affiliations, "
        "affiliations_note, zh_title, zh_short_title, zh_summary, abstract, link, status, revision, updated, "
        "drafted_by, updated_by, created_by, proposed_score, proposed_reasons, affiliations_by) VALUES (?, "
        "?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
}

void bindInsert(QSqlQuery &insert, qint64 digestId, int position, const DigestEntry &entry,
                const QString &now, const QString &author)
{
    insert.addBindValue(digestId);
    insert.addBindValue(position);
    insert.addBindValue(SqlValues::text(SqlValues::withoutVersion(entry.arxivId())));
    insert.addBindValue(entry.version());
    for (int f = 0; f < DigestEntry::FieldCount; ++f)
        insert.addBindValue(SqlValues::text(entry.field(static_cast<DigestEntry::Field>(f))));
    insert.addBindValue(DigestEntry::statusName(entry.status()));
    insert.addBindValue(now);
    insert.addBindValue(draftedBy(entry));
    insert.addBindValue(SqlValues::text(author));
    insert.addBindValue(SqlValues::text(author));
    insert.addBindValue(proposedScore(entry));
    insert.addBindValue(SqlValues::fromStringList(entry.proposalReasons()));
    insert.addBindValue(affiliationsBy(entry));
}

QVariant proposedScore(const DigestEntry &entry)
{
    return entry.isProposed() ? QVariant(entry.proposalScore()) : Compat::nullDouble();
}

QVariant draftedBy(const DigestEntry &entry)
{
    return entry.draftedBy().isEmpty() ? Compat::nullText() : QVariant(entry.draftedBy());
}

QVariant affiliationsBy(const DigestEntry &entry)
{
    return entry.affiliationsBy().isEmpty() ? Compat::nullText() : QVariant(entry.affiliationsBy());
}

} // namespace DigestStudio::EntryRow
