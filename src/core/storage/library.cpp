#include "storage/library.h"

#include "storage/librarymigrations.h"
#include "util/jsonutil.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>

namespace DigestStudio {

namespace {

using Kind = LibraryError::Kind;

constexpr int BusyTimeoutMs = 10000;
// Serialises migrations of one PostgreSQL database across processes (an arbitrary constant).
constexpr qint64 MigrationLockKey = 0x44696765;

QAtomicInteger<quint64> connectionCounter;

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Columns are NOT NULL: an unset QString must be stored as ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString toJsonText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(JsonUtil::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonText(const QString &json)
{
    return JsonUtil::toStringList(QJsonDocument::fromJson(json.toUtf8()).array());
}

QString dateTimeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("");
}

QDateTime dateTimeFrom(const QString &value)
{
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

// `2210.06441v2` -> `2210.06441`.
QString withoutVersion(const QString &arxivId)
{
    static const QRegularExpression version(QStringLiteral("v[0-9]+$"));
    QString id = arxivId.trimmed();
    id.remove(version);
    return id;
}

QString entryColumn(int field)
{
    return DigestEntry::fieldName(static_cast<DigestEntry::Field>(field));
}

QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QStringList qualified(const QStringList &columns, const QString &prefix)
{
    QStringList out;
    for (const QString &c : columns)
        out.append(prefix + c);
    return out;
}

// Han, kana, hangul and full-width forms: text arXiv's English metadata does not contain.
bool containsCjk(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80)
            return true;
    }
    return false;
}

QString ftsPhrase(const QString &term)
{
    QString quoted = term;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The first field (in `columns` order) containing `term`, with a snippet around the match.
void describeMatch(const QStringList &columns, const QStringList &values, const QString &term, SearchHit *hit)
{
    constexpr int Context = 40;
    for (int i = 0; i < columns.size(); ++i) {
        const QString &value = values.at(i);
        const int at = value.indexOf(term, 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        hit->field = columns.at(i);
        const int start = std::max(0, at - Context);
        const int end =
            std::min(static_cast<int>(value.size()), at + static_cast<int>(term.size()) + Context);
        QString snippet = value.mid(start, end - start);
        int matchStart = at - start;
        if (start > 0) {
            snippet.prepend(QChar(0x2026));
            ++matchStart;
        }
        if (end < value.size())
            snippet.append(QChar(0x2026));
        snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
        hit->snippet = snippet;
        hit->matchStart = matchStart;
        hit->matchLength = static_cast<int>(term.size());
        return;
    }
    // Matched across the terms' fields only (multi-term queries): show the first non-empty field.
    for (int i = 0; i < columns.size(); ++i) {
        if (!values.at(i).isEmpty()) {
            hit->field = columns.at(i);
            hit->snippet = values.at(i).left(2 * Context);
            return;
        }
    }
}

// The server's or SQLite's own words on one line, without Qt's "Unable to execute" suffix.
QString describe(const QSqlError &error)
{
    const QString database = error.databaseText().simplified();
    return database.isEmpty() ? error.driverText().simplified() : database;
}

Kind classifySqlite(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("11"))
        return Kind::Corrupt;
    if (code == QLatin1String("26"))
        return Kind::NotADatabase;
    if (code == QLatin1String("8"))
        return Kind::ReadOnly;
    const QString message = error.text();
    if (message.contains(QLatin1String("malformed")))
        return Kind::Corrupt;
    if (message.contains(QLatin1String("not a database")))
        return Kind::NotADatabase;
    if (message.contains(QLatin1String("readonly"), Qt::CaseInsensitive) ||
        message.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        return Kind::ReadOnly;
    return Kind::Database;
}

QString causeOf(Kind kind)
{
    switch (kind) {
    case Kind::Corrupt:
        return QStringLiteral("the database file is corrupt");
    case Kind::NotADatabase:
        return QStringLiteral("the file is not a SQLite database");
    case Kind::ReadOnly:
        return QStringLiteral("the library is read-only");
    default:
        return QStringLiteral("a database error occurred");
    }
}

// The mode bits, not access(): root may write anything, but a file someone made read-only is meant to stay
// so.
bool hasWriteBit(const QFileInfo &info)
{
    return info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther);
}

} // namespace

Library::Library(const LibraryLocation &location)
    : m_location(location)
    , m_connectionName(QStringLiteral("digest-library-") + QString::number(++connectionCounter))
    , m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(30);
    connect(&m_changeTimer, &QTimer::timeout, this, &Library::checkExternalChanges);
}

