// One answer of the WeChat Official Account API, parsed: a JSON object, or `{"errcode","errmsg"}` explained
// in words.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace DigestStudio {

struct WeChatAnswer
{
    // The largest answer read; WeChat's are a few hundred bytes (Limits table of the README).
    static constexpr qint64 MaxAnswerBytes = 64 * 1024;

    bool valid = false; // a JSON object with a well-formed errcode (or none)
    int errcode = 0;    // 0: success
    QString errmsg;
    QJsonObject object;
    QString problem; // why the bytes are not a valid answer, in words

    bool isError() const { return !valid || errcode != 0; }
    // A string member (`url`, `media_id`, `access_token`); empty when absent or not a string.
    QString string(const QString &key) const;
    // `expires_in` and the like; `fallback` when absent or not a whole number.
    qint64 number(const QString &key, qint64 fallback = 0) const;

    // Never throws, never reads past `bytes`; refuses more than MaxAnswerBytes.
    static WeChatAnswer parse(const QByteArray &bytes);

    // The error in words, for the publisher: what it means and what to do (40164, 40001/40125, 45009, 48001,
    // 44003 and the other common ones); the code is named.
    static QString explain(int errcode, const QString &errmsg);
    // True for the codes that say the access token is invalid or expired (fetch a new one once).
    static bool isTokenError(int errcode);
};

} // namespace DigestStudio
