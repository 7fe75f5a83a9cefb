#include "common/presencetext.h"

#include "common/fieldlabels.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace DigestStudio {

QString PresenceText::initials(const QString &name)
{
    const QStringList words =
        name.simplified().split(QRegularExpression(QStringLiteral("[\\s._-]+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QString();
    const QChar first = words.first().at(0);
    if (first.script() != QChar::Script_Latin)
        return QString(first);
    QString out;
    for (int i = 0; i < qMin(2, static_cast<int>(words.size())); ++i)
        out += words.at(i).at(0).toUpper();
    return out;
}

QString PresenceText::nameOf(const PresenceBeat &beat)
{
    return beat.displayName.isEmpty() ? beat.person : beat.displayName;
}

QString PresenceText::describe(const PresenceBeat &beat)
{
    if (beat.field && beat.typing)
        return tr("%1 is typing in the %2").arg(nameOf(beat), FieldLabels::inSentence(*beat.field));
    if (beat.field)
        return tr("%1 is in the %2").arg(nameOf(beat), FieldLabels::inSentence(*beat.field));
    return tr("%1 has this paper open").arg(nameOf(beat));
}

QString PresenceText::marker(const QVector<PresenceBeat> &here)
{
    QStringList people;
    QStringList marks;
    for (const PresenceBeat &beat : here) {
        const int at = static_cast<int>(people.indexOf(beat.person));
        const QString mark = initials(nameOf(beat)) + (beat.typing ? QStringLiteral("✎") : QString());
        if (at < 0) {
            people.append(beat.person);
            marks.append(mark);
        } else if (beat.typing) {
            marks[at] = mark; // the same person in two windows: typing in one shows
        }
    }
    return marks.join(QLatin1Char(' '));
}

QString PresenceText::conflictWarning(const QVector<PresenceBeat> &typing, DigestEntry::Field field)
{
    QStringList names;
    for (const PresenceBeat &beat : typing) {
        if (!names.contains(nameOf(beat)))
            names.append(nameOf(beat));
    }
    return tr("%1 is typing in the %2 too: your edits may conflict. Wait until they are done, or leave a "
              "comment.")
        .arg(QLocale().createSeparatedList(names), FieldLabels::inSentence(field));
}

} // namespace DigestStudio
