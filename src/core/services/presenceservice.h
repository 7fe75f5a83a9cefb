// Presence on a shared library: sends this session's heartbeat (digest, entry, field, typing) every few
// seconds over the library's presence channel, hears the others', and keeps the table of who is where; a
// person whose beats stop (a crash, a lost network) is dropped after a few missed beats.
#pragma once

#include "model/presencebeat.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QVector>

class QTimer;

namespace DigestStudio {

class Library;

class PresenceService final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultBeatMs = 5000;
    static constexpr int DefaultMissedBeats = 3; // 15 s of silence: gone, well within 30 s of a crash
    static constexpr int TypingMs = 3000;        // typing until this long after the last keystroke
    static constexpr int MaxPeers = 64;          // more sessions than a team has; later ones are not kept

    struct Peer
    {
        PresenceBeat beat;    // the last one heard
        qint64 heardAtMs = 0; // on this session's clock
    };

    // Uses `library` (not owned; gone first, nothing is sent). `displayName` is what the others show (empty:
    // the person's display name in the library, else the role).
    explicit PresenceService(Library &library, const QString &displayName = QString(),
                             int beatMs = DefaultBeatMs, int missedBeats = DefaultMissedBeats,
                             QObject *parent = nullptr);
    ~PresenceService() override; // says "leave" when it was present

    // False on a library without presence (SQLite): then nothing is sent or heard.
    bool isAvailable() const;
    QString session() const { return m_self.session; }
    QString person() const { return m_self.person; }
    QString displayName() const { return m_self.displayName; }

    // Starts hearing the others, and asks them to beat at once (so that a newcomer knows them within a round
    // trip, not a period). With `present` it also beats itself; without, it only listens (digestctl team
    // who).
    void start(bool present);
    // Where this session is: the open digest (0: none), entry (0: none) and its 1-based position, and the
    // field with the keyboard focus (none: std::nullopt). A change is sent at once.
    void setPlace(qint64 digestId, qint64 entryId, int position);
    void setField(std::optional<DigestEntry::Field> field);
    // A keystroke in `field`: typing for the next TypingMs; the start of typing is sent at once.
    void noteTyping(DigestEntry::Field field);
    // Says "leave" and stops beating (a clean close); hearing goes on.
    void leave();

    // The others heard within the timeout, by display name; those in `digestId` only with a digest id.
    QVector<Peer> peers(qint64 digestId = 0) const;
    // The others typing in `field` of `entryId` now.
    QVector<Peer> typingIn(qint64 entryId, DigestEntry::Field field) const;
    // The last error sending a beat (empty when the last one went).
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // Someone came, went, moved, or started or stopped typing.
    void peersChanged();

private:
    void hear(const QByteArray &payload);
    void send(PresenceBeat::Kind kind);
    void beat();
    void sweep();
    void stopTypingWhenIdle();
    qint64 timeoutMs() const { return static_cast<qint64>(m_beatMs) * m_missedBeats; }

    QPointer<Library> m_library; // a window may outlive its library by a moment while it closes
    PresenceBeat m_self;
    int m_beatMs;
    int m_missedBeats;
    bool m_present = false;
    bool m_listening = false;
    QVector<Peer> m_peers;
    QElapsedTimer m_clock;
    qint64 m_lastKeyMs = 0;
    qint64 m_lastAnswerMs = -1000000;
    QTimer *m_beatTimer;
    QTimer *m_sweepTimer;
    QTimer *m_typingTimer;
    QString m_lastError;
};

} // namespace DigestStudio
