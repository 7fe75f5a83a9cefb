// What the window says of the others present (names from the wire, shown as plain text): one person's line
// ("王芳 is typing in the Chinese summary"), the paper list's marker and its tooltip, the conflict warning.
#pragma once

#include "model/presencebeat.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace DigestStudio {

class PresenceText final
{
    Q_DECLARE_TR_FUNCTIONS(PresenceText)

public:
    // The first letters of the first two words of a Latin name ("Li Lei" -> "LL"), the first character of any
    // other ("王芳" -> "王"): how the paper list shows people (its Team and Here columns).
    static QString initials(const QString &name);
    // The display name, else the role.
    static QString nameOf(const PresenceBeat &beat);
    // "王芳 is typing in the Chinese summary", "王芳 is in the Chinese title", "王芳 has this paper open".
    static QString describe(const PresenceBeat &beat);
    // The paper list's marker: each person's initials once, "✎" after those typing ("王✎ LL").
    static QString marker(const QVector<PresenceBeat> &here);
    // The warning shown while this person is in a field others are typing in.
    static QString conflictWarning(const QVector<PresenceBeat> &typing, DigestEntry::Field field);
};

} // namespace DigestStudio
