// Reads one server-sent event of an OpenAI-compatible chat-completions stream: the content delta, the
// end marker, the usage chunk and error objects. Reasoning deltas (`reasoning_content`) are ignored.
#pragma once

#include <QByteArray>
#include <QString>

namespace DigestStudio {

struct ChatChunk
{
    QString content;      // the delta's text (or a whole answer's message text)
    bool done = false;    // `[DONE]`
    int totalTokens = -1; // the usage chunk's total_tokens; -1 when the chunk has no usage
    QString finishReason; // `stop`, `length`, …; empty while streaming
    QString error;        // an error object's message; empty when none
    bool invalid = false; // not JSON, or not an object
};

class ChatChunkDecoder final
{
public:
    static ChatChunk decode(const QByteArray &data);
};

} // namespace DigestStudio
