#include "storage/libraryconnection.h"

#include "storage/sqldialect.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace DigestStudio {

namespace {

QAtomicInteger<quint64> connectionCounter;

} // namespace

LibraryConnection::LibraryConnection(const LibraryLocation &location)
    : m_location(location)
    , m_dialect(SqlDialect::create(location.backend()))
    , m_name(QStringLiteral("digest-library-") + QString::number(++connectionCounter))
{}

LibraryConnection::~LibraryConnection()
{
    m_queries.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

std::unique_ptr<LibraryConnection> LibraryConnection::open(const LibraryLocation &location,
                                                           LibraryError *error)
{
    std::unique_ptr<LibraryConnection> connection(new LibraryConnection(location));
    if (!connection->m_dialect->connect(*connection, error))
        return nullptr;
    return connection;
}

QSqlDatabase &LibraryConnection::addDatabase(const QString &driver)
{
    m_db = QSqlDatabase::addDatabase(driver, m_name);
    return m_db;
}

QSqlQuery &LibraryConnection::prepared(const QString &sql)
{
    // A statement after a lost connection: reopen first (callers bind after prepared(), so re-preparing
    // in place loses nothing).
    if (m_lost && !m_inTransaction)
        ensureConnected(nullptr);
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(m_dialect->forwardOnlyQueries());
        query.prepare(sql);
        it = m_queries.emplace(sql, query).first;
    }
    return it->second;
}

bool LibraryConnection::run(QSqlQuery &query, LibraryError *error, const QString &what)
{
    if (query.exec())
        return true;
    const QSqlError e = query.lastError();
    noteFailure(e);
    QString message = QStringLiteral("Library ") + displayName() + QStringLiteral(": ");
    if (!what.isEmpty())
        message += what + QStringLiteral(" failed: ");
    message += describe(e).trimmed();
    const QString hint = m_dialect->hint(e);
    if (!hint.isEmpty())
        message += QStringLiteral(" (") + hint + QLatin1Char(')');
    if (m_lost) {
        message += QStringLiteral(" (the connection to the server was lost; it is reopened for the next "
                                  "attempt)");
        return fail(error, LibraryError::Kind::Unreachable, message, describe(e));
    }
    return fail(error, m_dialect->classify(e), message, describe(e));
}

void LibraryConnection::noteFailure(const QSqlError &error)
{
    if (m_dialect->connectionLost(error))
        m_lost = true;
}

bool LibraryConnection::ensureConnected(LibraryError *error)
{
    if (!m_lost)
        return true;
    if (m_inTransaction)
        return fail(error, LibraryError::Kind::Unreachable,
                    QStringLiteral("Library ") + displayName() +
                        QStringLiteral(": the connection to the server was lost during a transaction"));
    // Statements keep their objects (callers hold references) but let go of the old driver first.
    for (auto &entry : m_queries)
        entry.second = QSqlQuery();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    if (!m_dialect->connect(*this, error))
        return false;
    m_lost = false;
    for (auto &entry : m_queries) {
        entry.second = QSqlQuery(m_db);
        entry.second.setForwardOnly(m_dialect->forwardOnlyQueries());
        entry.second.prepare(entry.first);
    }
    if (m_onReconnected)
        m_onReconnected();
    return true;
}

qint64 LibraryConnection::insertReturningId(QSqlQuery &insert, LibraryError *error, const QString &what)
{
    if (!run(insert, error, what))
        return 0;
    const qint64 id = insert.next() ? insert.value(0).toLongLong() : 0;
    insert.finish();
    if (id == 0)
        fail(error, LibraryError::Kind::Database,
             QStringLiteral("Library ") + displayName() + QStringLiteral(": ") + what +
                 QStringLiteral(" failed: the database stored no row"));
    return id;
}

bool LibraryConnection::exec(const QString &sql, QString *cause)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    noteFailure(query.lastError());
    if (cause)
        *cause = describe(query.lastError()).trimmed();
    return false;
}

bool LibraryConnection::fail(LibraryError *error, LibraryError::Kind kind, const QString &message,
                             const QString &detail) const
{
    if (error) {
        error->kind = kind;
        error->location = displayName();
        error->message = message;
        error->detail = detail;
    }
    return false;
}

bool LibraryConnection::refuseOpen(LibraryError *error, LibraryError::Kind kind, const QString &cause,
                                   const QString &detail) const
{
    return fail(error, kind,
                QStringLiteral("Cannot open the library ") + displayName() + QStringLiteral(": ") + cause +
                    QLatin1Char('.'),
                detail);
}

bool LibraryConnection::notFound(LibraryError *error, const QString &what, const QString &id) const
{
    return fail(error, LibraryError::Kind::NotFound,
                QStringLiteral("There is no ") + what + QLatin1Char(' ') + id + QStringLiteral(" in ") +
                    displayName() + QLatin1Char('.'));
}

bool LibraryConnection::lockDigest(qint64 digestId, LibraryError *error)
{
    QSqlQuery &query =
        prepared(QStringLiteral("SELECT id FROM digests WHERE id = ?") + m_dialect->lockRowsClause());
    query.addBindValue(digestId);
    if (!run(query, error, QStringLiteral("reading the digest")))
        return false;
    const bool found = query.next();
    query.finish();
    if (!found)
        return notFound(error, QStringLiteral("digest"), QString::number(digestId));
    return true;
}

QString LibraryConnection::causeOf(LibraryError::Kind kind)
{
    switch (kind) {
    case LibraryError::Kind::Corrupt:
        return QStringLiteral("the database file is corrupt");
    case LibraryError::Kind::NotADatabase:
        return QStringLiteral("the file is not a SQLite database");
    case LibraryError::Kind::ReadOnly:
        return QStringLiteral("the library is read-only");
    default:
        return QStringLiteral("a database error occurred");
    }
}

QString LibraryConnection::describe(const QSqlError &error)
{
    const QString database = error.databaseText().simplified();
    return database.isEmpty() ? error.driverText().simplified() : database;
}

} // namespace DigestStudio