Library::~Library()
{
    m_changeTimer.stop();
    m_queries.clear();
    if (m_db.isOpen()) {
        if (!m_channel.isEmpty() && m_db.driver())
            m_db.driver()->unsubscribeFromNotification(m_channel);
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Library> Library::open(const QString &locationText, LibraryError *error)
{
    LibraryError localError;
    LibraryError *e = error ? error : &localError;
    *e = LibraryError();
    const LibraryLocation location = LibraryLocation::parse(locationText);
    if (!location.isValid()) {
        e->kind = Kind::BadLocation;
        e->location = location.displayName();
        e->message = QStringLiteral("Cannot open the library ") + location.displayName() +
                     QStringLiteral(": ") + location.problem() + QLatin1Char('.');
        return nullptr;
    }
    std::unique_ptr<Library> library(new Library(location));
    const bool ok = location.isSQLite() ? library->openSQLite(e) : library->openPostgreSQL(e);
    if (!ok) {
        e->location = location.displayName();
        return nullptr;
    }
    library->startWatching();
    return library;
}

bool Library::openSQLite(LibraryError *error)
{
    const QString path = m_location.filePath();
    const QString name = m_location.displayName();
    auto refuse = [&](Kind kind, const QString &cause, const QString &detail = QString()) {
        error->kind = kind;
        error->message = QStringLiteral("Cannot open the library ") + name + QStringLiteral(": ") + cause +
                         QLatin1Char('.');
        error->detail = detail;
        return false;
    };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return refuse(Kind::MissingDriver, QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed"));

    // Look at the file before SQLite does, so nothing is written to a file that is not ours.
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return refuse(Kind::NotADatabase, QStringLiteral("it is a folder, not a library file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return refuse(Kind::ReadOnly, QStringLiteral("the file cannot be read (") + file.errorString() +
                                              QLatin1Char(')'));
        const QByteArray header = file.read(16);
        if (info.size() > 0 && header != QByteArray("SQLite format 3\0", 16))
            return refuse(Kind::NotADatabase, QStringLiteral("the file is not a SQLite database"));
        if (!info.isWritable() || !hasWriteBit(info))
            return refuse(Kind::ReadOnly,
                          QStringLiteral("the file is read-only (Digest Studio saves every edit "
                                         "as it is typed and needs to write to it)"));
    } else {
        if (!QDir().mkpath(info.absolutePath()))
            return refuse(Kind::ReadOnly, QStringLiteral("the folder ") + info.absolutePath() +
                                              QStringLiteral(" cannot be created"));
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable() || !hasWriteBit(folder))
        return refuse(Kind::ReadOnly, QStringLiteral("its folder is read-only (SQLite needs to create its "
                                                     "journal next to the file)"));

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=") + QString::number(BusyTimeoutMs));
    if (!m_db.open()) {
        const Kind kind = classifySqlite(m_db.lastError());
        return refuse(kind,
                      causeOf(kind) + QStringLiteral(" (") + describe(m_db.lastError()) + QLatin1Char(')'),
                      describe(m_db.lastError()));
    }

    QString sqlError;
    if (!runSql(QStringLiteral("PRAGMA foreign_keys = ON"), &sqlError))
        return refuse(Kind::Database, sqlError);

    int version = 0;
    if (!readSchemaVersion(&version, error))
        return false;
    if (version > LibraryMigrations::latestVersion())
        return refuse(Kind::NewerSchema, QStringLiteral("it was written by a newer version of Digest Studio "
                                                        "(library schema ") +
                                             QString::number(version) +
                                             QStringLiteral(", this program knows up to ") +
                                             QString::number(LibraryMigrations::latestVersion()) +
                                             QStringLiteral("); please update Digest Studio"));

    // Search needs FTS5 with the trigram tokenizer (SQLite 3.34+). Qt may bring its own SQLite: ask the one
    // in use, in the temp schema so the file is not touched.
    {
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral(
                "CREATE VIRTUAL TABLE temp.digest_search_probe USING fts5(x, tokenize = 'trigram')"))) {
            const QString detail = describe(probe.lastError());
            QSqlQuery which(m_db);
            const QString sqliteVersion =
                which.exec(QStringLiteral("SELECT sqlite_version()")) && which.next()
                    ? which.value(0).toString()
                    : QStringLiteral("unknown");
            return refuse(
                Kind::MissingDriver,
                QStringLiteral("the SQLite library in use (version ") + sqliteVersion +
                    QStringLiteral(") has no FTS5 trigram tokenizer, which search needs (SQLite 3.34 or "
                                   "later with FTS5)"),
                detail);
        }
        runSql(QStringLiteral("DROP TABLE temp.digest_search_probe"), nullptr);
    }

    // WAL: readers never block the writer and a killed process loses nothing committed. NORMAL sync is
    // durable against process crashes (only a power cut can lose the last commits).
    QSqlQuery journal(m_db);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !journal.next() ||
        journal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        const Kind kind = classifySqlite(journal.lastError());
        return refuse(kind == Kind::Database ? Kind::ReadOnly : kind,
                      QStringLiteral("SQLite cannot switch it to write-ahead logging (") +
                          describe(journal.lastError()) + QLatin1Char(')'),
                      describe(journal.lastError()));
    }
    journal.finish();
    if (!runSql(QStringLiteral("PRAGMA synchronous = NORMAL"), &sqlError))
        return refuse(Kind::Database, sqlError);
    // Searches that cannot use the index read every entry: let them read the file from memory.
    runSql(QStringLiteral("PRAGMA mmap_size = 1073741824"), nullptr);
    runSql(QStringLiteral("PRAGMA cache_size = -32768"), nullptr);

    if (version < LibraryMigrations::latestVersion()) {
        if (version > 0) {
            // A copy of the old library before touching it: VACUUM INTO writes a consistent snapshot even
            // while other processes use the file.
            const QString backup = path + QStringLiteral(".bak-v") + QString::number(version);
            QFile::remove(backup);
            QSqlQuery vacuum(m_db);
            vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
            vacuum.addBindValue(backup);
            if (!vacuum.exec())
                return refuse(Kind::Migration,
                              QStringLiteral("a backup copy ") + backup +
                                  QStringLiteral(" could not be written before upgrading (") +
                                  describe(vacuum.lastError()) + QLatin1Char(')'));
        }
        if (!migrate(version, error))
            return false;
    }
    m_schemaVersion = LibraryMigrations::latestVersion();

    // Start after what is there now: only later changes by others are announced.
    QSqlQuery seq(m_db);
    if (seq.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes")) && seq.next())
        m_lastChangeSeq = seq.value(0).toLongLong();
    seq.finish();
    // The log only serves processes that are running now: keep it short.
    // (Only when there is something to prune: a read-only command should not queue for the write lock.)
    QSqlQuery oldest(m_db);
    if (oldest.exec(QStringLiteral("SELECT COALESCE(MIN(seq), 0) FROM changes")) && oldest.next() &&
        oldest.value(0).toLongLong() < m_lastChangeSeq - 10000) {
        oldest.finish();
        QSqlQuery prune(m_db);
        prune.prepare(QStringLiteral("DELETE FROM changes WHERE seq < ?"));
        prune.addBindValue(m_lastChangeSeq - 5000);
        prune.exec();
    }
    QSqlQuery dataVersion(m_db);
    if (dataVersion.exec(QStringLiteral("PRAGMA data_version")) && dataVersion.next())
        m_dataVersion = dataVersion.value(0).toLongLong();
    return true;
}

bool Library::openPostgreSQL(LibraryError *error)
{
    const QString name = m_location.displayName();
    auto refuse = [&](Kind kind, const QString &cause, const QString &detail = QString()) {
        error->kind = kind;
        error->message = QStringLiteral("Cannot open the library ") + name + QStringLiteral(": ") + cause +
                         QLatin1Char('.');
        error->detail = detail;
        return false;
    };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return refuse(
            Kind::MissingDriver,
            QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt") +
                QString::number(QT_VERSION_MAJOR) +
                (QT_VERSION_MAJOR == 5 ? QStringLiteral("sql5-psql)") : QStringLiteral("sql6-psql)")));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(m_location.host());
    m_db.setPort(m_location.port());
    m_db.setUserName(m_location.userName());
    m_db.setPassword(m_location.password());
    m_db.setDatabaseName(m_location.databaseName());
    m_db.setConnectOptions(m_location.connectOptions());
    if (!m_db.open()) {
        const QString detail = describe(m_db.lastError());
        const bool unreachable = detail.contains(QLatin1String("Connection refused")) ||
                                 detail.contains(QLatin1String("could not connect")) ||
                                 detail.contains(QLatin1String("timeout expired")) ||
                                 detail.contains(QLatin1String("could not translate host name")) ||
                                 detail.contains(QLatin1String("No route to host")) ||
                                 detail.contains(QLatin1String("Network is unreachable"));
        if (unreachable)
            return refuse(Kind::Unreachable,
                          QStringLiteral("the PostgreSQL server cannot be reached (") + detail +
                              QLatin1Char(')'),
                          detail);
        return refuse(Kind::Refused,
                      QStringLiteral("the PostgreSQL server refused the connection (") + detail +
                          QLatin1Char(')'),
                      detail);
    }

    QString sqlError;
    runSql(QStringLiteral("SET client_min_messages = error"), nullptr); // no NOTICEs on stderr
    // Qt prepares statements on the server; a generic plan cannot see a search pattern and would never use
    // the trigram indexes. (PostgreSQL 12 and later; older servers ignore the failure.)
    runSql(QStringLiteral("SET plan_cache_mode = force_custom_plan"), nullptr);
    const QString schema = m_location.schema();
    if (!schema.isEmpty()) {
        const QString quoted = QLatin1Char('"') + schema + QLatin1Char('"');
        if (!runSql(QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + quoted, &sqlError) ||
            !runSql(QStringLiteral("SET search_path TO ") + quoted + QStringLiteral(", public"), &sqlError))
            return refuse(Kind::Refused,
                          QStringLiteral("the schema ") + schema + QStringLiteral(" cannot be used (") +
                              sqlError + QLatin1Char(')'),
                          sqlError);
    }
    int version = 0;
    if (!readSchemaVersion(&version, error))
        return false;
    if (version > LibraryMigrations::latestVersion())
        return refuse(Kind::NewerSchema, QStringLiteral("it was written by a newer version of Digest Studio "
                                                        "(library schema ") +
                                             QString::number(version) +
                                             QStringLiteral(", this program knows up to ") +
                                             QString::number(LibraryMigrations::latestVersion()) +
                                             QStringLiteral("); please update Digest Studio"));
    if (version < LibraryMigrations::latestVersion() && !migrate(version, error))
        return false;
    m_schemaVersion = LibraryMigrations::latestVersion();

    // Others' changes arrive as notifications on a channel per schema.
    m_channel = QStringLiteral("digest_studio") + (schema.isEmpty() ? QString() : QLatin1Char('_') + schema);
    m_channel = m_channel.toLower();
    QSqlDriver *driver = m_db.driver();
    if (!driver->subscribeToNotification(m_channel))
        return refuse(Kind::Database, QStringLiteral("cannot listen for changes by others (") +
                                          describe(driver->lastError()) + QLatin1Char(')'));
    connect(driver,
            QOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>::of(
                &QSqlDriver::notification),
            this,
            [this](const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload) {
                onNotification(channel, static_cast<int>(source), payload);
            });
    return true;
}

bool Library::readSchemaVersion(int *version, LibraryError *error)
{
    const QString name = m_location.displayName();
    auto refuse = [&](Kind kind, const QString &cause, const QString &detail) {
        error->kind = kind;
        error->message = QStringLiteral("Cannot open the library ") + name + QStringLiteral(": ") + cause +
                         QLatin1Char('.');
        error->detail = detail;
        return false;
    };
    *version = 0;
    QSqlQuery tables(m_db);
    bool listed = false;
    if (m_location.isSQLite())
        listed = tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    else
        listed = tables.exec(QStringLiteral(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"));
    if (!listed) {
        const QSqlError e = tables.lastError();
        const Kind kind = m_location.isSQLite() ? classifySqlite(e) : Kind::Database;
        return refuse(kind, causeOf(kind) + QStringLiteral(" (") + describe(e) + QLatin1Char(')'),
                      describe(e));
    }
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    tables.finish();
    if (!names.contains(QStringLiteral("schema_version"))) {
        if (!names.isEmpty())
            return refuse(
                Kind::NotADatabase,
                m_location.isSQLite()
                    ? QStringLiteral("it is a SQLite database but not a Digest Studio library")
                    : QStringLiteral("its schema holds tables that are not a Digest Studio library"),
                names.join(QStringLiteral(", ")));
        return true;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next()) {
        const QSqlError e = query.lastError();
        const Kind kind = m_location.isSQLite() ? classifySqlite(e) : Kind::Database;
        return refuse(kind, causeOf(kind) + QStringLiteral(" (") + describe(e) + QLatin1Char(')'),
                      describe(e));
    }
    *version = query.value(0).toInt();
    return true;
}

bool Library::migrate(int fromVersion, LibraryError *error)
{
    const QString name = m_location.displayName();
    auto refuse = [&](const QString &detail) {
        rollback();
        error->kind = Kind::Migration;
        error->message = QStringLiteral("Cannot open the library ") + name +
                         QStringLiteral(": upgrading it from schema ") + QString::number(fromVersion) +
                         QStringLiteral(" failed and it was left as it was (") + detail + QLatin1Char(')') +
                         QLatin1Char('.');
        error->detail = detail;
        return false;
    };
    QString sqlError;
    if (!begin(&sqlError))
        return refuse(sqlError);
    // Another process may have migrated while we waited for the lock: read the version again inside it.
    int version = fromVersion;
    QString trgmSchema = QStringLiteral("public");
    if (!m_location.isSQLite()) {
        if (!runSql(QStringLiteral("SELECT pg_advisory_xact_lock(") + QString::number(MigrationLockKey) +
                        QLatin1Char(')'),
                    &sqlError))
            return refuse(sqlError);
        QSqlQuery ext(m_db);
        if (!ext.exec(QStringLiteral("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = "
                                     "e.extnamespace WHERE e.extname = 'pg_trgm'")))
            return refuse(describe(ext.lastError()));
        if (ext.next()) {
            trgmSchema = ext.value(0).toString();
        } else if (!runSql(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public"),
                           &sqlError)) {
            return refuse(
                QStringLiteral("search needs the pg_trgm extension (package postgresql-contrib); ") +
                sqlError);
        }
    }
    {
        QSqlQuery exists(m_db);
        const bool hasTable =
            exists.exec(
                m_location.isSQLite()
                    ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_version'")
                    : QStringLiteral(
                          "SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN 0 ELSE 1 END")) &&
            exists.next() && exists.value(0).toInt() > 0;
        exists.finish();
        QSqlQuery check(m_db);
        if (hasTable && check.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && check.next())
            version = check.value(0).toInt();
    }
    if (version >= LibraryMigrations::latestVersion()) {
        rollback();
        return true;
    }
    for (int v = version + 1; v <= LibraryMigrations::latestVersion(); ++v) {
        const QStringList statements = LibraryMigrations::statements(v, m_location.backend(), trgmSchema);
        for (const QString &sql : statements) {
            if (!runSql(sql, &sqlError))
                return refuse(QStringLiteral("step ") + QString::number(v) + QStringLiteral(": ") + sqlError);
        }
    }
    if (!runSql(QStringLiteral("DELETE FROM schema_version"), &sqlError) ||
        !runSql(QStringLiteral("INSERT INTO schema_version (version) VALUES (") +
                    QString::number(LibraryMigrations::latestVersion()) + QLatin1Char(')'),
                &sqlError))
        return refuse(sqlError);
    if (!commit(&sqlError))
        return refuse(sqlError);
    return true;
}

void Library::startWatching()
{
    if (!m_location.isSQLite())
        return;
    const QString path = m_location.filePath();
    m_watcher.addPath(path);
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        m_watcher.addPath(path + QStringLiteral("-wal"));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        if (!m_changeTimer.isActive())
            m_changeTimer.start();
    });
}

void Library::checkExternalChanges()
{
    // The watcher forgets files that were replaced; the WAL appears after the first write.
    const QString path = m_location.filePath();
    for (const QString &file : {path, QString(path + QStringLiteral("-wal"))}) {
        if (!m_watcher.files().contains(file) && QFileInfo::exists(file))
            m_watcher.addPath(file);
    }
    QSqlQuery &version = prepared(QStringLiteral("PRAGMA data_version"));
    if (!version.exec() || !version.next())
        return;
    const qint64 dataVersion = version.value(0).toLongLong();
    version.finish();
    if (dataVersion == m_dataVersion)
        return; // only our own writes
    m_dataVersion = dataVersion;
    QSqlQuery &changes = prepared(
        QStringLiteral("SELECT seq, origin, digest_id, entry_id FROM changes WHERE seq > ? ORDER BY seq"));
    changes.addBindValue(m_lastChangeSeq);
    if (!changes.exec())
        return;
    QVector<QPair<qint64, qint64>> seen;
    while (changes.next()) {
        m_lastChangeSeq = changes.value(0).toLongLong();
        if (changes.value(1).toString() == m_origin)
            continue;
        const QPair<qint64, qint64> change(changes.value(2).toLongLong(), changes.value(3).toLongLong());
        if (!seen.contains(change))
            seen.append(change);
    }
    changes.finish();
    for (const auto &change : seen) {
        if (change.second == 0)
            Q_EMIT digestChanged(change.first);
        else
            Q_EMIT entryChanged(change.first, change.second);
    }
}

void Library::onNotification(const QString &name, int source, const QVariant &payload)
{
    if (name != m_channel || source == static_cast<int>(QSqlDriver::SelfSource))
        return;
    // Payload: `<digest id>:<entry id>` (entry 0: the digest itself).
    const QStringList parts = payload.toString().split(QLatin1Char(':'));
    if (parts.size() != 2)
        return;
    const qint64 digestId = parts.at(0).toLongLong();
    const qint64 entryId = parts.at(1).toLongLong();
    if (entryId == 0)
        Q_EMIT digestChanged(digestId);
    else
        Q_EMIT entryChanged(digestId, entryId);
}

// ---- plumbing

QSqlQuery &Library::prepared(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery query(m_db);
        // Not on PostgreSQL: QPSQL reads forward-only results row by row and leaves the rest of a result
        // unread after finish(), and libpq parses no NOTIFY behind an unread result: this connection
        // would stop hearing of others' changes until its next query.
        query.setForwardOnly(m_location.isSQLite());
        query.prepare(sql);
        it = m_queries.emplace(sql, query).first;
    }
    return it->second;
}

bool Library::run(QSqlQuery &query, QString *error, const QString &what)
{
    if (query.exec())
        return true;
    const QSqlError e = query.lastError();
    const Kind kind = m_location.isSQLite() ? classifySqlite(e) : Kind::Database;
    QString message = QStringLiteral("Library ") + m_location.displayName() + QStringLiteral(": ");
    if (!what.isEmpty())
        message += what + QStringLiteral(" failed: ");
    message += describe(e).trimmed();
    fail(error, kind, message, describe(e));
    return false;
}

bool Library::runOrRollback(QSqlQuery &query, QString *error, const QString &what)
{
    if (run(query, error, what))
        return true;
    rollback();
    return false;
}

bool Library::runSql(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = describe(query.lastError()).trimmed();
    return false;
}

bool Library::fail(QString *error, LibraryError::Kind kind, const QString &message, const QString &detail)
{
    m_lastError.kind = kind;
    m_lastError.location = m_location.displayName();
    m_lastError.message = message;
    m_lastError.detail = detail;
    if (error)
        *error = message;
    return false;
}

bool Library::begin(QString *error)
{
    if (!m_location.isSQLite()) {
        if (m_db.transaction())
            return true;
        return fail(error, Kind::Database,
                    QStringLiteral("Library ") + m_location.displayName() +
                        QStringLiteral(": starting a transaction failed: ") + describe(m_db.lastError()),
                    describe(m_db.lastError()));
    }
    // IMMEDIATE takes the write lock up front, so two writers queue (busy timeout) instead of deadlocking.
    QSqlQuery &query = prepared(QStringLiteral("BEGIN IMMEDIATE"));
    const bool ok = run(query, error, QStringLiteral("starting a transaction"));
    query.finish();
    return ok;
}

bool Library::commit(QString *error)
{
    if (!m_location.isSQLite()) {
        if (m_db.commit())
            return true;
        fail(error, Kind::Database,
             QStringLiteral("Library ") + m_location.displayName() + QStringLiteral(": committing failed: ") +
                 describe(m_db.lastError()),
             describe(m_db.lastError()));
        rollback();
        return false;
    }
    QSqlQuery &query = prepared(QStringLiteral("COMMIT"));
    if (run(query, error, QStringLiteral("committing"))) {
        query.finish();
        return true;
    }
    rollback();
    return false;
}

void Library::rollback()
{
    if (!m_location.isSQLite()) {
        m_db.rollback();
        return;
    }
    QSqlQuery query(m_db);
    // Harmless when SQLite already rolled back (an error ends some transactions by itself).
    query.exec(QStringLiteral("ROLLBACK"));
}

bool Library::lockDigest(qint64 digestId, QString *error)
{
    // Structural changes (positions) of one digest are serialised; SQLite's write lock already does that.
    QSqlQuery &query =
        prepared(m_location.isSQLite() ? QStringLiteral("SELECT id FROM digests WHERE id = ?")
                                       : QStringLiteral("SELECT id FROM digests WHERE id = ? FOR UPDATE"));
    query.addBindValue(digestId);
    if (!run(query, error, QStringLiteral("reading the digest")))
        return false;
    const bool found = query.next();
    query.finish();
    if (!found)
        return fail(error, Kind::NotFound,
                    QStringLiteral("There is no digest ") + QString::number(digestId) +
                        QStringLiteral(" in ") + m_location.displayName() + QLatin1Char('.'));
    return true;
}

bool Library::announce(qint64 digestId, qint64 entryId, QString *error)
{
    if (m_location.isSQLite()) {
        QSqlQuery &query =
            prepared(QStringLiteral("INSERT INTO changes (origin, digest_id, entry_id) VALUES (?, ?, ?)"));
        query.addBindValue(m_origin);
        query.addBindValue(digestId);
        query.addBindValue(entryId);
        return run(query, error, QStringLiteral("recording the change"));
    }
    // Delivered to the other connections when the transaction commits.
    QSqlQuery &query = prepared(QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(m_channel);
    query.addBindValue(QString(QString::number(digestId) + QLatin1Char(':') + QString::number(entryId)));
    const bool ok = run(query, error, QStringLiteral("announcing the change"));
    query.finish();
    return ok;
}

// ---- digests

QVector<DigestSummary> Library::digests()
{
    QVector<DigestSummary> list;
    QSqlQuery &query = prepared(QStringLiteral("SELECT d.id, d.date, d.title, (SELECT COUNT(*) FROM entries "
                                               "e WHERE e.digest_id = d.id) FROM digests d "
                                               "ORDER BY d.date DESC, d.id DESC"));
    if (!run(query, nullptr, QStringLiteral("listing the digests")))
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
    succeed();
    return list;
}

qint64 Library::createDigest(const QDate &date, const QString &title, QString *error)
{
    Digest digest;
    digest.setDate(date);
    digest.setTitle(title);
    digest.setLegend(Digest::defaultLegend());
    digest.setSummaryLabel(Digest::defaultSummaryLabel());
    digest.setFooter(Digest::defaultFooter());
    return createDigest(digest, error);
}

qint64 Library::createDigest(const Digest &digest, QString *error)
{
    if (!digest.date().isValid()) {
        fail(error, Kind::InvalidArgument, QStringLiteral("A digest needs a valid date (YYYY-MM-DD)."));
        return 0;
    }
    if (!begin(error))
        return 0;
    QSqlQuery &query = prepared(QStringLiteral(
        "INSERT INTO digests (date, title, legend, attribution, summary_label, footer, created) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(digest.date().toString(Qt::ISODate));
    query.addBindValue(text(digest.title()));
    query.addBindValue(text(digest.legend()));
    query.addBindValue(text(digest.attribution()));
    query.addBindValue(text(digest.summaryLabel()));
    query.addBindValue(text(digest.footer()));
    query.addBindValue(nowText());
    if (!runOrRollback(query, error, QStringLiteral("creating the digest")) || !query.next())
        return 0;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    QSqlQuery &insert = prepared(QStringLiteral(
        "INSERT INTO entries (digest_id, position, arxiv_id, version, tag, title, authors_line, "
        "affiliations, "
        "affiliations_note, zh_title, zh_short_title, zh_summary, abstract, link, status, revision, updated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"));
    const QString now = nowText();
    for (int i = 0; i < digest.entries().size(); ++i) {
        const DigestEntry &entry = digest.entries().at(i);
        insert.addBindValue(id);
        insert.addBindValue(i + 1);
        insert.addBindValue(text(withoutVersion(entry.arxivId())));
        insert.addBindValue(entry.version());
        for (int f = 0; f < DigestEntry::FieldCount; ++f)
            insert.addBindValue(text(entry.field(static_cast<DigestEntry::Field>(f))));
        insert.addBindValue(DigestEntry::statusName(entry.status()));
        insert.addBindValue(now);
        if (!runOrRollback(insert, error, QStringLiteral("storing the digest's entries")))
            return 0;
        insert.finish();
    }
    if (!announce(id, 0, error) || !commit(error)) {
        rollback();
        return 0;
    }
    succeed();
    return id;
}

QString Library::entrySelectColumns() const
{
    QStringList columns{QStringLiteral("id"), QStringLiteral("arxiv_id"), QStringLiteral("version")};
    for (int f = 0; f < DigestEntry::FieldCount; ++f)
        columns.append(entryColumn(f));
    columns << QStringLiteral("status") << QStringLiteral("revision") << QStringLiteral("updated");
    return columns.join(QStringLiteral(", "));
}

DigestEntry Library::entryFromQuery(const QSqlQuery &query, int c) const
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
    entry.setUpdated(dateTimeFrom(query.value(c + 5 + DigestEntry::FieldCount).toString()));
    return entry;
}

bool Library::loadDigest(qint64 digestId, Digest *digest, QString *error)
{
    QSqlQuery &head = prepared(QStringLiteral(
        "SELECT id, date, title, legend, attribution, summary_label, footer FROM digests WHERE id = ?"));
    head.addBindValue(digestId);
    if (!run(head, error, QStringLiteral("reading the digest")))
        return false;
    if (!head.next()) {
        head.finish();
        return fail(error, Kind::NotFound,
                    QStringLiteral("There is no digest ") + QString::number(digestId) +
                        QStringLiteral(" in ") + m_location.displayName() + QLatin1Char('.'));
    }
    Digest d;
    d.setId(head.value(0).toLongLong());
    d.setDate(QDate::fromString(head.value(1).toString(), Qt::ISODate));
    d.setTitle(head.value(2).toString());
    d.setLegend(head.value(3).toString());
    d.setAttribution(head.value(4).toString());
    d.setSummaryLabel(head.value(5).toString());
    d.setFooter(head.value(6).toString());
    head.finish();
    QSqlQuery &entries = prepared(QStringLiteral("SELECT ") + entrySelectColumns() +
                                  QStringLiteral(" FROM entries WHERE digest_id = ? ORDER BY position, id"));
    entries.addBindValue(digestId);
    if (!run(entries, error, QStringLiteral("reading the digest's entries")))
        return false;
    while (entries.next())
        d.entries().append(entryFromQuery(entries, 0));
    entries.finish();
    *digest = d;
    succeed();
    return true;
}

qint64 Library::latestDigestId()
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT id FROM digests ORDER BY date DESC, id DESC LIMIT 1"));
    if (!run(query, nullptr, QStringLiteral("finding the latest digest")))
        return 0;
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    succeed();
    return id;
}

qint64 Library::resolveDigest(const QString &spec, QString *error)
{
    static const QRegularExpression dateForm(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    static const QRegularExpression idForm(QStringLiteral("^[0-9]+$"));
    const QString s = spec.trimmed();
    QSqlQuery *query = nullptr;
    if (dateForm.match(s).hasMatch()) {
        const QDate date = QDate::fromString(s, Qt::ISODate);
        if (!date.isValid()) {
            fail(error, Kind::InvalidArgument,
                 QStringLiteral("'") + spec + QStringLiteral("' is not a valid date."));
            return 0;
        }
        query = &prepared(QStringLiteral("SELECT id FROM digests WHERE date = ? ORDER BY id DESC LIMIT 1"));
        query->addBindValue(date.toString(Qt::ISODate));
    } else if (idForm.match(s).hasMatch()) {
        query = &prepared(QStringLiteral("SELECT id FROM digests WHERE id = ?"));
        query->addBindValue(s.toLongLong());
    } else {
        fail(error, Kind::InvalidArgument,
             QStringLiteral("'") + spec +
                 QStringLiteral("' is neither a digest id nor a date (YYYY-MM-DD)."));
        return 0;
    }
    if (!run(*query, error, QStringLiteral("finding the digest")))
        return 0;
    const qint64 id = query->next() ? query->value(0).toLongLong() : 0;
    query->finish();
    if (id == 0) {
        fail(error, Kind::NotFound,
             QStringLiteral("There is no digest ") + spec + QStringLiteral(" in ") +
                 m_location.displayName() + QLatin1Char('.'));
        return 0;
    }
    succeed();
    return id;
}

bool Library::updateDigestHeader(const Digest &digest, QString *error)
{
    if (!digest.date().isValid())
        return fail(error, Kind::InvalidArgument,
                    QStringLiteral("A digest needs a valid date (YYYY-MM-DD)."));
    if (!begin(error))
        return false;
    QSqlQuery &query = prepared(QStringLiteral(
        "UPDATE digests SET date = ?, title = ?, legend = ?, attribution = ?, summary_label = ?, footer = ? "
        "WHERE id = ? RETURNING id"));
    query.addBindValue(digest.date().toString(Qt::ISODate));
    query.addBindValue(text(digest.title()));
    query.addBindValue(text(digest.legend()));
    query.addBindValue(text(digest.attribution()));
    query.addBindValue(text(digest.summaryLabel()));
    query.addBindValue(text(digest.footer()));
    query.addBindValue(digest.id());
    if (!runOrRollback(query, error, QStringLiteral("saving the digest's header")))
        return false;
    const bool found = query.next();
    query.finish();
    if (!found) {
        rollback();
        return fail(error, Kind::NotFound,
                    QStringLiteral("There is no digest ") + QString::number(digest.id()) +
                        QStringLiteral(" in ") + m_location.displayName() + QLatin1Char('.'));
    }
    if (!announce(digest.id(), 0, error) || !commit(error)) {
        rollback();
        return false;
    }
    succeed();
    return true;
}

bool Library::deleteDigest(qint64 digestId, QString *error)
{
    if (!begin(error))
        return false;
    if (!lockDigest(digestId, error)) {
        rollback();
        return false;
    }
    QSqlQuery &query = prepared(QStringLiteral("DELETE FROM digests WHERE id = ?"));
    query.addBindValue(digestId);
    if (!runOrRollback(query, error, QStringLiteral("deleting the digest")) ||
        !announce(digestId, 0, error) || !commit(error))
        return false;
    succeed();
    return true;
}

// ---- entries

DigestEntry Library::appendEntry(qint64 digestId, const DigestEntry &entry, QString *error)
{
    return insertEntry(digestId, -1, entry, error);
}

DigestEntry Library::insertEntry(qint64 digestId, int position, const DigestEntry &entry, QString *error)
{
    if (!begin(error))
        return DigestEntry();
    auto abort = [this] {
        rollback();
        return DigestEntry();
    };
    if (!lockDigest(digestId, error))
        return abort();
    QSqlQuery &count = prepared(QStringLiteral("SELECT COUNT(*) FROM entries WHERE digest_id = ?"));
    count.addBindValue(digestId);
    if (!run(count, error, QStringLiteral("counting entries")) || !count.next())
        return abort();
    const int entries = count.value(0).toInt();
    count.finish();
    if (position < 0)
        position = entries + 1;
    if (position < 1 || position > entries + 1) {
        fail(error, Kind::InvalidArgument,
             QStringLiteral("Position ") + QString::number(position) + QStringLiteral(" is outside 1..") +
                 QString::number(entries + 1) + QStringLiteral(" in digest ") + QString::number(digestId) +
                 QLatin1Char('.'));
        return abort();
    }
    if (position <= entries) {
        QSqlQuery &shift = prepared(QStringLiteral(
            "UPDATE entries SET position = position + 1 WHERE digest_id = ? AND position >= ?"));
        shift.addBindValue(digestId);
        shift.addBindValue(position);
        if (!run(shift, error, QStringLiteral("making room for the entry")))
            return abort();
    }
    QSqlQuery &insert = prepared(QStringLiteral(
        "INSERT INTO entries (digest_id, position, arxiv_id, version, tag, title, authors_line, "
        "affiliations, "
        "affiliations_note, zh_title, zh_short_title, zh_summary, abstract, link, status, revision, updated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"));
    const QString now = nowText();
    insert.addBindValue(digestId);
    insert.addBindValue(position);
    insert.addBindValue(text(withoutVersion(entry.arxivId())));
    insert.addBindValue(entry.version());
    for (int f = 0; f < DigestEntry::FieldCount; ++f)
        insert.addBindValue(text(entry.field(static_cast<DigestEntry::Field>(f))));
    insert.addBindValue(DigestEntry::statusName(entry.status()));
    insert.addBindValue(now);
    if (!run(insert, error, QStringLiteral("storing the entry")) || !insert.next())
        return abort();
    DigestEntry stored = entry;
    stored.setArxivId(withoutVersion(entry.arxivId()));
    stored.setId(insert.value(0).toLongLong());
    stored.setRevision(1);
    stored.setUpdated(dateTimeFrom(now));
    insert.finish();
    if (!announce(digestId, 0, error) || !commit(error))
        return abort();
    succeed();
    return stored;
}

bool Library::loadEntry(qint64 entryId, DigestEntry *entry, QString *error)
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT ") + entrySelectColumns() +
                                QStringLiteral(" FROM entries WHERE id = ?"));
    query.addBindValue(entryId);
    if (!run(query, error, QStringLiteral("reading the entry")))
        return false;
    if (!query.next()) {
        query.finish();
        return fail(error, Kind::NotFound,
                    QStringLiteral("There is no entry ") + QString::number(entryId) + QStringLiteral(" in ") +
                        m_location.displayName() + QLatin1Char('.'));
    }
    *entry = entryFromQuery(query, 0);
    query.finish();
    succeed();
    return true;
}

qint64 Library::entryIdAt(qint64 digestId, int position, QString *error)
{
    QSqlQuery &query =
        prepared(QStringLiteral("SELECT id FROM entries WHERE digest_id = ? AND position = ?"));
    query.addBindValue(digestId);
    query.addBindValue(position);
    if (!run(query, error, QStringLiteral("finding the entry")))
        return 0;
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (id == 0) {
        fail(error, Kind::NotFound,
             QStringLiteral("Digest ") + QString::number(digestId) +
                 QStringLiteral(" has no entry at position ") + QString::number(position) + QLatin1Char('.'));
        return 0;
    }
    succeed();
    return id;
}

SaveResult Library::savedResult(qint64 revision)
{
    succeed();
    SaveResult result;
    result.status = SaveResult::Status::Saved;
    result.revision = revision;
    return result;
}

SaveResult Library::errorResult(const QString &message)
{
    SaveResult result;
    result.status = SaveResult::Status::Error;
    result.error = message;
    return result;
}

SaveResult Library::conflictOrError(qint64 entryId, const DigestEntry &ours,
                                    const QVector<int> &changedFields, bool statusChanged)
{
    DigestEntry theirs;
    QString error;
    if (!loadEntry(entryId, &theirs, &error))
        return errorResult(error);
    // Saving what is already stored is no conflict: someone typed the same thing, or a save is repeated.
    bool same = !statusChanged || theirs.status() == ours.status();
    for (int f : changedFields)
        same = same && theirs.field(static_cast<DigestEntry::Field>(f)) ==
                           ours.field(static_cast<DigestEntry::Field>(f));
    if (same)
        return savedResult(theirs.revision());
    SaveResult result;
    result.status = SaveResult::Status::Conflict;
    result.revision = theirs.revision();
    result.theirs = theirs;
    result.ours = theirs;
    for (int f : changedFields)
        result.ours.setField(static_cast<DigestEntry::Field>(f),
                             ours.field(static_cast<DigestEntry::Field>(f)));
    if (statusChanged)
        result.ours.setStatus(ours.status());
    if (changedFields.size() == DigestEntry::FieldCount) {
        result.ours.setArxivId(ours.arxivId());
        result.ours.setVersion(ours.version());
    }
    m_lastError.kind = Kind::None;
    return result;
}

SaveResult Library::saveField(qint64 entryId, qint64 baseRevision, DigestEntry::Field field,
                              const QString &value)
{
    const int f = static_cast<int>(field);
    if (f < 0 || f >= DigestEntry::FieldCount)
        return errorResult(QStringLiteral("Unknown entry field."));
    QString error;
    if (!begin(&error))
        return errorResult(error);
    QSqlQuery &update = prepared(QStringLiteral("UPDATE entries SET ") + entryColumn(f) +
                                 QStringLiteral(" = ?, revision = revision + 1, updated = ? WHERE id = ? AND "
                                                "revision = ? RETURNING digest_id, revision"));
    update.addBindValue(text(value));
    update.addBindValue(nowText());
    update.addBindValue(entryId);
    update.addBindValue(baseRevision);
    if (!runOrRollback(update, &error, QStringLiteral("saving the entry")))
        return errorResult(error);
    if (!update.next()) {
        update.finish();
        rollback();
        DigestEntry ours;
        ours.setField(field, value);
        return conflictOrError(entryId, ours, {f}, false);
    }
    const qint64 digestId = update.value(0).toLongLong();
    const qint64 revision = update.value(1).toLongLong();
    update.finish();
    if (!announce(digestId, entryId, &error) || !commit(&error)) {
        rollback();
        return errorResult(error);
    }
    return savedResult(revision);
}

SaveResult Library::saveStatus(qint64 entryId, qint64 baseRevision, DigestEntry::Status status)
{
    QString error;
    if (!begin(&error))
        return errorResult(error);
    QSqlQuery &update =
        prepared(QStringLiteral("UPDATE entries SET status = ?, revision = revision + 1, updated = "
                                "? WHERE id = ? AND revision = ? RETURNING digest_id, revision"));
    update.addBindValue(DigestEntry::statusName(status));
    update.addBindValue(nowText());
    update.addBindValue(entryId);
    update.addBindValue(baseRevision);
    if (!runOrRollback(update, &error, QStringLiteral("saving the entry's status")))
        return errorResult(error);
    if (!update.next()) {
        update.finish();
        rollback();
        DigestEntry ours;
        ours.setStatus(status);
        return conflictOrError(entryId, ours, {}, true);
    }
    const qint64 digestId = update.value(0).toLongLong();
    const qint64 revision = update.value(1).toLongLong();
    update.finish();
    if (!announce(digestId, entryId, &error) || !commit(&error)) {
        rollback();
        return errorResult(error);
    }
    return savedResult(revision);
}

SaveResult Library::saveEntry(const DigestEntry &entry)
{
    QString error;
    if (!begin(&error))
        return errorResult(error);
    QString sql = QStringLiteral("UPDATE entries SET arxiv_id = ?, version = ?, ");
    for (int f = 0; f < DigestEntry::FieldCount; ++f)
        sql += entryColumn(f) + QStringLiteral(" = ?, ");
    sql += QStringLiteral("status = ?, revision = revision + 1, updated = ? WHERE id = ? AND revision = ? "
                          "RETURNING digest_id, revision");
    QSqlQuery &update = prepared(sql);
    update.addBindValue(text(withoutVersion(entry.arxivId())));
    update.addBindValue(entry.version());
    for (int f = 0; f < DigestEntry::FieldCount; ++f)
        update.addBindValue(text(entry.field(static_cast<DigestEntry::Field>(f))));
    update.addBindValue(DigestEntry::statusName(entry.status()));
    update.addBindValue(nowText());
    update.addBindValue(entry.id());
    update.addBindValue(entry.revision());
    if (!runOrRollback(update, &error, QStringLiteral("saving the entry")))
        return errorResult(error);
    if (!update.next()) {
        update.finish();
        rollback();
        QVector<int> all;
        for (int f = 0; f < DigestEntry::FieldCount; ++f)
            all.append(f);
        return conflictOrError(entry.id(), entry, all, true);
    }
    const qint64 digestId = update.value(0).toLongLong();
    const qint64 revision = update.value(1).toLongLong();
    update.finish();
    if (!announce(digestId, entry.id(), &error) || !commit(&error)) {
        rollback();
        return errorResult(error);
    }
    return savedResult(revision);
}

bool Library::moveEntry(qint64 digestId, int from, int to, QString *error)
{
    if (!begin(error))
        return false;
    auto abort = [this] {
        rollback();
        return false;
    };
    if (!lockDigest(digestId, error))
        return abort();
    QSqlQuery &list = prepared(
        QStringLiteral("SELECT id, position FROM entries WHERE digest_id = ? ORDER BY position, id"));
    list.addBindValue(digestId);
    if (!run(list, error, QStringLiteral("reading the entries")))
        return abort();
    QVector<qint64> ids;
    QVector<int> positions;
    while (list.next()) {
        ids.append(list.value(0).toLongLong());
        positions.append(list.value(1).toInt());
    }
    list.finish();
    const int n = static_cast<int>(ids.size());
    if (from < 1 || from > n || to < 1 || to > n) {
        fail(error, Kind::InvalidArgument,
             QStringLiteral("Cannot move entry ") + QString::number(from) + QStringLiteral(" to ") +
                 QString::number(to) + QStringLiteral(": digest ") + QString::number(digestId) +
                 QStringLiteral(" has ") + QString::number(n) + QStringLiteral(" entries."));
        return abort();
    }
    QHash<qint64, int> oldPosition;
    for (int i = 0; i < n; ++i)
        oldPosition.insert(ids.at(i), positions.at(i));
    const qint64 moving = ids.takeAt(from - 1);
    ids.insert(to - 1, moving);
    QSqlQuery &update = prepared(QStringLiteral("UPDATE entries SET position = ? WHERE id = ?"));
    for (int i = 0; i < n; ++i) {
        if (oldPosition.value(ids.at(i)) == i + 1)
            continue; // already numbered right
        update.addBindValue(i + 1);
        update.addBindValue(ids.at(i));
        if (!run(update, error, QStringLiteral("renumbering the entries")))
            return abort();
    }
    if (!announce(digestId, 0, error) || !commit(error))
        return abort();
    succeed();
    return true;
}

bool Library::removeEntry(qint64 entryId, QString *error)
{
    if (!begin(error))
        return false;
    auto abort = [this] {
        rollback();
        return false;
    };
    QSqlQuery &find = prepared(QStringLiteral("SELECT digest_id, position FROM entries WHERE id = ?"));
    find.addBindValue(entryId);
    if (!run(find, error, QStringLiteral("finding the entry")))
        return abort();
    if (!find.next()) {
        find.finish();
        fail(error, Kind::NotFound,
             QStringLiteral("There is no entry ") + QString::number(entryId) + QStringLiteral(" in ") +
                 m_location.displayName() + QLatin1Char('.'));
        return abort();
    }
    const qint64 digestId = find.value(0).toLongLong();
    const int position = find.value(1).toInt();
    find.finish();
    if (!lockDigest(digestId, error))
        return abort();
    QSqlQuery &remove = prepared(QStringLiteral("DELETE FROM entries WHERE id = ?"));
    remove.addBindValue(entryId);
    if (!run(remove, error, QStringLiteral("removing the entry")))
        return abort();
    QSqlQuery &shift = prepared(
        QStringLiteral("UPDATE entries SET position = position - 1 WHERE digest_id = ? AND position > ?"));
    shift.addBindValue(digestId);
    shift.addBindValue(position);
    if (!run(shift, error, QStringLiteral("renumbering the entries")) || !announce(digestId, 0, error) ||
        !commit(error))
        return abort();
    succeed();
    return true;
}

// ---- search

bool Library::searchEntries(const QStringList &terms, int limit, QVector<SearchHit> *hits, QString *error)
{
    const QStringList columns = LibraryMigrations::entrySearchColumns();
    const QStringList prefixed = qualified(columns, QStringLiteral("e."));
    const QString concat = prefixed.join(QStringLiteral(" || ' ' || "));
    const bool lite = m_location.isSQLite();
    const QString like = lite ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
    QStringList longTerms;
    QStringList shortTerms;
    for (const QString &t : terms)
        (t.size() >= 3 ? longTerms : shortTerms).append(t);
    // Chinese has no case: plain LIKE spares PostgreSQL lowercasing every row it checks.
    auto likeFor = [&](const QString &term) { return containsCjk(term) ? QStringLiteral("LIKE") : like; };
    const QString firstLike = likeFor(terms.first());
    // A term below the trigram size is a scan: for Chinese only over the columns Chinese text lives in.
    auto scanCondition = [&](const QString &term, QVariantList *binds) -> QString {
        if (!containsCjk(term)) {
            binds->append(likePattern(term));
            return QStringLiteral(" AND (") + concat + QStringLiteral(") ") + like +
                   QStringLiteral(" ? ESCAPE '\\'");
        }
        QStringList ors;
        for (const QString &c : LibraryMigrations::chineseSearchColumns()) {
            ors.append(QStringLiteral("e.") + c + QLatin1Char(' ') + QStringLiteral("LIKE") +
                       QStringLiteral(" ? ESCAPE '\\'"));
            binds->append(likePattern(term));
        }
        return QStringLiteral(" AND (") + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    };
    const QString select = QStringLiteral("SELECT e.id, e.digest_id, d.date, e.position, e.arxiv_id, ") +
                           prefixed.join(QStringLiteral(", ")) + QStringLiteral(", ");
    const int rankColumn = 5 + static_cast<int>(columns.size());
    const QString order = QStringLiteral(" ORDER BY ") + QString::number(rankColumn + 1) +
                          QStringLiteral(" DESC, d.date DESC, e.position LIMIT ?");
    // `bm25`: the rank column is FTS5's score (>= 0), mapped below the title tier's 2.5 .. 3.
    auto collect = [&](const QString &sql, const QVariantList &values, bool bm25) {
        QSqlQuery &query = prepared(sql);
        for (const QVariant &v : values)
            query.addBindValue(v);
        if (!run(query, error, QStringLiteral("searching the entries")))
            return false;
        while (query.next()) {
            SearchHit hit;
            hit.entryId = query.value(0).toLongLong();
            hit.digestId = query.value(1).toLongLong();
            hit.digestDate = QDate::fromString(query.value(2).toString(), Qt::ISODate);
            hit.position = query.value(3).toInt();
            hit.arxivId = query.value(4).toString();
            QStringList texts;
            for (int i = 0; i < columns.size(); ++i)
                texts.append(query.value(5 + i).toString());
            hit.rank = query.value(rankColumn).toDouble();
            if (bm25)
                hit.rank = 2.0 * std::max(0.0, hit.rank) / (1.0 + std::max(0.0, hit.rank));
            describeMatch(columns, texts, terms.first(), &hit);
            hits->append(hit);
        }
        query.finish();
        return true;
    };

    // Hits come in two tiers: the first term in a title, then anywhere else. The title tier is ordered by
    // where it matched, then newest first; it reads little and usually fills the page, so a word that is
    // common in abstracts stays cheap.
    const QString tierOneRank = QStringLiteral("CASE WHEN e.zh_title ") + firstLike +
                                QStringLiteral(" ? ESCAPE '\\' OR e.title ") + firstLike +
                                QStringLiteral(" ? ESCAPE '\\' THEN 3 ELSE 2.5 END");
    if (lite && !longTerms.isEmpty()) {
        // SQLite with FTS5: a column filter makes the title tier; the rest is ranked by bm25.
        const QString key = longTerms.first();
        const QString titleFilter = QStringLiteral("{zh_title title zh_short_title} : ") + ftsPhrase(key);
        QStringList phrases;
        for (const QString &t : longTerms)
            phrases.append(ftsPhrase(t));
        QStringList others = phrases.mid(1);
        QVariantList shortBinds;
        QString shortConditions;
        for (const QString &t : shortTerms)
            shortConditions += scanCondition(t, &shortBinds);
        const QString keyPattern = likePattern(key);

        QString sql =
            select + tierOneRank +
            QStringLiteral(" FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid JOIN digests d ON "
                           "d.id = e.digest_id WHERE entries_fts MATCH ?") +
            shortConditions;
        QVariantList binds{keyPattern, keyPattern,
                           others.isEmpty() ? titleFilter
                                            : QString(titleFilter + QStringLiteral(" AND ") +
                                                      others.join(QStringLiteral(" AND ")))};
        binds += shortBinds;
        binds.append(limit);
        if (!collect(sql + order, binds, false))
            return false;
        if (hits->size() >= limit)
            return true;

        const QString rest =
            QLatin1Char('(') + phrases.join(QStringLiteral(" AND ")) + QStringLiteral(") NOT ") + titleFilter;
        binds = {rest};
        if (shortTerms.isEmpty()) {
            // Rank inside the index first and fetch only the best rows.
            sql = select + QStringLiteral(
                               "m.r FROM (SELECT rowid AS id, -rank AS r FROM entries_fts WHERE entries_fts "
                               "MATCH ? ORDER BY rank LIMIT ?) m JOIN entries e ON e.id = m.id "
                               "JOIN digests d ON d.id = e.digest_id");
            binds.append(limit - hits->size());
        } else {
            sql = select +
                  QStringLiteral(
                      "-entries_fts.rank FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid "
                      "JOIN digests d ON d.id = e.digest_id WHERE entries_fts MATCH ?") +
                  shortConditions;
            binds += shortBinds;
        }
        binds.append(limit - hits->size());
        return collect(sql + order, binds, true);
    }

    // Without FTS5 (PostgreSQL, where trigram indexes answer the LIKEs; SQLite for one- and two-character
    // terms): the same two tiers, the second ordered by where it matched, then newest first.
    const QString pattern = likePattern(terms.first());
    // A short Chinese term has no index to use: then only the Chinese titles are read, not the English one.
    const bool chineseScan = containsCjk(terms.first()) && terms.first().size() < 3;
    const QString titles =
        chineseScan ? QStringLiteral("(e.zh_title LIKE ? ESCAPE '\\' OR e.zh_short_title LIKE ? ESCAPE '\\')")
                    : QStringLiteral("(e.zh_title || ' ' || e.title || ' ' || e.zh_short_title) ") +
                          firstLike + QStringLiteral(" ? ESCAPE '\\'");
    const QVariantList titlesBinds = chineseScan ? QVariantList{pattern, pattern} : QVariantList{pattern};
    QString everyTerm;
    QString everyTermFiltered;
    QVariantList termBinds;
    for (const QString &t : terms) {
        if (t.size() >= 3) { // PostgreSQL: the trigram index answers this
            everyTerm += QStringLiteral(" AND (") + concat + QStringLiteral(") ") + likeFor(t) +
                         QStringLiteral(" ? ESCAPE '\\'");
            // The same test in a form no index matches: among the few title hits it is cheaper to check
            // each row than to let the planner intersect the large full-text index.
            everyTermFiltered += QStringLiteral(" AND (") + concat + QStringLiteral(" || '') ") + likeFor(t) +
                                 QStringLiteral(" ? ESCAPE '\\'");
            termBinds.append(likePattern(t));
        } else {
            const QString condition = scanCondition(t, &termBinds);
            everyTerm += condition;
            everyTermFiltered += condition;
        }
    }

    QString sql = select + tierOneRank +
                  QStringLiteral(" FROM entries e JOIN digests d ON d.id = e.digest_id WHERE ") + titles;
    QVariantList titleBinds{pattern, pattern};
    titleBinds += titlesBinds;
    if (terms.size() > 1) {
        sql += everyTermFiltered;
        titleBinds += termBinds;
    }
    titleBinds.append(limit);
    if (!collect(sql + order, titleBinds, false))
        return false;
    if (hits->size() >= limit)
        return true;

    sql =
        select + QStringLiteral("CASE WHEN e.zh_summary ") + firstLike +
        QStringLiteral(" ? ESCAPE '\\' THEN 2 ELSE 1 END FROM entries e JOIN digests d ON d.id = e.digest_id "
                       "WHERE NOT ") +
        titles + everyTerm;
    QVariantList restBinds{pattern};
    restBinds += titlesBinds;
    restBinds += termBinds;
    restBinds.append(limit - hits->size());
    return collect(sql + order, restBinds, false);
}

bool Library::searchPapers(const QStringList &terms, int limit, QVector<SearchHit> *hits, QString *error)
{
    const QStringList columns = LibraryMigrations::paperSearchColumns();
    const QStringList prefixed = qualified(columns, QStringLiteral("p."));
    const QString concat = prefixed.join(QStringLiteral(" || ' ' || "));
    const bool lite = m_location.isSQLite();
    const QString like = lite ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
    QStringList longTerms;
    QStringList shortTerms;
    for (const QString &t : terms)
        (t.size() >= 3 ? longTerms : shortTerms).append(t);
    QString sql =
        QStringLiteral("SELECT p.id, ") + prefixed.join(QStringLiteral(", ")) + QStringLiteral(", ");
    QVariantList binds;
    if (lite && !longTerms.isEmpty()) {
        QStringList phrases;
        for (const QString &t : longTerms)
            phrases.append(ftsPhrase(t));
        if (shortTerms.isEmpty()) {
            sql += QStringLiteral(
                "m.r FROM (SELECT rowid AS rid, -rank AS r FROM papers_fts WHERE papers_fts MATCH ? "
                "ORDER BY rank LIMIT ?) m JOIN papers p ON p.rid = m.rid");
            binds.append(phrases.join(QStringLiteral(" AND ")));
            binds.append(limit);
        } else {
            sql +=
                QStringLiteral("-papers_fts.rank FROM papers_fts JOIN papers p ON p.rid = papers_fts.rowid "
                               "WHERE papers_fts MATCH ?");
            binds.append(phrases.join(QStringLiteral(" AND ")));
            for (const QString &t : shortTerms) {
                sql += QStringLiteral(" AND (") + concat + QStringLiteral(") LIKE ? ESCAPE '\\'");
                binds.append(likePattern(t));
            }
        }
    } else {
        sql += QStringLiteral("CASE WHEN p.title ") + like +
               QStringLiteral(" ? ESCAPE '\\' THEN 3 WHEN p.authors ") + like +
               QStringLiteral(" ? ESCAPE '\\' THEN 2 ELSE 1 END FROM papers p WHERE 1 = 1");
        binds.append(likePattern(terms.first()));
        binds.append(likePattern(terms.first()));
        for (const QString &t : terms) {
            sql += QStringLiteral(" AND (") + concat + QStringLiteral(") ") + like +
                   QStringLiteral(" ? ESCAPE '\\'");
            binds.append(likePattern(t));
        }
    }
    sql += QStringLiteral(" ORDER BY 5 DESC, p.id DESC LIMIT ?");
    binds.append(limit);
    QSqlQuery &query = prepared(sql);
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!run(query, error, QStringLiteral("searching the papers")))
        return false;
    while (query.next()) {
        SearchHit hit;
        hit.arxivId = query.value(0).toString();
        const QStringList values{query.value(1).toString(),
                                 fromJsonText(query.value(2).toString()).join(QStringLiteral(", ")),
                                 query.value(3).toString()};
        hit.rank = query.value(4).toDouble();
        describeMatch(columns, values, terms.first(), &hit);
        hits->append(hit);
    }
    query.finish();
    return true;
}

