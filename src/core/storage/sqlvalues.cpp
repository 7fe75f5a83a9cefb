#include "storage/sqlvalues.h"

#include "util/jsonutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace DigestStudio::SqlValues {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString fromStringList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(JsonUtil::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList toStringList(const QString &json)
{
    return JsonUtil::toStringList(QJsonDocument::fromJson(json.toUtf8()).array());
}

QString fromDateTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("");
}

QDateTime toDateTime(const QString &value)
{
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString withoutVersion(const QString &arxivId)
{
    static const QRegularExpression version(QStringLiteral("v[0-9]+$"));
    QString id = arxivId.trimmed();
    id.remove(version);
    return id;
}

} // namespace DigestStudio::SqlValues
