#include "storage/librarylocation.h"

#include "util/secrettext.h"

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
    const QString text = location.trimmed();
    // `postgres:` and `postgresql:` in any case select PostgreSQL, also written wrongly (one slash, none):
    // such a text is never a file path, which would be created and printed with the password.
    static const QRegularExpression postgres(QStringLiteral("^postgres(?:ql)?:"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (!postgres.match(text).hasMatch())
        return parseOther(location);
    l.m_backend = Backend::PostgreSQL;
    l.m_display = SecretText::url(text, {QStringLiteral("schema")});
    static const QRegularExpression slashes(QStringLiteral("^[A-Za-z]+://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!slashes.match(text).hasMatch() || !url.isValid() || url.host().isEmpty()) {
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
    const int queryAt = static_cast<int>(text.indexOf(QLatin1Char('?')));
    if (!l.readOptions(url, queryAt >= 0 && text.lastIndexOf(QLatin1Char('@')) > queryAt))
        return l;
    l.m_valid = true;
    return l;
}

LibraryLocation LibraryLocation::parseOther(const QString &location)
{
    LibraryLocation l;
    l.m_backend = Backend::SQLite;
    l.m_display = location;
    const QString text = location.trimmed();
    if (text.isEmpty()) {
        l.m_problem = QStringLiteral("no library location given");
        return l;
    }
    // libpq's `host=... password=...` form: shown with its password masked, and refused.
    static const QRegularExpression keywords(
        QStringLiteral("(?:^|\\s)(?:host|hostaddr|port|dbname|user|password|passfile|sslmode|service)\\s*="));
    if (keywords.match(text).hasMatch()) {
        static const QRegularExpression password(
            QStringLiteral("(password\\s*=\\s*)(?:'(?:[^'\\\\]|\\\\.)*'?|\\S*)"),
            QRegularExpression::CaseInsensitiveOption);
        l.m_display = QString(text).replace(password, QStringLiteral("\\1…"));
        l.m_problem = QStringLiteral("this looks like a libpq connection string; write the library as "
                                     "postgresql://user:password@host:port/database");
        return l;
    }
    if (text.contains(QLatin1String("://"))) {
        const QUrl url(text);
        if (url.isLocalFile()) {
            l.m_filePath = QDir::cleanPath(url.toLocalFile());
            l.m_valid = true;
            return l;
        }
        if (SecretText::schemeEnd(text) > 0) {
            l.m_display = SecretText::url(text);
            l.m_problem = QStringLiteral("not a library location: a library is a SQLite file path or a "
                                         "postgresql:// URL");
            return l;
        }
    }
    l.m_filePath = QDir::cleanPath(QDir::current().absoluteFilePath(location));
    l.m_valid = true;
    return l;
}

bool LibraryLocation::readOptions(const QUrl &url, bool ambiguous)
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
        const QString named =
            !ambiguous && keyword.match(key).hasMatch() ? key : QStringLiteral("with an unexpected name");
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
        // Not echoed: `?schema=team?password=...` (a '?' for a '&') holds the password in the schema's value.
        m_problem = QStringLiteral("the schema name is not a plain identifier (letters, digits, _)");
        return false;
    }
    m_options = options.join(QLatin1Char(';'));
    return true;
}

} // namespace DigestStudio
