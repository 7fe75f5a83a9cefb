#include "util/secrettext.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace DigestStudio {

namespace {

// A hex number as a pattern that takes either case and leading zeros: `0*[4][1]`, `0*[aA][3]`.
QString hexPattern(uint value, int digits)
{
    const QString hex = QString::number(value, 16).rightJustified(digits, QLatin1Char('0'));
    QString pattern;
    for (const QChar c : hex) {
        if (c.isLetter())
            pattern += QLatin1Char('[') + c + c.toUpper() + QLatin1Char(']');
        else
            pattern += c;
    }
    return pattern;
}

// Every way one character of a secret can be written in a JSON string, a URL, a form body or HTML.
QString characterPattern(char32_t c)
{
    const QString literal = QString::fromUcs4(&c, 1);
    QStringList ways{QRegularExpression::escape(literal)};
    QString json;
    for (const QChar unit : literal)
        json += QStringLiteral("\\\\u") + hexPattern(unit.unicode(), 4);
    ways.append(json);
    QString percent;
    for (const char byte : literal.toUtf8())
        percent += QLatin1Char('%') + hexPattern(static_cast<uchar>(byte), 2);
    ways.append(percent);
    ways.append(QStringLiteral("&#0*") + QString::number(c) + QLatin1Char(';'));
    ways.append(QStringLiteral("&#[xX]0*") + hexPattern(c, 1) + QLatin1Char(';'));
    if (c == '/' || c == '"' || c == '\\')
        ways.append(QStringLiteral("\\\\") + QRegularExpression::escape(literal));
    if (c == ' ')
        ways.append(QStringLiteral("\\+"));
    static const QHash<char32_t, QString> named{{'&', QStringLiteral("&amp;")},
                                                {'"', QStringLiteral("&quot;")},
                                                {'<', QStringLiteral("&lt;")},
                                                {'>', QStringLiteral("&gt;")},
                                                {'\'', QStringLiteral("&apos;")}};
    if (named.contains(c))
        ways.append(named.value(c));
    return QStringLiteral("(?:") + ways.join(QLatin1Char('|')) + QLatin1Char(')');
}

QRegularExpression secretPattern(const QString &secret)
{
    QString pattern;
    for (const char32_t c : secret.toUcs4())
        pattern += characterPattern(c);
    return QRegularExpression(pattern);
}

// The part of the secret's base64 that does not depend on what surrounds it, at each of the three byte
// alignments, in both alphabets; parts under 8 characters are left out (they occur in text by chance).
QStringList base64Forms(const QString &secret)
{
    const QByteArray bytes = secret.toUtf8();
    QStringList forms;
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray aligned = QByteArray(shift, '\0') + bytes;
        const int first = (8 * shift + 5) / 6;
        const int last = static_cast<int>((8 * (shift + bytes.size())) / 6);
        if (last - first < 8)
            continue;
        for (const auto alphabet : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QByteArray encoded = aligned.toBase64(alphabet | QByteArray::OmitTrailingEquals);
            const QString form = QString::fromLatin1(encoded.mid(first, last - first));
            if (!forms.contains(form))
                forms.append(form);
        }
    }
    return forms;
}

// host[:port][/path] as written, or only the host when what follows it is no port number (a password
// written without its '@' reads as one).
QString authorityAndPath(const QString &text)
{
    const int slash = static_cast<int>(text.indexOf(QLatin1Char('/')));
    const QString authority = slash < 0 ? text : text.left(slash);
    QString host = authority;
    QString port;
    bool hasPort = false;
    const int close = static_cast<int>(authority.indexOf(QLatin1Char(']')));
    if (authority.startsWith(QLatin1Char('[')) && close > 0) {
        host = authority.left(close + 1);
        const QString tail = authority.mid(close + 1);
        if (!tail.isEmpty() && !tail.startsWith(QLatin1Char(':')))
            return host;
        hasPort = !tail.isEmpty();
        port = tail.mid(1);
    } else if (authority.contains(QLatin1Char(':'))) {
        host = authority.section(QLatin1Char(':'), 0, 0);
        port = authority.section(QLatin1Char(':'), 1);
        hasPort = true;
    }
    static const QRegularExpression portNumber(QStringLiteral("^[0-9]{1,5}$"));
    if (hasPort && !portNumber.match(port).hasMatch())
        return host;
    return host + (hasPort ? QLatin1Char(':') + port : QString()) + (slash < 0 ? QString() : text.mid(slash));
}

QString shownQuery(const QString &query, const QStringList &shownItems)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    const QUrlQuery items(query);
    QStringList shown;
    for (const QString &name : shownItems) {
        const QString value = items.queryItemValue(name, QUrl::FullyDecoded);
        if (identifier.match(value).hasMatch())
            shown.append(name + QLatin1Char('=') + value);
    }
    return shown.isEmpty() ? QString() : QLatin1Char('?') + shown.join(QLatin1Char('&'));
}

QString keyIn(const QJsonValue &value, const QString &path)
{
    if (value.isString())
        return SecretText::looksLikeKey(value.toString()) ? path : QString();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString found =
                keyIn(array.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
            if (!found.isEmpty())
                return found;
        }
        return QString();
    }
    if (!value.isObject())
        return QString();
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString member = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
        // A key's name with a value (an empty string or null removes a key, which is no secret).
        const bool empty = it.value().isNull() || (it.value().isString() && it.value().toString().isEmpty());
        if (SecretText::isKeyName(it.key()) && !empty)
            return member;
        const QString found = keyIn(it.value(), member);
        if (!found.isEmpty())
            return found;
    }
    return QString();
}

} // namespace

