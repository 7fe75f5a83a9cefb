// One pre-flight finding: its severity, where it is (entry, field, text range), what is wrong, and a safe
// fix.
#pragma once

#include "model/digestentry.h"

#include <QJsonObject>
#include <QString>

namespace DigestStudio {

struct Finding
{
    enum class Severity { Info, Warning, Error };

    QString rule; // the rule's id, e.g. `ascii-punctuation`
    Severity severity = Severity::Warning;
    int entry = -1; // 0-based entry index; -1 for the digest as a whole
    bool hasField = false;
    DigestEntry::Field field = DigestEntry::Field::ZhSummary;
    int start = 0;  // range in the field's text (UTF-16 code units)
    int length = 0; // 0: the field as a whole
    QString message;
    // A fix that is safe to apply without asking: replace [start, start + length) by `replacement`, provided
    // the range still holds `original`.
    bool hasFix = false;
    QString original;
    QString replacement;

    static QString severityName(Severity severity);
    // `rule`, `severity`, `entry` (1-based position, 0 for the digest), `field`, `start`, `length`,
    // `message`, and `fix` {`original`, `replacement`} when there is one.
    QJsonObject toJson() const;
    // `ERROR 3 zh_summary 12+1: message` (position 1-based; `-` for the digest).
    QString toText() const;

    // Applies the fix to `entry` when the range still holds the original text. False otherwise (nothing
    // changes).
    bool applyFix(DigestEntry *target) const;
};

} // namespace DigestStudio