QVector<SearchHit> Library::search(const QString &queryText, int limit, QString *error)
{
    QVector<SearchHit> hits;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList terms = queryText.split(space, Qt::SkipEmptyParts);
    if (terms.isEmpty() || limit <= 0) {
        succeed();
        return hits;
    }
    if (!searchEntries(terms, limit, &hits, error))
        return {};
    // Papers that a hit entry already shows are not listed twice.
    QSet<QString> shown;
    for (const SearchHit &hit : hits)
        shown.insert(hit.arxivId);
    QVector<SearchHit> papers;
    // Papers hold arXiv's English metadata: a Chinese term cannot match there.
    bool chinese = false;
    for (const QString &t : terms)
        chinese = chinese || containsCjk(t);
    if (hits.size() < limit && !chinese && !searchPapers(terms, limit, &papers, error))
        return {};
    for (const SearchHit &hit : papers) {
        if (hits.size() >= limit)
            break;
        if (!shown.contains(hit.arxivId))
            hits.append(hit);
    }
    succeed();
    return hits;
}

// ---- papers and history

bool Library::findPaper(const QString &id, Paper *paper)
{
    QSqlQuery &query = prepared(
        QStringLiteral("SELECT id, version, title, authors, affiliations, abstract, primary_category, "
                       "categories, published, "
                       "updated, comment, journal_ref, doi, abs_url, pdf_url FROM papers WHERE id = ?"));
    query.addBindValue(withoutVersion(id));
    if (!run(query, nullptr, QStringLiteral("reading the paper")))
        return false;
    if (!query.next()) {
        query.finish();
        succeed();
        return false;
    }
    Paper p;
    p.setId(query.value(0).toString());
    p.setVersion(query.value(1).toInt());
    p.setTitle(query.value(2).toString());
    p.setAuthors(fromJsonText(query.value(3).toString()));
    p.setAffiliations(fromJsonText(query.value(4).toString()));
    p.setAbstract(query.value(5).toString());
    p.setPrimaryCategory(query.value(6).toString());
    p.setCategories(fromJsonText(query.value(7).toString()));
    p.setPublished(dateTimeFrom(query.value(8).toString()));
    p.setUpdated(dateTimeFrom(query.value(9).toString()));
    p.setComment(query.value(10).toString());
    p.setJournalRef(query.value(11).toString());
    p.setDoi(query.value(12).toString());
    p.setAbsUrl(query.value(13).toString());
    p.setPdfUrl(query.value(14).toString());
    query.finish();
    if (paper)
        *paper = p;
    succeed();
    return true;
}

