#include "drafting/sseparser.h"

#include <cstring>

namespace DigestStudio {

void SseParser::feed(const QByteArray &bytes, QVector<SseEvent> *events)
{
    m_fed += bytes.size();
    const char *p = bytes.constData();
    const char *end = p + bytes.size();
    if (!m_started) {
        // A UTF-8 byte order mark may start the stream, possibly split across packets.
        static const char bom[] = "\xEF\xBB\xBF";
        while (p < end && m_partial.size() < 3 && static_cast<char>(*p) == bom[m_partial.size()])
            m_partial.append(*p++);
        if (p == end && m_partial.size() < 3)
            return;
        if (m_partial.size() < 3) {
            const QByteArray kept = m_partial; // not a BOM after all: ordinary bytes
            m_partial.clear();
            m_started = true;
            feed(kept, events);
            m_fed -= kept.size();
        } else {
            m_partial.clear();
            m_started = true;
        }
    }
    // An empty packet changes nothing: a CR that ended the last one still pairs with an LF in the next.
    if (p == end)
        return;
    if (m_afterCr && *p == '\n')
        ++p;
    m_afterCr = false;
    while (p < end) {
        const char *stop = p;
        while (stop < end && *stop != '\n' && *stop != '\r')
            ++stop;
        if (stop == end) {
            m_partial.append(p, static_cast<int>(end - p));
            return;
        }
        if (m_partial.isEmpty()) {
            line(p, stop - p, events);
        } else {
            m_partial.append(p, static_cast<int>(stop - p));
            const QByteArray whole = m_partial;
            m_partial.clear();
            line(whole.constData(), whole.size(), events);
        }
        if (*stop == '\r') {
            if (stop + 1 == end)
                m_afterCr = true;
            else if (stop[1] == '\n')
                ++stop;
        }
        p = stop + 1;
    }
}

void SseParser::finish(QVector<SseEvent> *events)
{
    if (!m_partial.isEmpty()) {
        const QByteArray whole = m_partial;
        m_partial.clear();
        line(whole.constData(), whole.size(), events);
    }
    m_partial.clear();
    dispatch(events);
}

void SseParser::line(const char *begin, qint64 length, QVector<SseEvent> *events)
{
    if (length == 0) {
        dispatch(events);
        return;
    }
    if (*begin == ':') // a comment (keep-alive, `: OPENROUTER PROCESSING`)
        return;
    const char *colon = static_cast<const char *>(std::memchr(begin, ':', static_cast<size_t>(length)));
    const qint64 nameLength = colon ? colon - begin : length;
    const char *value = colon ? colon + 1 : begin + length;
    const char *end = begin + length;
    if (value < end && *value == ' ')
        ++value;
    const int valueLength = static_cast<int>(end - value);
    if (nameLength == 4 && std::memcmp(begin, "data", 4) == 0) {
        if (m_hasData)
            m_event.data.append('\n');
        m_event.data.append(value, valueLength);
        m_hasData = true;
    } else if (nameLength == 5 && std::memcmp(begin, "event", 5) == 0) {
        m_event.event = QByteArray(value, valueLength);
    }
    // `id` and `retry` do not matter for a single request; unknown fields are ignored, as the format says.
}

void SseParser::dispatch(QVector<SseEvent> *events)
{
    if (m_hasData)
        events->append(m_event);
    m_event = SseEvent();
    m_hasData = false;
}

} // namespace DigestStudio
