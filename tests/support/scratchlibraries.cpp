#include "scratchlibraries.h"

#include "storage/librarylocation.h"
#include "storage/postgresqldialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace DigestStudio::Test {

namespace {

int rawCounter = 0;

} // namespace

ScratchLibraries::ScratchLibraries() = default;

ScratchLibraries::~ScratchLibraries()
{
    dropAll();
}

QString ScratchLibraries::postgresUrl()
{
    const QString configured =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("DIGEST_TEST_PG"));
    if (!configured.isEmpty())
        return configured;
    QFile started(QStringLiteral(DIGEST_TEST_PG_URL_FILE));
    if (!started.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(started.readAll()).trimmed();
}

QString ScratchLibraries::noServer()
{
    return QStringLiteral(
        "no PostgreSQL server for the PostgreSQL rows: $DIGEST_TEST_PG is unset and ctest's "
        "postgres fixture left no " DIGEST_TEST_PG_URL_FILE
        " (run the test through ctest, which starts a server, or set DIGEST_TEST_PG)");
}

QString ScratchLibraries::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}

QString ScratchLibraries::create(const QString &backend)
{
    ++m_counter;
    if (backend == QLatin1String("sqlite"))
        return m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(m_counter));
    const QString base = postgresUrl();
    if (base.isEmpty())
        return QString();
    // Unique across test processes running at the same time.
    const QString schema = QStringLiteral("t_%1_%2_%3")
                               .arg(QCoreApplication::applicationPid())
                               .arg(m_counter)
                               .arg(QRandomGenerator::global()->bounded(1000000));
    m_schemas.append(schema);
    QUrl url(base);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("schema"), schema);
    url.setQuery(query);
    return url.toString();
}

QSqlDatabase ScratchLibraries::openRaw(const QString &locationText)
{
    const LibraryLocation location = LibraryLocation::parse(locationText);
    const QString name = QStringLiteral("scratch-raw-%1").arg(++rawCounter);
    QSqlDatabase db;
    if (location.isSQLite()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location.filePath());
        db.open();
        return db;
    }
    db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(location.host());
    db.setPort(location.port());
    db.setUserName(location.userName());
    db.setPassword(location.password());
    db.setDatabaseName(location.databaseName());
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET client_min_messages = error"));
        if (!location.schema().isEmpty()) {
            const QString schema = PostgreSqlDialect::quotedIdentifier(location.schema());
            q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + schema);
            q.exec(QStringLiteral("SET search_path TO ") + schema + QStringLiteral(", public"));
        }
    }
    return db;
}

void ScratchLibraries::closeRaw(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString ScratchLibraries::loginAs(const QString &location, const QString &hint, bool grantAll, QString *role)
{
    const LibraryLocation parsed = LibraryLocation::parse(location);
    const QString name = QStringLiteral("%1_%2_%3")
                             .arg(hint)
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->bounded(1000000));
    QSqlDatabase db = openRaw(location);
    const QString quoted = PostgreSqlDialect::quotedIdentifier(name);
    const QString schema = PostgreSqlDialect::quotedIdentifier(parsed.schema());
    QStringList statements{QStringLiteral("CREATE ROLE ") + quoted + QStringLiteral(" LOGIN")};
    if (grantAll)
        statements << QStringLiteral("GRANT ALL ON SCHEMA ") + schema + QStringLiteral(" TO ") + quoted
                   << QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA ") + schema + QStringLiteral(" TO ") +
                          quoted
                   << QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA ") + schema +
                          QStringLiteral(" TO ") + quoted;
    bool ok = db.isOpen();
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (ok && !q.exec(sql)) {
            qWarning("cannot make the test role %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
            ok = false;
        }
    }
    closeRaw(db);
    m_roles.append(name);
    if (!ok)
        return QString();
    if (role)
        *role = name;
    QUrl url(location);
    url.setUserName(name);
    return url.toString();
}

void ScratchLibraries::dropAll()
{
    if (m_schemas.isEmpty() && m_roles.isEmpty())
        return;
    QSqlDatabase db = openRaw(postgresUrl());
    if (db.isOpen()) {
        for (const QString &role : std::as_const(m_roles)) {
            QSqlQuery q(db);
            const QString quoted = PostgreSqlDialect::quotedIdentifier(role);
            q.exec(QStringLiteral("DROP OWNED BY ") + quoted + QStringLiteral(" CASCADE"));
            q.exec(QStringLiteral("DROP ROLE IF EXISTS ") + quoted);
        }
        for (const QString &schema : std::as_const(m_schemas)) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("DROP SCHEMA IF EXISTS ") +
                        PostgreSqlDialect::quotedIdentifier(schema) + QStringLiteral(" CASCADE")))
                qWarning("cannot drop test schema %s: %s", qPrintable(schema),
                         qPrintable(q.lastError().text()));
        }
    }
    closeRaw(db);
    m_schemas.clear();
    m_roles.clear();
}

bool ScratchLibraries::refuseInserts(QSqlDatabase &db, const QString &table, const QString &condition)
{
    const bool lite = db.driverName() == QLatin1String("QSQLITE");
    const QString name = QStringLiteral("refuse_") + table;
    const QStringList statements =
        lite ? QStringList{QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 WHEN %3 BEGIN SELECT "
                                          "RAISE(ABORT, 'injected failure'); END")
                               .arg(name, table, condition)}
             : QStringList{
                   QStringLiteral("CREATE FUNCTION %1() RETURNS trigger AS $$ BEGIN IF %2 THEN RAISE "
                                  "EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql")
                       .arg(name, condition),
                   QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW EXECUTE FUNCTION %1()")
                       .arg(name, table)};
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

void ScratchLibraries::dropRefusal(QSqlDatabase &db, const QString &table)
{
    const bool lite = db.driverName() == QLatin1String("QSQLITE");
    QSqlQuery query(db);
    query.exec(QStringLiteral("DROP TRIGGER refuse_") + table +
               (lite ? QString() : QStringLiteral(" ON ") + table));
}

} // namespace DigestStudio::Test
