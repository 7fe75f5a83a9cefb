// One Qt Sql connection to a library with the SQL dialect of its backend: opens it, keeps statements prepared
// and turns the driver's errors into LibraryErrors that name the library (never its password).
#pragma once

#include "model/libraryerror.h"
#include "storage/librarylocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>

class QSqlError;

namespace DigestStudio {

class SqlDialect;

class LibraryConnection final
{
public:
    // Connects to `location` with its backend's dialect (SQLite: after checking the file is a library this
    // program may write; PostgreSQL: with the session settings and schema). Nothing is read or migrated yet.
    // Null and `error` on failure.
    static std::unique_ptr<LibraryConnection> open(const LibraryLocation &location, LibraryError *error);
    ~LibraryConnection();
    LibraryConnection(const LibraryConnection &) = delete;
    LibraryConnection &operator=(const LibraryConnection &) = delete;

    const LibraryLocation &location() const { return m_location; }
    QString displayName() const { return m_location.displayName(); }
    const SqlDialect &dialect() const { return *m_dialect; }
    QSqlDatabase &database() { return m_db; }
    // Registers the Qt Sql connection for `driver` (called by the dialect while connecting).
    QSqlDatabase &addDatabase(const QString &driver);

    // The statement for `sql`, prepared once per connection. Callers bind, run() and finish() it; the
    // reference stays valid while the connection lives.
    QSqlQuery &prepared(const QString &sql);
    // Executes `query`; on failure fills `error` with "Library NAME: WHAT failed: cause".
    bool run(QSqlQuery &query, LibraryError *error, const QString &what = QString());
    // run() for an INSERT ... RETURNING id: the new row's id, or 0 and `error` (also when no row came back,
    // as when a trigger skipped the insert).
    qint64 insertReturningId(QSqlQuery &insert, LibraryError *error, const QString &what);
    // Executes `sql` once, unprepared (settings, schema changes); `cause` gets the driver's words.
    bool exec(const QString &sql, QString *cause = nullptr);

    // Fills `error` (when there is one) with a failure of this library; returns false.
    bool fail(LibraryError *error, LibraryError::Kind kind, const QString &message,
              const QString &detail = QString()) const;
    // fail() for opening: "Cannot open the library NAME: cause."
    bool refuseOpen(LibraryError *error, LibraryError::Kind kind, const QString &cause,
                    const QString &detail = QString()) const;
    // "There is no WHAT ID in NAME."
    bool notFound(LibraryError *error, const QString &what, const QString &id) const;

    // Records a failed statement; a dropped server connection marks the connection lost.
    void noteFailure(const QSqlError &error);
    bool isLost() const { return m_lost; }
    // Reopens a lost connection (same location, session and prepared statements, then `onReconnected`);
    // true when it is usable. Called before the next statement and transaction, never inside one.
    bool ensureConnected(LibraryError *error);
    // Runs after a lost connection was reopened (the change watcher listens again).
    void setOnReconnected(std::function<void()> callback) { m_onReconnected = std::move(callback); }
    // Whether a transaction is open (a lost connection is not reopened inside one).
    void setInTransaction(bool inTransaction) { m_inTransaction = inTransaction; }

    // Who writes through this connection: the name stored as the author of every revision. PostgreSQL's
    // server stamps its own (current_user) whatever this says; on SQLite it is what the program set.
    QString person() const { return m_person; }
    void setPerson(const QString &person) { m_person = person; }

    // Serialises structural changes (positions) of one digest until the transaction ends; NotFound when
    // there is no such digest.
    bool lockDigest(qint64 digestId, LibraryError *error);

    // What an error kind means, for "Cannot open the library NAME: ..." messages.
    static QString causeOf(LibraryError::Kind kind);
    // The server's or SQLite's own words on one line, without Qt's "Unable to execute" suffix.
    static QString describe(const QSqlError &error);

private:
    explicit LibraryConnection(const LibraryLocation &location);

    LibraryLocation m_location;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_name;
    QSqlDatabase m_db;
    // Prepared statements by SQL text; a map because callers hold references across later insertions.
    std::map<QString, QSqlQuery> m_queries;
    QString m_person;
    bool m_lost = false;
    bool m_inTransaction = false;
    std::function<void()> m_onReconnected;
};

} // namespace DigestStudio