QString SecretText::mask(const QString &text, const QStringList &secrets)
{
    QString out = text;
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        out.replace(secretPattern(secret), hidden());
        for (const QString &form : base64Forms(secret))
            out.replace(form, hidden());
    }
    return out;
}

QString SecretText::maskCutText(const QString &text, const QStringList &secrets)
{
    QString out = mask(text, secrets);
    for (const QString &secret : secrets) {
        for (int length = static_cast<int>(secret.size()) - 1; length >= 4; --length) {
            if (out.endsWith(QStringView(secret).left(length))) {
                out = out.left(out.size() - length) + hidden();
                break;
            }
        }
    }
    return out;
}

QString SecretText::shown(const QString &text, const QStringList &secrets, int maxChars)
{
    const QString masked = mask(text, secrets);
    return masked.size() > maxChars ? masked.left(maxChars) + QStringLiteral("…") : masked;
}

int SecretText::schemeEnd(const QString &text)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+:/{0,2}"));
    const QRegularExpressionMatch match = scheme.match(text);
    return match.hasMatch() ? static_cast<int>(match.capturedEnd()) : -1;
}

QString SecretText::url(const QString &text, const QStringList &shownItems)
{
    const int start = schemeEnd(text);
    if (start < 0)
        return text;
    const QString name = text.left(start).section(QLatin1Char(':'), 0, 0);
    const QString rest = text.mid(start);
    // The user information ends at the last '@' (a password may hold '@', '/', '?' or '#'), unless a query
    // with a value came before it: then that '@' may be in the query (`?password=x@y`), or the '?' in the
    // password (`u:p?q=r@h/d`). Either reading could show a part of the password, so only what both agree on
    // is shown: the user name when an '@' comes before the '?', else the host.
    const int at = static_cast<int>(rest.lastIndexOf(QLatin1Char('@')));
    const int question = static_cast<int>(rest.indexOf(QLatin1Char('?')));
    QString shown = name + QStringLiteral("://");
    if (at >= 0 && question >= 0 && question < at) {
        const int equals = static_cast<int>(rest.indexOf(QLatin1Char('='), question));
        if (equals >= 0 && equals < at) {
            const QString head = rest.left(question);
            static const QRegularExpression userEnd(QStringLiteral("[:@]"));
            static const QRegularExpression hostEnd(QStringLiteral("[:/]"));
            if (head.contains(QLatin1Char('@')))
                return shown + head.left(static_cast<int>(head.indexOf(userEnd))) + QStringLiteral("@…");
            const int end = static_cast<int>(head.indexOf(hostEnd));
            return shown + (end < 0 ? head : head.left(end));
        }
    }
    if (at >= 0)
        shown += rest.left(at).section(QLatin1Char(':'), 0, 0) + QLatin1Char('@');
    const QString after = rest.mid(at + 1);
    int end = static_cast<int>(after.size());
    for (const QChar stop : {QLatin1Char('?'), QLatin1Char('#')}) {
        const int i = static_cast<int>(after.indexOf(stop));
        if (i >= 0)
            end = qMin(end, i);
    }
    shown += authorityAndPath(after.left(end));
    if (end < after.size() && after.at(end) == QLatin1Char('?'))
        shown += shownQuery(after.mid(end + 1).section(QLatin1Char('#'), 0, 0), shownItems);
    return shown;
}

bool SecretText::isLoopback(const QString &host)
{
    QString name = host.toLower();
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    if (name == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    if (!address.setAddress(name))
        return false;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return address.isLoopback() || (mapped && (v4 >> 24) == 127);
}

bool SecretText::isCleartext(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0 && !isLoopback(url.host());
}

bool SecretText::looksLikeKey(const QString &text)
{
    static const QRegularExpression key(
        QStringLiteral("(?:^|[^A-Za-z0-9])(?:sk|rk)[-_][A-Za-z0-9_-]{16,}"
                       "|\\b(?:Bearer|Basic|DeepL-Auth-Key|Token)\\s+[A-Za-z0-9._~+/=:-]{8,}"
                       "|\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}:fx\\b"
                       "|\\bAIza[0-9A-Za-z_-]{30,}"),
        QRegularExpression::CaseInsensitiveOption);
    return key.match(text).hasMatch();
}

bool SecretText::isKeyName(const QString &name)
{
    static const QRegularExpression names(
        QStringLiteral("^(?:x[-_]?)?(?:api[-_]?key|apikey|key|authorization|auth|access[-_]?token|token|"
                       "secret|client[-_]?secret|password|bearer)$"),
        QRegularExpression::CaseInsensitiveOption);
    return names.match(name.trimmed()).hasMatch();
}

QString SecretText::keyInJson(const QJsonObject &object)
{
    return keyIn(object, QString());
}

bool SecretText::keyInUrl(const QString &url)
{
    const QUrl parsed(url.trimmed());
    if (!parsed.password().isEmpty() || looksLikeKey(QUrl::fromPercentEncoding(url.toUtf8())))
        return true;
    const QUrlQuery query(parsed);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (isKeyName(item.first) && !item.second.isEmpty())
            return true;
    }
    return false;
}

} // namespace DigestStudio
