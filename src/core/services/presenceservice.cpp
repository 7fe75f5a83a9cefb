#include "services/presenceservice.h"

#include "storage/library.h"
#include "storage/teamstore.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace DigestStudio {

namespace {

// An answer to someone's Ask goes out at most this often, so that a storm of askers costs a beat or two.
const qint64 AnswerSpacingMs = 250;

bool samePlace(const PresenceBeat &a, const PresenceBeat &b)
{
    return a.displayName == b.displayName && a.digestId == b.digestId && a.entryId == b.entryId &&
           a.position == b.position && a.field == b.field && a.typing == b.typing;
}

} // namespace

PresenceService::PresenceService(Library &library, const QString &displayName, int beatMs, int missedBeats,
                                 QObject *parent)
    : QObject(parent)
    , m_library(&library)
    , m_beatMs(qMax(100, beatMs))
    , m_missedBeats(qMax(2, missedBeats))
    , m_beatTimer(new QTimer(this))
    , m_sweepTimer(new QTimer(this))
    , m_typingTimer(new QTimer(this))
{
    m_clock.start();
    m_self.session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_self.person = library.person();
    m_self.displayName = displayName.trimmed();
    if (m_self.displayName.isEmpty() && isAvailable()) {
        LibraryError ignored;
        m_self.displayName = library.team().displayName(m_self.person, &ignored);
    }
    if (m_self.displayName.isEmpty())
        m_self.displayName = m_self.person;
    m_beatTimer->setInterval(m_beatMs);
    connect(m_beatTimer, &QTimer::timeout, this, &PresenceService::beat);
    m_sweepTimer->setInterval(qMax(50, m_beatMs / 5));
    connect(m_sweepTimer, &QTimer::timeout, this, &PresenceService::sweep);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(TypingMs);
    connect(m_typingTimer, &QTimer::timeout, this, &PresenceService::stopTypingWhenIdle);
}

PresenceService::~PresenceService()
{
    leave();
}

bool PresenceService::isAvailable() const
{
    return m_library && m_library->sharesPresence();
}

void PresenceService::start(bool present)
{
    if (!isAvailable())
        return;
    if (!m_listening) {
        m_listening = true;
        connect(m_library.data(), &Library::presenceHeard, this, &PresenceService::hear);
        m_sweepTimer->start();
    }
    if (present && !m_present) {
        m_present = true;
        m_beatTimer->start();
        beat();
    }
    send(PresenceBeat::Kind::Ask);
}

void PresenceService::setPlace(qint64 digestId, qint64 entryId, int position)
{
    if (entryId <= 0 || position <= 0 || digestId <= 0) {
        entryId = 0;
        position = 0;
    }
    digestId = qMax<qint64>(0, digestId);
    if (m_self.digestId == digestId && m_self.entryId == entryId && m_self.position == position)
        return;
    m_self.digestId = digestId;
    m_self.entryId = entryId;
    m_self.position = qMin(position, PresenceBeat::MaxPosition);
    m_self.typing = false;
    if (entryId == 0)
        m_self.field.reset();
    beat();
}

void PresenceService::setField(std::optional<DigestEntry::Field> field)
{
    if (m_self.entryId == 0)
        field.reset();
    if (m_self.field == field)
        return;
    m_self.field = field;
    m_self.typing = false;
    beat();
}

void PresenceService::noteTyping(DigestEntry::Field field)
{
    if (m_self.entryId == 0)
        return;
    m_typingTimer->start();
    if (m_self.typing && m_self.field == field)
        return;
    m_self.field = field;
    m_self.typing = true;
    beat();
}

void PresenceService::leave()
{
    if (!m_present)
        return;
    send(PresenceBeat::Kind::Leave);
    m_present = false;
    m_beatTimer->stop();
}

QVector<PresenceService::Peer> PresenceService::peers(qint64 digestId) const
{
    QVector<Peer> out;
    const qint64 now = m_clock.elapsed();
    for (const Peer &peer : m_peers) {
        if (now - peer.heardAtMs <= timeoutMs() && (digestId == 0 || peer.beat.digestId == digestId))
            out.append(peer);
    }
    std::sort(out.begin(), out.end(), [](const Peer &a, const Peer &b) {
        return a.beat.displayName.localeAwareCompare(b.beat.displayName) < 0 ||
               (a.beat.displayName == b.beat.displayName && a.beat.session < b.beat.session);
    });
    return out;
}

QVector<PresenceService::Peer> PresenceService::typingIn(qint64 entryId, DigestEntry::Field field) const
{
    QVector<Peer> out;
    for (const Peer &peer : peers()) {
        if (peer.beat.typing && peer.beat.entryId == entryId && peer.beat.field == field)
            out.append(peer);
    }
    return out;
}

void PresenceService::hear(const QByteArray &payload)
{
    PresenceBeat heard;
    if (!PresenceBeat::parse(payload, &heard) || heard.session == m_self.session)
        return;
    const qint64 now = m_clock.elapsed();
    if (heard.kind == PresenceBeat::Kind::Ask) {
        if (m_present && now - m_lastAnswerMs >= AnswerSpacingMs) {
            m_lastAnswerMs = now;
            beat();
        }
        return;
    }
    const auto found = std::find_if(m_peers.begin(), m_peers.end(), [&heard](const Peer &peer) {
        return peer.beat.session == heard.session;
    });
    if (heard.kind == PresenceBeat::Kind::Leave) {
        if (found != m_peers.end()) {
            m_peers.erase(found);
            Q_EMIT peersChanged();
        }
        return;
    }
    if (found == m_peers.end()) {
        if (m_peers.size() >= MaxPeers)
            return;
        m_peers.append(Peer{heard, now});
        Q_EMIT peersChanged();
        return;
    }
    const bool moved = !samePlace(found->beat, heard);
    found->beat = heard;
    found->heardAtMs = now;
    if (moved)
        Q_EMIT peersChanged();
}

void PresenceService::send(PresenceBeat::Kind kind)
{
    if (!isAvailable())
        return;
    PresenceBeat message = m_self;
    message.kind = kind;
    LibraryError error;
    if (m_library->sendPresence(message.toPayload(), &error))
        m_lastError.clear();
    else
        m_lastError = error.message;
}

void PresenceService::beat()
{
    if (m_present)
        send(PresenceBeat::Kind::Beat);
}

void PresenceService::sweep()
{
    const qint64 now = m_clock.elapsed();
    const auto stale = [this, now](const Peer &peer) { return now - peer.heardAtMs > timeoutMs(); };
    const auto gone = std::remove_if(m_peers.begin(), m_peers.end(), stale);
    if (gone == m_peers.end())
        return;
    m_peers.erase(gone, m_peers.end());
    Q_EMIT peersChanged();
}

void PresenceService::stopTypingWhenIdle()
{
    if (!m_self.typing)
        return;
    m_self.typing = false;
    beat();
}

} // namespace DigestStudio
