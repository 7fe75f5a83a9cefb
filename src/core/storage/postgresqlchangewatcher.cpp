#include "storage/postgresqlchangewatcher.h"

#include "storage/libraryconnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace DigestStudio {

PostgreSqlChangeWatcher::PostgreSqlChangeWatcher(LibraryConnection &connection)
    : m_connection(connection)
{
    const QString schema = connection.location().schema();
    m_channel = QStringLiteral("digest_studio") + (schema.isEmpty() ? QString() : QLatin1Char('_') + schema);
    m_channel = m_channel.toLower();
    m_presenceChannel = m_channel + QStringLiteral("_presence");
}

PostgreSqlChangeWatcher::~PostgreSqlChangeWatcher()
{
    QSqlDatabase &db = m_connection.database();
    if (m_subscribed && db.isOpen() && db.driver()) {
        db.driver()->unsubscribeFromNotification(m_channel);
        db.driver()->unsubscribeFromNotification(m_presenceChannel);
    }
}

bool PostgreSqlChangeWatcher::start(LibraryError *error)
{
    QSqlDriver *driver = m_connection.database().driver();
    if (!driver->subscribeToNotification(m_channel) || !driver->subscribeToNotification(m_presenceChannel))
        return m_connection.refuseOpen(error, LibraryError::Kind::Database,
                                       QStringLiteral("cannot listen for changes by others (") +
                                           LibraryConnection::describe(driver->lastError()) +
                                           QLatin1Char(')'));
    m_subscribed = true;
    connect(driver,
            QOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>::of(
                &QSqlDriver::notification),
            this,
            [this](const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload) {
                onNotification(channel, static_cast<int>(source), payload);
            });
    return true;
}

bool PostgreSqlChangeWatcher::announce(qint64 digestId, qint64 entryId, LibraryError *error)
{
    QSqlQuery &query = m_connection.prepared(QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(m_channel);
    query.addBindValue(QString(QString::number(digestId) + QLatin1Char(':') + QString::number(entryId)));
    const bool ok = m_connection.run(query, error, QStringLiteral("announcing the change"));
    query.finish();
    return ok;
}

bool PostgreSqlChangeWatcher::sendPresence(const QByteArray &payload, LibraryError *error)
{
    QSqlQuery &query = m_connection.prepared(QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(m_presenceChannel);
    query.addBindValue(QString::fromUtf8(payload));
    const bool ok = m_connection.run(query, error, QStringLiteral("telling the team where you are"));
    query.finish();
    return ok;
}

void PostgreSqlChangeWatcher::onNotification(const QString &name, int source, const QVariant &payload)
{
    if (name == m_presenceChannel && source != static_cast<int>(QSqlDriver::SelfSource)) {
        Q_EMIT presenceHeard(payload.toString().toUtf8());
        return;
    }
    if (name != m_channel || source == static_cast<int>(QSqlDriver::SelfSource))
        return;
    // Payload: `<digest id>:<entry id>` (entry 0: the digest itself).
    const QStringList parts = payload.toString().split(QLatin1Char(':'));
    if (parts.size() != 2)
        return;
    report(parts.at(0).toLongLong(), parts.at(1).toLongLong());
}

} // namespace DigestStudio
