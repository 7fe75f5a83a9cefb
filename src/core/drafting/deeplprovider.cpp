#include "drafting/deeplprovider.h"

#include "model/digestentry.h"
#include "util/secrettext.h"
#include "util/xmlpullreader.h"

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
    // A CR would come back as LF: XML normalises line ends (a reference keeps it).
    escaped.replace(QLatin1Char('\r'), QLatin1String("&#13;"));
    static const QRegularExpression placeholder(QStringLiteral("\u27E6M(\\d+)\u27E7"));
    escaped.replace(placeholder, QStringLiteral("<m i=\"\\1\"/>"));
    return escaped;
}

QString DeepLProvider::fromXml(const QString &xml)
{
    // DeepL answers in XML when tag_handling is xml: read it as XML, so that every reference is decoded (a
    // numeric one such as &#38; stayed as written: found by fuzz-deeplxml), each <m i="N"/> back to ⟦MN⟧,
    // other tags dropped with their text kept.
    XmlPullReader r(QByteArray("<r>") + xml.toUtf8() + QByteArray("</r>"));
    QString text;
    int depth = 0;
    while (!r.atEnd()) {
        const XmlPullReader::Token token = r.readNext();
        if (token == XmlPullReader::Token::Characters) {
            text += r.text();
        } else if (token == XmlPullReader::Token::StartElement) {
            if (++depth > 1 && r.name() == QLatin1String("m") && r.namespaceUri().size() == 0 &&
                r.attributeCount() == 1 && r.attributeName(0) == QLatin1String("i") &&
                r.attributeNamespaceUri(0).size() == 0) {
                const QString number = r.attributeValue(0);
                static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
                if (digits.match(number).hasMatch())
                    text += QChar(0x27E6) + QLatin1Char('M') + number + QChar(0x27E7);
            }
        } else if (token == XmlPullReader::Token::EndElement) {
            --depth;
        }
    }
    if (!r.hasError())
        return text;
    // Not well-formed (what DeepL would not send, or text XML cannot hold): the tags and the references this
    // provider writes, undone as text.
    static const QRegularExpression tag(QStringLiteral("<m\\s+i=\"(\\d+)\"\\s*/>"));
    text = xml;
    text.replace(tag, QStringLiteral("\u27E6M\\1\u27E7"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&apos;"), QLatin1String("'"));
    text.replace(QLatin1String("&#13;"), QLatin1String("\r"));
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