bool Library::storePapers(const QVector<Paper> &papers, QString *error)
{
    if (papers.isEmpty())
        return true;
    if (!begin(error))
        return false;
    // A paper seen again in an older version (a stale listing) does not overwrite the newer one.
    QSqlQuery &upsert = prepared(QStringLiteral(
        "INSERT INTO papers (id, version, title, authors, affiliations, abstract, primary_category, "
        "categories, "
        "published, updated, comment, journal_ref, doi, abs_url, pdf_url, stored_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET version = excluded.version, title = excluded.title, authors = "
        "excluded.authors, affiliations = excluded.affiliations, abstract = excluded.abstract, "
        "primary_category = "
        "excluded.primary_category, categories = excluded.categories, published = excluded.published, "
        "updated = "
        "excluded.updated, comment = excluded.comment, journal_ref = excluded.journal_ref, doi = "
        "excluded.doi, "
        "abs_url = excluded.abs_url, pdf_url = excluded.pdf_url, stored_at = excluded.stored_at "
        "WHERE excluded.version >= papers.version"));
    const QString now = nowText();
    for (const Paper &p : papers) {
        const QString id = withoutVersion(p.id());
        if (id.isEmpty()) {
            rollback();
            return fail(error, Kind::InvalidArgument,
                        QStringLiteral("A paper without an id cannot be stored."));
        }
        upsert.addBindValue(id);
        upsert.addBindValue(p.version());
        upsert.addBindValue(text(p.title()));
        upsert.addBindValue(toJsonText(p.authors()));
        upsert.addBindValue(toJsonText(p.affiliations()));
        upsert.addBindValue(text(p.abstract()));
        upsert.addBindValue(text(p.primaryCategory()));
        upsert.addBindValue(toJsonText(p.categories()));
        upsert.addBindValue(dateTimeText(p.published()));
        upsert.addBindValue(dateTimeText(p.updated()));
        upsert.addBindValue(text(p.comment()));
        upsert.addBindValue(text(p.journalRef()));
        upsert.addBindValue(text(p.doi()));
        upsert.addBindValue(text(p.absUrl()));
        upsert.addBindValue(text(p.pdfUrl()));
        upsert.addBindValue(now);
        if (!runOrRollback(upsert, error, QStringLiteral("storing paper ") + id))
            return false;
    }
    if (!commit(error))
        return false;
    succeed();
    return true;
}

