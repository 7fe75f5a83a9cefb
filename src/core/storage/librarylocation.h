// Where a library lives: a SQLite file path or a postgresql:// URL, parsed once for Library and its messages.
#pragma once

#include <QString>

class QUrl;

namespace DigestStudio {

class LibraryLocation final
{
public:
    enum class Backend { SQLite, PostgreSQL };

    // `postgresql://user:password@host:port/db[?schema=name&sslmode=...]` (or `postgres://`) selects
    // PostgreSQL; anything else is a SQLite file path. A malformed URL leaves isValid() false.
    static LibraryLocation parse(const QString &location);

    bool isValid() const { return m_valid; }
    QString problem() const { return m_problem; } // why it is not valid
    Backend backend() const { return m_backend; }
    bool isSQLite() const { return m_backend == Backend::SQLite; }

    // What messages show: the file path, or scheme, user, host, port, database and schema of the URL; never
    // the password, wherever the URL holds it (even when the URL is malformed).
    QString displayName() const { return m_display; }

    // SQLite
    QString filePath() const { return m_filePath; }

    // PostgreSQL
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_database; }
    // The schema the tables live in (`?schema=`); empty means the server's default search path.
    QString schema() const { return m_schema; }
    // libpq options from the URL's query (sslmode, connect_timeout, ...), `;`-separated for QPSQL.
    QString connectOptions() const { return m_options; }

private:
    // A location that is no postgres URL: a SQLite path (or file:// URL); another URL or a libpq
    // `key=value` string is refused.
    static LibraryLocation parseOther(const QString &location);
    // The URL's query: `schema`, `password` and the known libpq options; false with m_problem otherwise.
    // `ambiguous`: the text has an '@' after its query began, so what reads as the query may be part of a
    // password (the user information ends at the last '@'): no option's name is echoed then.
    bool readOptions(const QUrl &url, bool ambiguous);

    bool m_valid = false;
    QString m_problem;
    Backend m_backend = Backend::SQLite;
    QString m_display;
    QString m_filePath;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_database;
    QString m_schema;
    QString m_options;
};

} // namespace DigestStudio
