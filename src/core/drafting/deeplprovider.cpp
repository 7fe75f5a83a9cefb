#include "drafting/deeplprovider.h"

#include "model/digestentry.h"
#include "util/secrettext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace DigestStudio {

namespace {

class DeepLReader final : public DraftAnswerReader
{
public:
    bool feed(const QByteArray &bytes) override
    {
        m_body += bytes;
        return true;
    }
    QString textSoFar() const override { return QString(); }
    bool finish(DraftFields *fields) override
    {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
        const QJsonArray translations = document.object().value(QStringLiteral("translations")).toArray();
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            m_error =
                QCoreApplication::translate("DigestStudio::DeepLProvider", "DeepL's answer is not JSON.");
            return false;
        }
        if (translations.size() != 2) {
            m_error =
                QCoreApplication::translate("DigestStudio::DeepLProvider",
                                            "DeepL's answer does not hold the two translations asked for.");
            return false;
        }
        fields->zhTitle =
            DeepLProvider::fromXml(translations.at(0).toObject().value(QStringLiteral("text")).toString())
                .trimmed();
        fields->zhSummary =
            DeepLProvider::fromXml(translations.at(1).toObject().value(QStringLiteral("text")).toString())
                .trimmed();
        if (fields->zhTitle.isEmpty() || fields->zhSummary.isEmpty()) {
            m_error = QCoreApplication::translate("DigestStudio::DeepLProvider",
                                                  "DeepL's answer has an empty translation.");
            return false;
        }
        // DeepL has no notion of a short title: the digest's rule derives it.
        fields->zhShortTitle = DigestEntry::defaultShortTitle(fields->zhTitle);
        return true;
    }
    QString error() const override { return m_error; }

private:
    QByteArray m_body;
    QString m_error;
};

} // namespace

QString DeepLProvider::problem(const DraftSettings &settings) const
{
    if (!settings.baseUrl.isValid() || settings.baseUrl.scheme().isEmpty())
        return QCoreApplication::translate(
            "DigestStudio::DeepLProvider",
            "No DeepL API URL is set (https://api-free.deepl.com or https://api.deepl.com).");
    if (settings.apiKey.isEmpty())
        return QCoreApplication::translate("DigestStudio::DeepLProvider",
                                           "No DeepL key is set ($DIGEST_LLM_API_KEY or the keychain).");
    // Checked again at each request: a URL from anywhere (an old settings file, a test) never gets the key in
    // clear text.
    if (SecretText::isCleartext(settings.baseUrl))
        return QCoreApplication::translate(
                   "DigestStudio::DeepLProvider",
                   "The drafting URL %1 would send the key in clear text: use https:// "
                   "(http:// only to this machine: localhost, 127.0.0.1, ::1).")
            .arg(SecretText::url(settings.baseUrl.toString()));
    return QString();
}

QString DeepLProvider::toXml(const QString &masked)
{
    QString escaped = masked.toHtmlEscaped();
    static const QRegularExpression placeholder(QStringLiteral("\u27E6M(\\d+)\u27E7"));
    escaped.replace(placeholder, QStringLiteral("<m i=\"\\1\"/>"));
    return escaped;
}

QString DeepLProvider::fromXml(const QString &xml)
{
    static const QRegularExpression tag(QStringLiteral("<m\\s+i=\"(\\d+)\"\\s*/>"));
    QString text = xml;
    text.replace(tag, QStringLiteral("\u27E6M\\1\u27E7"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&apos;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

DraftRequest DeepLProvider::request(const DraftSettings &settings, const DraftInput &input) const
{
    DraftRequest draft;
    QUrl url = settings.baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/v2")))
        path += QStringLiteral("/v2");
    url.setPath(path + QStringLiteral("/translate"));
    draft.request.setUrl(url);
    draft.request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    draft.request.setRawHeader("Authorization", "DeepL-Auth-Key " + settings.apiKey.toUtf8());
    QJsonObject body{
        {QStringLiteral("text"), QJsonArray{toXml(input.title), toXml(input.abstract)}},
        {QStringLiteral("source_lang"), QStringLiteral("EN")},
        {QStringLiteral("target_lang"), QStringLiteral("ZH-HANS")},
        {QStringLiteral("tag_handling"), QStringLiteral("xml")},
    };
    if (!settings.deeplGlossaryId.isEmpty())
        body.insert(QStringLiteral("glossary_id"), settings.deeplGlossaryId);
    for (auto it = settings.extraJson.constBegin(); it != settings.extraJson.constEnd(); ++it) {
        if (it.value().isNull())
            body.remove(it.key());
        else
            body.insert(it.key(), it.value());
    }
    draft.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return draft;
}

std::unique_ptr<DraftAnswerReader> DeepLProvider::reader() const
{
    return std::make_unique<DeepLReader>();
}

} // namespace DigestStudio
