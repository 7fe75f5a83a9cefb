#include "publishing/wechatanswer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace DigestStudio {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DigestStudio::WeChatAnswer", text);
}

// The address WeChat names in a 40164 message (`invalid ip 203.0.113.7 ipv6 ::ffff:…, not in whitelist`).
QString refusedAddress(const QString &errmsg)
{
    static const QRegularExpression ip(QStringLiteral("invalid ip ([0-9A-Fa-f:.]{2,45})"));
    const QRegularExpressionMatch m = ip.match(errmsg);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

QString WeChatAnswer::string(const QString &key) const
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

qint64 WeChatAnswer::number(const QString &key, qint64 fallback) const
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return fallback;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15)
        return fallback;
    return static_cast<qint64>(d);
}

WeChatAnswer WeChatAnswer::parse(const QByteArray &bytes)
{
    WeChatAnswer answer;
    if (bytes.size() > MaxAnswerBytes) {
        answer.problem = QStringLiteral("the answer is larger than %1 KB").arg(MaxAnswerBytes / 1024);
        return answer;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        answer.problem = bytes.trimmed().isEmpty() ? QStringLiteral("the answer is empty")
                                                   : QStringLiteral("the answer is not a JSON object");
        return answer;
    }
    answer.object = document.object();
    const QJsonValue code = answer.object.value(QStringLiteral("errcode"));
    if (!code.isUndefined()) {
        const double d = code.toDouble(std::nan(""));
        if (!code.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 2.0e9) {
            answer.problem = QStringLiteral("the answer's errcode is not a whole number");
            return answer;
        }
        answer.errcode = static_cast<int>(d);
    }
    answer.errmsg = answer.string(QStringLiteral("errmsg")).left(500);
    answer.valid = true;
    return answer;
}

bool WeChatAnswer::isTokenError(int errcode)
{
    return errcode == 40001 || errcode == 40014 || errcode == 42001;
}

QString WeChatAnswer::explain(int errcode, const QString &errmsg)
{
    QString text;
    switch (errcode) {
    case 40164: {
        const QString ip = refusedAddress(errmsg);
        text =
            (ip.isEmpty()
                 ? tr("This computer's IP address is not on the account's IP whitelist.")
                 : tr("This computer's IP address (%1) is not on the account's IP whitelist.").arg(ip)) +
            QLatin1Char(' ') +
            tr("Add it in the Official Account platform under 设置与开发 → 基本配置 → IP白名单; the change "
               "takes a few minutes to apply.");
        break;
    }
    case 40001:
    case 40125:
        text =
            tr("WeChat refused the AppSecret: check the AppID and AppSecret (设置与开发 → 基本配置). A reset "
               "AppSecret replaces the old one at once.");
        break;
    case 40013:
        text = tr("WeChat does not know this AppID: check it (设置与开发 → 基本配置).");
        break;
    case 45009:
        text = tr("The account has used up today's quota for this API call. Try again tomorrow (quotas "
                  "reset at midnight, Beijing time).");
        break;
    case 48001:
        text = tr("This Official Account may not use the draft API: the account type (for example an "
                  "unverified or personal subscription account) has no permission for it.");
        break;
    case 44003:
        text = tr("WeChat says the article is empty: the content had nothing it accepts.");
        break;
    case 45002:
    case 45003:
    case 45004:
        text = tr("WeChat says a field is too long (the content, the title or the summary).");
        break;
    case 40005:
    case 40009:
        text = tr("WeChat refused an image: it takes jpg or png under 1 MB.");
        break;
    case 40007:
        text = tr("WeChat does not know the cover's media_id.");
        break;
    case -1:
        text = tr("WeChat is busy; try again in a moment.");
        break;
    default:
        text = tr("WeChat refused the request.");
        break;
    }
    text += QLatin1Char(' ') + tr("(errcode %1)").arg(errcode);
    if (!errmsg.isEmpty())
        text += QStringLiteral(": ") + errmsg;
    return text;
}

} // namespace DigestStudio