QStringList Library::rememberedAffiliations(const QString &author)
{
    QStringList list;
    QSqlQuery &query = prepared(QStringLiteral(
        "SELECT affiliation FROM author_affiliations WHERE author = ? ORDER BY used_at DESC, affiliation"));
    query.addBindValue(author.trimmed());
    if (!run(query, nullptr, QStringLiteral("reading remembered affiliations")))
        return list;
    while (query.next())
        list.append(query.value(0).toString());
    query.finish();
    succeed();
    return list;
}

bool Library::rememberAffiliation(const QString &author, const QString &affiliation, QString *error)
{
    const QString who = author.trimmed();
    const QString where = affiliation.trimmed();
    if (who.isEmpty() || where.isEmpty())
        return fail(error, Kind::InvalidArgument,
                    QStringLiteral("An affiliation needs an author and a place."));
    if (!begin(error))
        return false;
    // Later than anything remembered for this author, even within the same millisecond.
    QSqlQuery &latest = prepared(
        QStringLiteral("SELECT COALESCE(MAX(used_at), 0) FROM author_affiliations WHERE author = ?"));
    latest.addBindValue(who);
    if (!runOrRollback(latest, error, QStringLiteral("reading remembered affiliations")) || !latest.next())
        return false;
    const qint64 usedAt = std::max(QDateTime::currentMSecsSinceEpoch(), latest.value(0).toLongLong() + 1);
    latest.finish();
    QSqlQuery &upsert = prepared(
        QStringLiteral("INSERT INTO author_affiliations (author, affiliation, used_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (author, affiliation) DO UPDATE SET used_at = excluded.used_at"));
    upsert.addBindValue(who);
    upsert.addBindValue(where);
    upsert.addBindValue(usedAt);
    if (!runOrRollback(upsert, error, QStringLiteral("remembering the affiliation")) || !commit(error))
        return false;
    succeed();
    return true;
}

