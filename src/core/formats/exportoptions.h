// The options every exporter renders with: separator lines, legend mode, Weibo and WeChat settings.
#pragma once

#include "model/digest.h"
#include "model/tagtable.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace DigestStudio {

// The inline-style values of a WeChat style (CSS values, written into `style` attributes as given).
struct WeChatStyle
{
    QString fontFamily;
    QString fontSize;    // body text, e.g. `15px`
    QString lineHeight;  // e.g. `1.75`
    QString textColor;   // body text
    QString accentColor; // entry titles, the summary label, rules
    QString mutedColor;  // authors, affiliations, the English abstract
    QString background;  // the body's background; empty: none
    QString englishSize; // the English abstract's font size

    bool operator==(const WeChatStyle &o) const;
    bool operator!=(const WeChatStyle &o) const { return !(*this == o); }
};

struct ExportOptions
{
    enum class LegendMode { Fixed, UsedTags };
    enum class LinkMode { References, PlainText };

    // One line holding U+00A0 between the parts of the post (docs/format.md, Separator lines).
    bool separatorLines = true;
    // Fixed: the digest's own legend; UsedTags: the legend of the tags used today, from `tagTable`.
    LegendMode legendMode = LegendMode::Fixed;
    TagTable tagTable;

    int weiboLimit = 2000;
    int weiboUrlWeight = 10;

    // `classic`, `modern`, `compact` or `custom` (then `customStyle` applies).
    QString wechatStyle = QStringLiteral("classic");
    WeChatStyle customStyle;
    // Links outside mp.weixin.qq.com: numbered references at the end, or plain text.
    LinkMode wechatLinks = LinkMode::References;
    // Entry id → the URLs of its figures as WeChat serves them (publishing fills this after uploading);
    // the WeChat article shows them after the Chinese paragraph. Empty: no figures.
    QHash<qint64, QStringList> wechatFigureUrls;

    // The long images (`image` format): logical width, scale (2: 1500 physical pixels wide) and the most
    // logical height of one image; the post is cut between entries (a taller entry between its lines).
    int imageWidth = 750;
    int imageScale = 2;
    int imageMaxHeight = 5000;
    // The Weibo thread carries the long images, each attached to the part where its first entry begins.
    bool weiboAttachImages = false;
    // The first figure of each entry, by arXiv id: the encoded image (PNG, JPEG ...) the long images show.
    // Filled from the library's ImageStore by the caller (PostExport::firstFigures); not a setting.
    QHash<QString, QByteArray> figures;
};

} // namespace DigestStudio
