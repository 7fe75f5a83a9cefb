#include "storage/librarylocation.h"

#include <QDir>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace DigestStudio {

namespace {

// The libpq connection options a library URL may carry (besides our own `schema` and `password`). Anything
// else is refused: an unknown keyword such as `hostaddr` could send the password to another server.
const QStringList &knownOptions()
{
    static const QStringList options{QStringLiteral("sslmode"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("sslcrl"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"),
                                     QStringLiteral("target_session_attrs"),
                                     QStringLiteral("keepalives"),
                                     QStringLiteral("keepalives_idle"),
                                     QStringLiteral("keepalives_interval"),
                                     QStringLiteral("keepalives_count"),
                                     QStringLiteral("gssencmode"),
                                     QStringLiteral("channel_binding")};
    return options;
}

// What a message may show of a postgresql:// location: scheme, user, host, port, database and schema,
// built from the text itself so that neither a malformed URL nor a `?password=` can leak the password. The
// user information ends at the last '@' (a password may hold '@', ':' or '/'); the user name at its first
// ':'.
QString redacted(const QString &location)
{
    const int schemeEnd = location.indexOf(QLatin1String("://"));
    QString rest = location.mid(schemeEnd + 3);
    const int query = rest.indexOf(QLatin1Char('?'));
    QString schema;
    if (query >= 0) {
        const QUrlQuery items(rest.mid(query + 1));
        schema = items.queryItemValue(QStringLiteral("schema"), QUrl::FullyDecoded);
        rest.truncate(query);
    }
    const int at = rest.lastIndexOf(QLatin1Char('@'));
    QString shown = location.left(schemeEnd + 3);
    if (at >= 0)
        shown += rest.left(at).section(QLatin1Char(':'), 0, 0) + QLatin1Char('@');
    shown += rest.mid(at + 1);
    static const QRegularExpression plainIdentifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (plainIdentifier.match(schema).hasMatch())
        shown += QStringLiteral("?schema=") + schema;
    return shown;
}

// A value libpq's `key=value` syntax would read as more than one value: white space, quotes, backslashes,
// ';'.
bool isPlainValue(const QString &value)
{
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('\\') ||
            c == QLatin1Char(';') || c.unicode() < 0x20)
            return false;
    }
    return true;
}

} // namespace

LibraryLocation LibraryLocation::parse(const QString &location)
{
    LibraryLocation l;
    const bool isPg = location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
                      location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
    if (!isPg) {
        l.m_backend = Backend::SQLite;
        l.m_display = location;
        if (location.trimmed().isEmpty()) {
            l.m_problem = QStringLiteral("no library location given");
            return l;
        }
        l.m_filePath = QDir::cleanPath(QDir::current().absoluteFilePath(location));
        l.m_valid = true;
        return l;
    }
    l.m_backend = Backend::PostgreSQL;
    l.m_display = redacted(location);
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        l.m_problem = QStringLiteral("not a postgresql://user:password@host:port/database URL");
        return l;
    }
    l.m_host = url.host();
    l.m_port = url.port(5432);
    l.m_user = url.userName();
    l.m_password = url.password();
    l.m_database = url.path();
    if (l.m_database.startsWith(QLatin1Char('/')))
        l.m_database.remove(0, 1);
    if (l.m_database.isEmpty() || l.m_database.contains(QLatin1Char('/'))) {
        l.m_problem =
            QStringLiteral("the URL names no database (postgresql://user:password@host:port/database)");
        return l;
    }
    if (!l.readOptions(url))
        return l;
    l.m_valid = true;
    return l;
}

bool LibraryLocation::readOptions(const QUrl &url)
{
    QStringList options;
    bool hasTimeout = false;
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        const QString &key = item.first;
        if (key == QLatin1String("password")) {
            if (m_password.isEmpty())
                m_password = item.second;
            continue;
        }
        // Only a name that looks like a keyword is echoed: anything else may be pasted secret text.
        static const QRegularExpression keyword(QStringLiteral("^[a-z_]{1,40}$"));
        const QString named = keyword.match(key).hasMatch() ? key : QStringLiteral("with an unexpected name");
        if (!isPlainValue(item.second)) {
            m_problem = QStringLiteral("the URL's option ") + named +
                        QStringLiteral(" has a value with white space, a quote, a backslash or ';'");
            return false;
        }
        if (key == QLatin1String("schema")) {
            m_schema = item.second;
            continue;
        }
        if (!knownOptions().contains(key)) {
            m_problem = QStringLiteral("the URL's option ") + named +
                        QStringLiteral(" is not one Digest Studio passes on (known: schema, ") +
                        knownOptions().join(QStringLiteral(", ")) + QLatin1Char(')');
            return false;
        }
        hasTimeout = hasTimeout || key == QLatin1String("connect_timeout");
        options.append(key + QLatin1Char('=') + item.second);
    }
    // An unreachable server should fail in seconds, not after the system's TCP timeout.
    if (!hasTimeout)
        options.append(QStringLiteral("connect_timeout=5"));
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (!m_schema.isEmpty() && !identifier.match(m_schema).hasMatch()) {
        m_problem = QStringLiteral("the schema name '") + m_schema +
                    QStringLiteral("' is not a plain identifier (letters, digits, _)");
        return false;
    }
    m_options = options.join(QLatin1Char(';'));
    return true;
}

} // namespace DigestStudio
