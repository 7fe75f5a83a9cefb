// Reads the Chinese fields out of a draft still streaming in: the JSON object the model is writing, cut
// anywhere, or plain text (shown as the summary). Tolerant by design: it shows what has arrived so far; the
// finished answer is parsed strictly by the drafting core. Incremental: feed() reads only the new text, so a
// long stream costs time in proportion to its length, not to its length squared.
#pragma once

#include "drafting/draftfields.h"

#include <QString>

namespace DigestStudio {

class StreamedDraft final
{
public:
    // The fields of `textSoFar` read at once (the same as one feed() of it).
    static DraftFields read(const QString &textSoFar);

    // What one feed() changed: the text added to each field, or, with `startOver`, the fields anew (prose
    // that turned out to hold the object: a key arrived after other text, and the summary starts over).
    struct Change
    {
        DraftFields added;
        bool startOver = false;
        bool isEmpty() const { return !startOver && added.isEmpty(); }
    };

    // The next text of the answer; reads only it.
    Change feed(const QString &more);
    // The fields so far.
    DraftFields fields() const;

private:
    enum class State { Start, Fence, Outside, InString, AfterKey, InValue };

    void takeProse(QChar c);
    void take(QChar c);
    // An escape inside a string, once it has arrived whole (`m_pending`).
    void takeEscape();
    void put(QChar c);
    void endString();

    State m_state = State::Start;
    bool m_json = false;   // the text began as an object or a code fence: never prose
    bool m_sawKey = false; // a field's key arrived: the prose rule no longer applies
    int m_backticks = 0;   // of a code fence's opening
    int m_target = -1;     // the field a value goes to (0 title, 1 short title, 2 summary), -1 none
    bool m_seen[3] = {false, false, false};
    QString m_pending; // an escape waiting for the rest of it
    QString m_key;     // the string being read outside a value (a key), up to a few characters
    bool m_keyTooLong = false;
    QString m_prose;     // the text after the leading white space, without the trailing white space
    QString m_proseTail; // white space after m_prose, shown once more text follows it
    DraftFields m_fields;
    DraftFields m_added; // during feed()
};

} // namespace DigestStudio
