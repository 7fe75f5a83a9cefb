#include "storage/librarylocation.h"

#include <QDir>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace DigestStudio {

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
        l.m_display = location;
        l.m_valid = true;
        return l;
    }

    l.m_backend = Backend::PostgreSQL;
    const QUrl url(location, QUrl::StrictMode);
    // Never echo a password, not even of a malformed URL.
    l.m_display = url.isValid() ? url.toString(QUrl::RemovePassword)
                                : QString(location).replace(QRegularExpression(QStringLiteral(":[^:@/]*@")),
                                                            QStringLiteral("@"));
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
    QStringList options;
    bool hasTimeout = false;
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("schema")) {
            l.m_schema = item.second;
            continue;
        }
        if (item.first.contains(QLatin1Char(';')) || item.second.contains(QLatin1Char(';'))) {
            l.m_problem = QStringLiteral("the URL's option ") + item.first + QStringLiteral(" contains ';'");
            return l;
        }
        hasTimeout = hasTimeout || item.first == QLatin1String("connect_timeout");
        options.append(item.first + QLatin1Char('=') + item.second);
    }
    // An unreachable server should fail in seconds, not after the system's TCP timeout.
    if (!hasTimeout)
        options.append(QStringLiteral("connect_timeout=5"));
    l.m_options = options.join(QLatin1Char(';'));
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (!l.m_schema.isEmpty() && !identifier.match(l.m_schema).hasMatch()) {
        l.m_problem = QStringLiteral("the schema name '") + l.m_schema +
                      QStringLiteral("' is not a plain identifier (letters, digits, _)");
        return l;
    }
    l.m_valid = true;
    return l;
}

} // namespace DigestStudio
