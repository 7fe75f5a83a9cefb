#include "model/presencebeat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace DigestStudio {

namespace {

const int Version = 1;

QString kindName(PresenceBeat::Kind kind)
{
    switch (kind) {
    case PresenceBeat::Kind::Leave:
        return QStringLiteral("leave");
    case PresenceBeat::Kind::Ask:
        return QStringLiteral("ask");
    case PresenceBeat::Kind::Beat:
        break;
    }
    return QStringLiteral("beat");
}

bool kindFromName(const QString &name, PresenceBeat::Kind *kind)
{
    for (const PresenceBeat::Kind k :
         {PresenceBeat::Kind::Beat, PresenceBeat::Kind::Leave, PresenceBeat::Kind::Ask}) {
        if (name == kindName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

// A session id: letters, digits and '-' only (a UUID), so that it can be shown and compared as it is.
bool isSessionId(const QString &session)
{
    if (session.isEmpty() || session.size() > PresenceBeat::MaxSessionChars)
        return false;
    for (const QChar c : session) {
        const char16_t u = c.unicode();
        const bool ok =
            (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

// A name from the wire: a string within the cap, with no control characters (shown in tooltips and lines).
bool isName(const QJsonValue &value, bool mayBeEmpty)
{
    if (!value.isString())
        return false;
    const QString text = value.toString();
    if (text.size() > PresenceBeat::MaxNameChars || (!mayBeEmpty && text.trimmed().isEmpty()))
        return false;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            return false;
    }
    return true;
}

// A whole number in [0, max] written as a JSON number (doubles beyond 2^53 are refused with the rest).
bool isCount(const QJsonValue &value, double max, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!(d >= 0 && d <= max) || d != static_cast<double>(static_cast<qint64>(d)))
        return false;
    *out = static_cast<qint64>(d);
    return true;
}

QString cut(const QString &text)
{
    return text.left(PresenceBeat::MaxNameChars);
}

bool refuse(QString *problem, const QString &why)
{
    if (problem)
        *problem = why;
    return false;
}

} // namespace

bool PresenceBeat::operator==(const PresenceBeat &other) const
{
    return kind == other.kind && session == other.session && person == other.person &&
           displayName == other.displayName && digestId == other.digestId && entryId == other.entryId &&
           position == other.position && field == other.field && typing == other.typing;
}

QByteArray PresenceBeat::toPayload() const
{
    QJsonObject object;
    object.insert(QStringLiteral("v"), Version);
    object.insert(QStringLiteral("k"), kindName(kind));
    object.insert(QStringLiteral("s"), session.left(MaxSessionChars));
    object.insert(QStringLiteral("who"), cut(person));
    object.insert(QStringLiteral("name"), cut(displayName));
    object.insert(QStringLiteral("d"), static_cast<double>(digestId));
    object.insert(QStringLiteral("e"), static_cast<double>(entryId));
    object.insert(QStringLiteral("p"), position);
    if (field)
        object.insert(QStringLiteral("f"), DigestEntry::fieldName(*field));
    object.insert(QStringLiteral("t"), typing);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool PresenceBeat::parse(const QByteArray &payload, PresenceBeat *beat, QString *problem)
{
    if (payload.size() > MaxPayloadBytes)
        return refuse(problem, QStringLiteral("longer than %1 bytes").arg(MaxPayloadBytes));
    QJsonParseError jsonError{};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject())
        return refuse(problem, QStringLiteral("not a JSON object"));
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("v")).toInt(-1) != Version)
        return refuse(problem, QStringLiteral("not version %1").arg(Version));
    PresenceBeat out;
    if (!kindFromName(object.value(QStringLiteral("k")).toString(), &out.kind))
        return refuse(problem, QStringLiteral("unknown kind"));
    out.session = object.value(QStringLiteral("s")).toString();
    if (!isSessionId(out.session))
        return refuse(problem, QStringLiteral("bad session id"));
    if (!isName(object.value(QStringLiteral("who")), false) ||
        !isName(object.value(QStringLiteral("name")), true))
        return refuse(problem, QStringLiteral("bad person or display name"));
    out.person = object.value(QStringLiteral("who")).toString();
    out.displayName = object.value(QStringLiteral("name")).toString().trimmed();
    // Ids are PostgreSQL bigints in practice far below 2^53, where a JSON number is still exact.
    const double maxId = 9007199254740991.0;
    qint64 position = 0;
    if (!isCount(object.value(QStringLiteral("d")), maxId, &out.digestId) ||
        !isCount(object.value(QStringLiteral("e")), maxId, &out.entryId) ||
        !isCount(object.value(QStringLiteral("p")), MaxPosition, &position))
        return refuse(problem, QStringLiteral("bad digest, entry or position"));
    out.position = static_cast<int>(position);
    if ((out.entryId == 0) != (out.position == 0) || (out.entryId != 0 && out.digestId == 0))
        return refuse(problem, QStringLiteral("an entry without a digest or position"));
    const QJsonValue field = object.value(QStringLiteral("f"));
    if (!field.isUndefined()) {
        DigestEntry::Field f{};
        if (!field.isString() || !DigestEntry::fieldFromName(field.toString(), &f) ||
            field.toString() != DigestEntry::fieldName(f) || out.entryId == 0)
            return refuse(problem, QStringLiteral("bad field"));
        out.field = f;
    }
    const QJsonValue typing = object.value(QStringLiteral("t"));
    if (!typing.isBool() || (typing.toBool() && !out.field))
        return refuse(problem, QStringLiteral("bad typing flag"));
    out.typing = typing.toBool();
    *beat = out;
    return true;
}

} // namespace DigestStudio
