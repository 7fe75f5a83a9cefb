// An incremental parser of server-sent events (the WHATWG event-stream format): bytes in, whole events out,
// whatever the packet boundaries (a line, a JSON object or a UTF-8 character split across packets).
#pragma once

#include <QByteArray>
#include <QVector>

namespace DigestStudio {

struct SseEvent
{
    QByteArray event; // the `event:` field; empty for the default `message`
    QByteArray data;  // the `data:` lines joined by LF, still UTF-8 bytes
};

class SseParser final
{
public:
    // Feeds the next bytes and appends every event completed by them to `events`.
    void feed(const QByteArray &bytes, QVector<SseEvent> *events);
    // The stream ended: an event not closed by a blank line is still delivered (lenient servers end on
    // `data: [DONE]\n`).
    void finish(QVector<SseEvent> *events);
    // Bytes fed so far.
    qint64 bytesFed() const { return m_fed; }

private:
    void line(const char *begin, qint64 length, QVector<SseEvent> *events);
    void dispatch(QVector<SseEvent> *events);

    QByteArray m_partial; // an unfinished line
    SseEvent m_event;
    bool m_hasData = false;
    bool m_afterCr = false; // the last byte was CR: an LF that follows belongs to it
    bool m_started = false; // past a leading byte order mark
    qint64 m_fed = 0;
};

} // namespace DigestStudio