QVector<FeaturedIn> Library::featuredIn(const QString &arxivId, qint64 excludeDigestId)
{
    QVector<FeaturedIn> list;
    QSqlQuery &query =
        prepared(QStringLiteral("SELECT e.digest_id, d.date, e.position, e.version FROM entries e JOIN "
                                "digests d ON d.id = e.digest_id "
                                "WHERE e.arxiv_id = ? AND e.digest_id <> ? ORDER BY d.date DESC, d.id DESC"));
    query.addBindValue(withoutVersion(arxivId));
    query.addBindValue(excludeDigestId);
    if (!run(query, nullptr, QStringLiteral("reading the paper's history")))
        return list;
    while (query.next()) {
        FeaturedIn f;
        f.digestId = query.value(0).toLongLong();
        f.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        f.position = query.value(2).toInt();
        f.version = query.value(3).toInt();
        list.append(f);
    }
    query.finish();
    succeed();
    return list;
}

// ---- glossary

QVector<GlossaryTerm> Library::glossaryTerms()
{
    QVector<GlossaryTerm> terms;
    QSqlQuery &query = prepared(
        QStringLiteral("SELECT id, english, chinese, note FROM glossary ORDER BY LOWER(english), id"));
    if (!run(query, nullptr, QStringLiteral("reading the glossary")))
        return terms;
    while (query.next()) {
        GlossaryTerm term(query.value(1).toString(), query.value(2).toString(), query.value(3).toString());
        term.setId(query.value(0).toLongLong());
        terms.append(term);
    }
    query.finish();
    succeed();
    return terms;
}

