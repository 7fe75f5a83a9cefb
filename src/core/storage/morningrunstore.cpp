#include "storage/morningrunstore.h"

#include "storage/libraryconnection.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QJsonDocument>

namespace DigestStudio {

MorningRunStore::MorningRunStore(LibraryConnection &connection)
    : m_connection(connection)
{}

QSet<QString> MorningRunStore::everProposed(LibraryError *error)
{
    QSet<QString> ids;
    QSqlQuery &query = m_connection.prepared(QStringLiteral("SELECT arxiv_id FROM proposals"));
    if (!m_connection.run(query, error, QStringLiteral("reading the proposed papers")))
        return ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    query.finish();
    return ids;
}

int MorningRunStore::proposedOn(const QDate &day, LibraryError *error)
{
    QSqlQuery &query = m_connection.prepared(QStringLiteral("SELECT COUNT(*) FROM proposals WHERE day = ?"));
    query.addBindValue(day.toString(Qt::ISODate));
    if (!m_connection.run(query, error, QStringLiteral("counting the proposed papers")) || !query.next())
        return -1;
    const int count = query.value(0).toInt();
    query.finish();
    return count;
}

bool MorningRunStore::remember(const QDate &day, const QStringList &arxivIds, LibraryError *error)
{
    if (arxivIds.isEmpty())
        return true;
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &insert = m_connection.prepared(
        QStringLiteral("INSERT INTO proposals (arxiv_id, day, proposed_at) VALUES (?, ?, ?) ON CONFLICT "
                       "(arxiv_id) DO NOTHING"));
    const QString now = SqlValues::now();
    for (const QString &id : arxivIds) {
        insert.addBindValue(SqlValues::withoutVersion(id));
        insert.addBindValue(day.toString(Qt::ISODate));
        insert.addBindValue(now);
        if (!m_connection.run(insert, error, QStringLiteral("remembering the proposed papers")))
            return false;
    }
    return transaction.commit(error);
}

bool MorningRunStore::recordRun(const QDate &day, const QJsonObject &report, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &insert = m_connection.prepared(
        QStringLiteral("INSERT INTO prepare_runs (day, finished_at, report) VALUES (?, ?, ?)"));
    insert.addBindValue(day.toString(Qt::ISODate));
    insert.addBindValue(SqlValues::now());
    insert.addBindValue(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
    return m_connection.run(insert, error, QStringLiteral("keeping the run's report")) &&
           transaction.commit(error);
}

bool MorningRunStore::latestRun(Run *run, LibraryError *error)
{
    QSqlQuery &query = m_connection.prepared(
        QStringLiteral("SELECT day, finished_at, report FROM prepare_runs ORDER BY id DESC LIMIT 1"));
    if (!m_connection.run(query, error, QStringLiteral("reading the latest run")))
        return false;
    const bool found = query.next();
    if (found) {
        run->day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        run->finished = SqlValues::toDateTime(query.value(1).toString());
        run->report = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    }
    query.finish();
    return found;
}

} // namespace DigestStudio
