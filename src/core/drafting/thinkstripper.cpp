#include "drafting/thinkstripper.h"

#include <utility>

namespace DigestStudio {

namespace {

const QLatin1String openTag("<think>");
const QLatin1String closeTag("</think>");

} // namespace

QString ThinkStripper::feed(const QString &piece)
{
    switch (m_state) {
    case State::Passing:
        return piece;
    case State::Start: {
        m_held += piece;
        const int first = [this] {
            int i = 0;
            while (i < m_held.size() && m_held.at(i).isSpace())
                ++i;
            return i;
        }();
        const QString rest = m_held.mid(first);
        if (rest.size() < openTag.size() && QString(openTag).startsWith(rest))
            return QString(); // still might become `<think>`
        if (!rest.startsWith(openTag)) {
            m_state = State::Passing;
            return std::exchange(m_held, QString());
        }
        m_state = State::Thinking;
        m_held = rest.mid(openTag.size());
        return feed(QString());
    }
    case State::Thinking: {
        m_held += piece;
        const int end = m_held.indexOf(closeTag);
        if (end < 0) {
            // Keep only what could still hold the start of `</think>`.
            if (m_held.size() > closeTag.size())
                m_held = m_held.right(closeTag.size());
            return QString();
        }
        const QString after = m_held.mid(end + closeTag.size());
        m_held.clear();
        m_state = State::AfterThink;
        return feed(after);
    }
    case State::AfterThink: {
        // White space between the think block and the answer is not part of the answer.
        int i = 0;
        while (i < piece.size() && piece.at(i).isSpace())
            ++i;
        if (i == piece.size())
            return QString();
        m_state = State::Passing;
        return piece.mid(i);
    }
    }
    return QString();
}

QString ThinkStripper::finish()
{
    if (m_state == State::Start) {
        m_state = State::Passing;
        return std::exchange(m_held, QString());
    }
    return QString();
}

QString ThinkStripper::strip(const QString &text)
{
    ThinkStripper stripper;
    QString visible = stripper.feed(text);
    visible += stripper.finish();
    return visible;
}

} // namespace DigestStudio