bool Library::addGlossaryTerm(GlossaryTerm *term, QString *error)
{
    if (term->english().trimmed().isEmpty())
        return fail(error, Kind::InvalidArgument, QStringLiteral("A glossary term needs its English text."));
    if (!begin(error))
        return false;
    QSqlQuery &insert = prepared(
        QStringLiteral("INSERT INTO glossary (english, chinese, note) VALUES (?, ?, ?) RETURNING id"));
    insert.addBindValue(term->english().trimmed());
    insert.addBindValue(text(term->chinese()));
    insert.addBindValue(text(term->note()));
    if (!runOrRollback(insert, error, QStringLiteral("adding the glossary term")) || !insert.next())
        return false;
    term->setId(insert.value(0).toLongLong());
    insert.finish();
    if (!commit(error))
        return false;
    succeed();
    return true;
}

bool Library::updateGlossaryTerm(const GlossaryTerm &term, QString *error)
{
    if (term.english().trimmed().isEmpty())
        return fail(error, Kind::InvalidArgument, QStringLiteral("A glossary term needs its English text."));
    if (!begin(error))
        return false;
    QSqlQuery &update = prepared(
        QStringLiteral("UPDATE glossary SET english = ?, chinese = ?, note = ? WHERE id = ? RETURNING id"));
    update.addBindValue(term.english().trimmed());
    update.addBindValue(text(term.chinese()));
    update.addBindValue(text(term.note()));
    update.addBindValue(term.id());
    if (!runOrRollback(update, error, QStringLiteral("saving the glossary term")))
        return false;
    const bool found = update.next();
    update.finish();
    if (!found) {
        rollback();
        return fail(error, Kind::NotFound,
                    QStringLiteral("There is no glossary term ") + QString::number(term.id()) +
                        QStringLiteral(" in ") + m_location.displayName() + QLatin1Char('.'));
    }
    if (!commit(error))
        return false;
    succeed();
    return true;
}

