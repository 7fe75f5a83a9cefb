// The WeChat Official Account post: HTML with every style inline, links as numbered references or plain text.
#pragma once

#include "formats/digestexporter.h"

#include <QStringList>

class QMimeData;

namespace DigestStudio {

class WeChatExporter final : public DigestExporter
{
public:
    // The editor's limits (docs/format.md, Export targets).
    static constexpr int BodyLimit = 20000;
    static constexpr int TitleLimit = 64;
    static constexpr int SummaryLimit = 120;

    QString id() const override { return QStringLiteral("wechat"); }
    QString name() const override;
    QString fileExtension() const override { return QStringLiteral("html"); }
    QString mimeType() const override { return QStringLiteral("text/html"); }
    QString syntaxName() const override { return QStringLiteral("HTML"); }

    // `text` is the HTML fragment, `plainText` its twin, `warnings` the limits exceeded.
    ExportResult render(const Digest &digest, const ExportOptions &options) const override;

    // The built-in style ids (`classic`, `modern`, `compact`) and `custom`.
    static QStringList styleIds();
    static QString styleName(const QString &styleId);
    // A built-in style's values; `custom` takes the options' values, empty ones from `classic`.
    static WeChatStyle style(const QString &styleId, const WeChatStyle &custom = WeChatStyle());
    // True for links the WeChat editor keeps as links (mp.weixin.qq.com).
    static bool isWeChatLink(const QString &url);

    // The clipboard payload: `text/html` with its `text/plain` twin. The caller owns it.
    static QMimeData *mimeData(const ExportResult &result);
};

} // namespace DigestStudio
