// Every exporter on a digest built from any text (fields, header, footer and a custom WeChat style): no
// crash, and the WeChat HTML holds no tag, attribute or CSS construct outside the allowed set.
#include "formats/exportoptions.h"
#include "formats/formatregistry.h"
#include "fuzzsupport.h"

#include <QRegularExpression>

using namespace DigestStudio;

namespace {

// The input split at U+001F (unit separator) feeds the digest, field by field; missing parts are empty.
Digest digestFrom(const QStringList &parts, WeChatStyle *style)
{
    int next = 0;
    auto take = [&]() { return next < parts.size() ? parts.at(next++) : QString(); };
    Digest digest;
    digest.setTitle(take());
    digest.setLegend(take());
    digest.setAttribution(take());
    digest.setSummaryLabel(take());
    digest.setFooter(take());
    for (QString *value : {&style->fontFamily, &style->fontSize, &style->lineHeight, &style->textColor,
                           &style->accentColor, &style->mutedColor, &style->background, &style->englishSize})
        *value = take();
    while (next < parts.size()) {
        DigestEntry entry;
        for (int f = 0; f < DigestEntry::FieldCount; ++f)
            entry.setField(static_cast<DigestEntry::Field>(f), take());
        digest.entries().append(entry);
    }
    return digest;
}

void checkWeChatHtml(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z0-9]*)([^>]*)>"));
    static const QRegularExpression attribute(QStringLiteral("\\s([a-zA-Z-]+)=\"([^\"]*)\""));
    // Exactly what WeChatExporter writes; anything else came from the digest's text.
    static const QStringList allowedTags{QStringLiteral("section"), QStringLiteral("p"),
                                         QStringLiteral("strong"),  QStringLiteral("sup"),
                                         QStringLiteral("a"),       QStringLiteral("br")};
    static const QStringList allowedAttributes{QStringLiteral("style"), QStringLiteral("href")};
    static const QRegularExpression unsafeCss(
        QStringLiteral("url\\s*\\(|var\\s*\\(|expression\\s*\\(|javascript:|@import|[\\\\<>]"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!allowedTags.contains(m.captured(2).toLower()))
            Fuzz::broken("WeChat HTML holds only the allowed tags", m.captured(0));
        const QString rest = m.captured(3);
        QString leftOver = rest;
        for (auto a = attribute.globalMatch(rest); a.hasNext();) {
            const QRegularExpressionMatch am = a.next();
            if (!allowedAttributes.contains(am.captured(1)))
                Fuzz::broken("WeChat HTML holds only the allowed attributes", m.captured(0));
            if (am.captured(1) == QLatin1String("style") && unsafeCss.match(am.captured(2)).hasMatch())
                Fuzz::broken("WeChat styles hold only colours, sizes and font names", am.captured(2));
            if (am.captured(1) == QLatin1String("href") &&
                !am.captured(2).startsWith(QLatin1String("https://")) &&
                !am.captured(2).startsWith(QLatin1String("http://")) &&
                !am.captured(2).startsWith(QLatin1Char('#')))
                Fuzz::broken("WeChat links are web links", am.captured(2));
            leftOver.remove(am.captured(0));
        }
        if (!leftOver.trimmed().isEmpty() && leftOver.trimmed() != QLatin1String("/"))
            Fuzz::broken("every attribute of WeChat HTML is quoted and known", m.captured(0));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList parts = QString::fromUtf8(Fuzz::bytes(data, size)).split(QChar(0x1F));
    ExportOptions options;
    const Digest digest = digestFrom(parts, &options.customStyle);
    for (const QString &style : {QStringLiteral("classic"), QStringLiteral("custom")}) {
        options.wechatStyle = style;
        for (const DigestExporter *format : FormatRegistry::instance().formats()) {
            const ExportResult result = format->render(digest, options);
            if (format->id() == QLatin1String("wechat"))
                checkWeChatHtml(result.text);
        }
    }
    return 0;
}
