// The user-facing names of an entry's fields, translated: one place for the editor, undo texts, dialogs and
// docks.
#pragma once

#include "model/digestentry.h"

#include <QCoreApplication>
#include <QString>

namespace DigestStudio {

class FieldLabels final
{
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)

public:
    // "Chinese summary", for headings and lists.
    static QString title(DigestEntry::Field field);
    // "Chinese summary" / "abstract", to stand inside a sentence ("Edit %1 of paper %2").
    static QString inSentence(DigestEntry::Field field);
};

} // namespace DigestStudio
