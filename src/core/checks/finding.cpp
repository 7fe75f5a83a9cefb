#include "checks/finding.h"

namespace DigestStudio {

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QJsonObject Finding::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("rule"), rule);
    o.insert(QStringLiteral("severity"), severityName(severity));
    o.insert(QStringLiteral("entry"), entry + 1);
    o.insert(QStringLiteral("field"), hasField ? DigestEntry::fieldName(field) : QString());
    o.insert(QStringLiteral("start"), start);
    o.insert(QStringLiteral("length"), length);
    o.insert(QStringLiteral("message"), message);
    if (hasFix) {
        QJsonObject fix;
        fix.insert(QStringLiteral("original"), original);
        fix.insert(QStringLiteral("replacement"), replacement);
        o.insert(QStringLiteral("fix"), fix);
    }
    return o;
}

QString Finding::toText() const
{
    QString where = entry >= 0 ? QString::number(entry + 1) : QStringLiteral("-");
    if (hasField) {
        where += QLatin1Char(' ') + DigestEntry::fieldName(field);
        if (length > 0)
            where += QStringLiteral(" %1+%2").arg(start).arg(length);
    }
    return severityName(severity).toUpper() + QLatin1Char(' ') + where + QStringLiteral(": ") + message;
}

bool Finding::applyFix(DigestEntry *target) const
{
    if (!hasFix || !hasField || !target)
        return false;
    QString text = target->field(field);
    if (start < 0 || start + length > text.size() || text.mid(start, length) != original)
        return false;
    text.replace(start, length, replacement);
    target->setField(field, text);
    return true;
}

} // namespace DigestStudio
