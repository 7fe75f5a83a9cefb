// Test connection for the drafting settings: drafts one short sample paper with the settings given, through
// the DraftingService, and says in words whether the provider answered (the settings dialog calls it; it
// never owns a network reply).
#pragma once

#include "drafting/draftsettings.h"

#include <QObject>

class QNetworkAccessManager;

namespace DigestStudio {

class DraftingService;

class ConnectionTest final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(QNetworkAccessManager *network, QObject *parent = nullptr); // network not owned
    ~ConnectionTest() override;

    // Starts a test with these settings (a test still running is cancelled first).
    void start(const DraftSettings &settings);
    void cancel();
    bool isRunning() const { return m_ticket != 0; }

Q_SIGNALS:
    // `message` says what answered or what failed; it never holds the key.
    void finished(bool ok, const QString &message);

private:
    DraftingService *m_service;
    int m_ticket = 0;
};

} // namespace DigestStudio