bool Library::removeGlossaryTerm(qint64 termId, QString *error)
{
    if (!begin(error))
        return false;
    QSqlQuery &remove = prepared(QStringLiteral("DELETE FROM glossary WHERE id = ? RETURNING id"));
    remove.addBindValue(termId);
    if (!runOrRollback(remove, error, QStringLiteral("removing the glossary term")))
        return false;
    const bool found = remove.next();
    remove.finish();
    if (!found) {
        rollback();
        return fail(error, Kind::NotFound,
                    QStringLiteral("There is no glossary term ") + QString::number(termId) +
                        QStringLiteral(" in ") + m_location.displayName() + QLatin1Char('.'));
    }
    if (!commit(error))
        return false;
    succeed();
    return true;
}

// ---- images

qint64 Library::addImage(qint64 entryId, const QByteArray &data, const QString &mimeType, QString *error)
{
    if (data.isEmpty() || !mimeType.startsWith(QLatin1String("image/"))) {
        fail(error, Kind::InvalidArgument,
             QStringLiteral("An entry image needs data and an image/* MIME type (got '") + mimeType +
                 QStringLiteral("')."));
        return 0;
    }
    if (!begin(error))
        return 0;
    QSqlQuery &find = prepared(QStringLiteral("SELECT e.digest_id, (SELECT COALESCE(MAX(position), 0) FROM "
                                              "entry_images WHERE entry_id = e.id) FROM "
                                              "entries e WHERE e.id = ?"));
    find.addBindValue(entryId);
    if (!runOrRollback(find, error, QStringLiteral("finding the entry")))
        return 0;
    if (!find.next()) {
        find.finish();
        rollback();
        fail(error, Kind::NotFound,
             QStringLiteral("There is no entry ") + QString::number(entryId) + QStringLiteral(" in ") +
                 m_location.displayName() + QLatin1Char('.'));
        return 0;
    }
    const qint64 digestId = find.value(0).toLongLong();
    const int position = find.value(1).toInt() + 1;
    find.finish();
    QSqlQuery &insert = prepared(QStringLiteral(
        "INSERT INTO entry_images (entry_id, position, mime_type, data) VALUES (?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(entryId);
    insert.addBindValue(position);
    insert.addBindValue(mimeType);
    insert.addBindValue(data);
    if (!runOrRollback(insert, error, QStringLiteral("storing the image")) || !insert.next())
        return 0;
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    if (!announce(digestId, entryId, error) || !commit(error)) {
        rollback();
        return 0;
    }
    succeed();
    return id;
}

QVector<EntryImage> Library::images(qint64 entryId)
{
    QVector<EntryImage> list;
    QSqlQuery &query = prepared(QStringLiteral("SELECT id, entry_id, position, mime_type, data FROM "
                                               "entry_images WHERE entry_id = ? ORDER BY position, id"));
    query.addBindValue(entryId);
    if (!run(query, nullptr, QStringLiteral("reading the entry's images")))
        return list;
    while (query.next()) {
        EntryImage image;
        image.id = query.value(0).toLongLong();
        image.entryId = query.value(1).toLongLong();
        image.position = query.value(2).toInt();
        image.mimeType = query.value(3).toString();
        image.data = query.value(4).toByteArray();
        list.append(image);
    }
    query.finish();
    succeed();
    return list;
}

bool Library::removeImage(qint64 imageId, QString *error)
{
    if (!begin(error))
        return false;
    auto abort = [this] {
        rollback();
        return false;
    };
    QSqlQuery &find = prepared(QStringLiteral(
        "SELECT i.entry_id, i.position, e.digest_id FROM entry_images i JOIN entries e ON e.id = i.entry_id "
        "WHERE i.id = ?"));
    find.addBindValue(imageId);
    if (!run(find, error, QStringLiteral("finding the image")))
        return abort();
    if (!find.next()) {
        find.finish();
        fail(error, Kind::NotFound,
             QStringLiteral("There is no image ") + QString::number(imageId) + QStringLiteral(" in ") +
                 m_location.displayName() + QLatin1Char('.'));
        return abort();
    }
    const qint64 entryId = find.value(0).toLongLong();
    const int position = find.value(1).toInt();
    const qint64 digestId = find.value(2).toLongLong();
    find.finish();
    QSqlQuery &remove = prepared(QStringLiteral("DELETE FROM entry_images WHERE id = ?"));
    remove.addBindValue(imageId);
    if (!run(remove, error, QStringLiteral("removing the image")))
        return abort();
    QSqlQuery &shift = prepared(QStringLiteral(
        "UPDATE entry_images SET position = position - 1 WHERE entry_id = ? AND position > ?"));
    shift.addBindValue(entryId);
    shift.addBindValue(position);
    if (!run(shift, error, QStringLiteral("renumbering the images")) || !announce(digestId, entryId, error) ||
        !commit(error))
        return abort();
    succeed();
    return true;
}

bool Library::reorderImages(qint64 entryId, const QVector<qint64> &imageIds, QString *error)
{
    if (!begin(error))
        return false;
    auto abort = [this] {
        rollback();
        return false;
    };
    QSqlQuery &list = prepared(QStringLiteral("SELECT i.id, e.digest_id FROM entries e LEFT JOIN "
                                              "entry_images i ON i.entry_id = e.id WHERE e.id = ?"));
    list.addBindValue(entryId);
    if (!run(list, error, QStringLiteral("reading the images")))
        return abort();
    QVector<qint64> current;
    qint64 digestId = 0;
    while (list.next()) {
        digestId = list.value(1).toLongLong();
        if (!list.value(0).isNull())
            current.append(list.value(0).toLongLong());
    }
    list.finish();
    if (digestId == 0) {
        fail(error, Kind::NotFound,
             QStringLiteral("There is no entry ") + QString::number(entryId) + QStringLiteral(" in ") +
                 m_location.displayName() + QLatin1Char('.'));
        return abort();
    }
    QVector<qint64> sortedCurrent = current;
    QVector<qint64> sortedNew = imageIds;
    std::sort(sortedCurrent.begin(), sortedCurrent.end());
    std::sort(sortedNew.begin(), sortedNew.end());
    if (sortedCurrent != sortedNew) {
        fail(error, Kind::InvalidArgument,
             QStringLiteral("The new image order must list every image of entry ") +
                 QString::number(entryId) + QStringLiteral(" exactly once."));
        return abort();
    }
    QSqlQuery &update = prepared(QStringLiteral("UPDATE entry_images SET position = ? WHERE id = ?"));
    for (int i = 0; i < imageIds.size(); ++i) {
        update.addBindValue(i + 1);
        update.addBindValue(imageIds.at(i));
        if (!run(update, error, QStringLiteral("reordering the images")))
            return abort();
    }
    if (!announce(digestId, entryId, error) || !commit(error))
        return abort();
    succeed();
    return true;
}

bool Library::checkIntegrity(QString *error)
{
    QSqlQuery query(m_db);
    if (!m_location.isSQLite()) {
        if (!query.exec(QStringLiteral("SELECT 1")))
            return fail(error, Kind::Database,
                        QStringLiteral("Library ") + m_location.displayName() + QStringLiteral(": ") +
                            describe(query.lastError()));
        succeed();
        return true;
    }
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return fail(error, classifySqlite(query.lastError()),
                    QStringLiteral("Library ") + m_location.displayName() + QStringLiteral(": ") +
                        describe(query.lastError()));
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!problems.isEmpty())
        return fail(error, Kind::Corrupt,
                    QStringLiteral("Library ") + m_location.displayName() + QStringLiteral(" is damaged: ") +
                        problems.join(QStringLiteral("; ")));
    succeed();
    return true;
}

} // namespace DigestStudio
