// One presence message between the people of a shared library: who has which digest, entry and field open and
// whether they are typing; written and read here only, so that others' bytes are parsed in one bounded place.
#pragma once

#include "model/digestentry.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace DigestStudio {

struct PresenceBeat
{
    enum class Kind {
        Beat,  // I am here (sent every few seconds, and at once when the place or typing changes)
        Leave, // I closed cleanly: forget me now
        Ask,   // someone who just started listening asks everyone to beat now
    };

    // NOTIFY payloads may be 8000 bytes; ours stay far below, and longer ones are refused unread.
    static constexpr int MaxPayloadBytes = 1024;
    static constexpr int MaxSessionChars = 64;
    static constexpr int MaxNameChars = 80; // person and display name; longer ones are cut when sent
    static constexpr int MaxPosition = 100000;

    Kind kind = Kind::Beat;
    QString session; // one per process: two windows of one person are two sessions
    QString person;  // the database role
    QString displayName;
    qint64 digestId = 0; // 0: no digest open
    qint64 entryId = 0;  // 0: no entry open
    int position = 0;    // 1-based position of the entry when sent; 0 with no entry
    std::optional<DigestEntry::Field> field;
    bool typing = false; // typing in `field` right now

    bool operator==(const PresenceBeat &other) const;
    bool operator!=(const PresenceBeat &other) const { return !(*this == other); }

    // Compact JSON, at most MaxPayloadBytes (names are cut to MaxNameChars).
    QByteArray toPayload() const;
    // Reads a payload from the wire: false and `problem` (what is wrong) for anything that is not a
    // well-formed message of this version within the bounds above; `beat` is untouched then.
    static bool parse(const QByteArray &payload, PresenceBeat *beat, QString *problem = nullptr);
};

} // namespace DigestStudio
