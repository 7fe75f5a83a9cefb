// Removes a leading `<think>…</think>` block from a streamed answer, also when the tags are split across
// chunks, so a reasoning model's thinking never shows as text.
#pragma once

#include <QString>

namespace DigestStudio {

class ThinkStripper final
{
public:
    // Feeds the next piece of the answer; returns the visible text it adds.
    QString feed(const QString &piece);
    // The answer ended: text held back because it might have begun `<think>` is visible after all.
    QString finish();
    // Whether the answer is still inside its think block.
    bool thinking() const { return m_state == State::Thinking; }
    // Strips a leading think block from a whole text.
    static QString strip(const QString &text);

private:
    enum class State { Start, Thinking, AfterThink, Passing };
    State m_state = State::Start;
    QString m_held;
};

} // namespace DigestStudio
