// Changes on a PostgreSQL library: NOTIFY on a channel per schema, sent inside the writing transaction (so
// delivered on commit) and heard through the driver's LISTEN.
#pragma once

#include "storage/changewatcher.h"

#include <QVariant>

namespace DigestStudio {

class LibraryConnection;

class PostgreSqlChangeWatcher final : public ChangeWatcher
{
    Q_OBJECT

public:
    explicit PostgreSqlChangeWatcher(LibraryConnection &connection);
    ~PostgreSqlChangeWatcher() override;

    bool start(LibraryError *error) override;
    bool announce(qint64 digestId, qint64 entryId, LibraryError *error) override;
    bool carriesPresence() const override { return true; }
    bool sendPresence(const QByteArray &payload, LibraryError *error) override;

private:
    void onNotification(const QString &name, int source, const QVariant &payload);

    LibraryConnection &m_connection;
    QString m_channel;
    QString m_presenceChannel;
    bool m_subscribed = false;
};

} // namespace DigestStudio
