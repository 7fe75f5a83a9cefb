#include "storage/digeststore.h"

#include "storage/changewatcher.h"
#include "storage/entryrow.h"
#include "storage/libraryconnection.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QRegularExpression>

namespace DigestStudio {

namespace {

using Kind = LibraryError::Kind;
using SqlValues::text;

} // namespace

DigestStore::DigestStore(LibraryConnection &connection, ChangeWatcher &changes)
    : m_connection(connection)
    , m_changes(changes)
{}

QVector<DigestSummary> DigestStore::digests(LibraryError *error)
{
    QVector<DigestSummary> list;
    QSqlQuery &query =
        m_connection.prepared(QStringLiteral("SELECT d.id, d.date, d.title, (SELECT COUNT(*) FROM entries "
                                             "e WHERE e.digest_id = d.id) FROM digests d "
                                             "ORDER BY d.date DESC, d.id DESC"));
    if (!m_connection.run(query, error, QStringLiteral("listing the digests")))
        return list;
    while (query.next()) {
        DigestSummary s;
        s.id = query.value(0).toLongLong();
        s.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        s.title = query.value(2).toString();
        s.entryCount = query.value(3).toInt();
        list.append(s);
    }
    query.finish();
    return list;
}

qint64 DigestStore::createDigest(const QDate &date, const QString &title, LibraryError *error)
{
    Digest digest;
    digest.setDate(date);
    digest.setTitle(title);
    digest.setLegend(Digest::defaultLegend());
    digest.setSummaryLabel(Digest::defaultSummaryLabel());
    digest.setFooter(Digest::defaultFooter());
    return createDigest(digest, error);
}

qint64 DigestStore::createDigest(const Digest &digest, LibraryError *error)
{
    if (!digest.date().isValid()) {
        m_connection.fail(error, Kind::InvalidArgument,
                          QStringLiteral("A digest needs a valid date (YYYY-MM-DD)."));
        return 0;
    }
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return 0;
    QSqlQuery &query = m_connection.prepared(QStringLiteral(
        "INSERT INTO digests (date, title, legend, attribution, summary_label, footer, created) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(digest.date().toString(Qt::ISODate));
    query.addBindValue(text(digest.title()));
    query.addBindValue(text(digest.legend()));
    query.addBindValue(text(digest.attribution()));
    query.addBindValue(text(digest.summaryLabel()));
    query.addBindValue(text(digest.footer()));
    query.addBindValue(SqlValues::now());
    const qint64 id = m_connection.insertReturningId(query, error, QStringLiteral("creating the digest"));
    if (id == 0 || !insertEntries(id, digest.entries(), error) || !m_changes.announce(id, 0, error) ||
        !transaction.commit(error))
        return 0;
    return id;
}

bool DigestStore::insertEntries(qint64 digestId, const QVector<DigestEntry> &entries, LibraryError *error)
{
    QSqlQuery &insert = m_connection.prepared(EntryRow::insertSql());
    const QString now = SqlValues::now();
    for (int i = 0; i < entries.size(); ++i) {
        if (!EntryRow::checkLengths(m_connection, entries.at(i), error))
            return false;
        EntryRow::bindInsert(insert, digestId, i + 1, entries.at(i), now, m_connection.person());
        if (!m_connection.run(insert, error, QStringLiteral("storing the digest's entries")))
            return false;
        insert.finish();
    }
    return true;
}

bool DigestStore::loadDigest(qint64 digestId, Digest *digest, LibraryError *error)
{
    Digest d;
    if (!readHeader(digestId, &d, error) || !readEntries(digestId, &d, error))
        return false;
    *digest = d;
    return true;
}

bool DigestStore::readHeader(qint64 digestId, Digest *d, LibraryError *error)
{
    QSqlQuery &head = m_connection.prepared(QStringLiteral(
        "SELECT id, date, title, legend, attribution, summary_label, footer FROM digests WHERE id = ?"));
    head.addBindValue(digestId);
    if (!m_connection.run(head, error, QStringLiteral("reading the digest")))
        return false;
    if (!head.next()) {
        head.finish();
        return m_connection.notFound(error, QStringLiteral("digest"), QString::number(digestId));
    }
    d->setId(head.value(0).toLongLong());
    d->setDate(QDate::fromString(head.value(1).toString(), Qt::ISODate));
    d->setTitle(head.value(2).toString());
    d->setLegend(head.value(3).toString());
    d->setAttribution(head.value(4).toString());
    d->setSummaryLabel(head.value(5).toString());
    d->setFooter(head.value(6).toString());
    head.finish();
    return true;
}

bool DigestStore::readEntries(qint64 digestId, Digest *d, LibraryError *error)
{
    QSqlQuery &entries =
        m_connection.prepared(QStringLiteral("SELECT ") + EntryRow::selectColumns() +
                              QStringLiteral(" FROM entries WHERE digest_id = ? ORDER BY position, id"));
    entries.addBindValue(digestId);
    if (!m_connection.run(entries, error, QStringLiteral("reading the digest's entries")))
        return false;
    while (entries.next())
        d->entries().append(EntryRow::fromQuery(entries, 0));
    entries.finish();
    return true;
}

qint64 DigestStore::latestDigestId(LibraryError *error)
{
    QSqlQuery &query =
        m_connection.prepared(QStringLiteral("SELECT id FROM digests ORDER BY date DESC, id DESC LIMIT 1"));
    if (!m_connection.run(query, error, QStringLiteral("finding the latest digest")))
        return 0;
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

qint64 DigestStore::resolveDigest(const QString &spec, LibraryError *error)
{
    static const QRegularExpression dateForm(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    static const QRegularExpression idForm(QStringLiteral("^[0-9]+$"));
    const QString s = spec.trimmed();
    QSqlQuery *query = nullptr;
    if (dateForm.match(s).hasMatch()) {
        const QDate date = QDate::fromString(s, Qt::ISODate);
        if (!date.isValid()) {
            m_connection.fail(error, Kind::InvalidArgument,
                              QStringLiteral("'") + spec + QStringLiteral("' is not a valid date."));
            return 0;
        }
        query = &m_connection.prepared(
            QStringLiteral("SELECT id FROM digests WHERE date = ? ORDER BY id DESC LIMIT 1"));
        query->addBindValue(date.toString(Qt::ISODate));
    } else if (idForm.match(s).hasMatch()) {
        query = &m_connection.prepared(QStringLiteral("SELECT id FROM digests WHERE id = ?"));
        query->addBindValue(s.toLongLong());
    } else {
        m_connection.fail(error, Kind::InvalidArgument,
                          QStringLiteral("'") + spec +
                              QStringLiteral("' is neither a digest id nor a date (YYYY-MM-DD)."));
        return 0;
    }
    if (!m_connection.run(*query, error, QStringLiteral("finding the digest")))
        return 0;
    const qint64 id = query->next() ? query->value(0).toLongLong() : 0;
    query->finish();
    if (id == 0)
        m_connection.notFound(error, QStringLiteral("digest"), spec);
    return id;
}

bool DigestStore::updateDigestHeader(const Digest &digest, LibraryError *error)
{
    if (!digest.date().isValid())
        return m_connection.fail(error, Kind::InvalidArgument,
                                 QStringLiteral("A digest needs a valid date (YYYY-MM-DD)."));
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &query = m_connection.prepared(QStringLiteral(
        "UPDATE digests SET date = ?, title = ?, legend = ?, attribution = ?, summary_label = ?, footer = ? "
        "WHERE id = ? RETURNING id"));
    query.addBindValue(digest.date().toString(Qt::ISODate));
    query.addBindValue(text(digest.title()));
    query.addBindValue(text(digest.legend()));
    query.addBindValue(text(digest.attribution()));
    query.addBindValue(text(digest.summaryLabel()));
    query.addBindValue(text(digest.footer()));
    query.addBindValue(digest.id());
    if (!m_connection.run(query, error, QStringLiteral("saving the digest's header")))
        return false;
    const bool found = query.next();
    query.finish();
    if (!found)
        return m_connection.notFound(error, QStringLiteral("digest"), QString::number(digest.id()));
    return m_changes.announce(digest.id(), 0, error) && transaction.commit(error);
}

bool DigestStore::deleteDigest(qint64 digestId, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    if (!transaction.isActive() || !m_connection.lockDigest(digestId, error))
        return false;
    QSqlQuery &query = m_connection.prepared(QStringLiteral("DELETE FROM digests WHERE id = ?"));
    query.addBindValue(digestId);
    return m_connection.run(query, error, QStringLiteral("deleting the digest")) &&
           m_changes.announce(digestId, 0, error) && transaction.commit(error);
}

} // namespace DigestStudio
