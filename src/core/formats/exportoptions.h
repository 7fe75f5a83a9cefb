// The options every exporter renders with: separator lines, legend mode, Weibo and WeChat settings.
#pragma once

#include "model/digest.h"
#include "model/tagtable.h"

#include <QHash>
#include <QString>
#include <QStringList>

class QSettings;

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

    // One line holding U+00A0 between the parts of the post (digest-format.md, Separator lines).
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

    // The options stored under Export/, Weibo/ and WeChat/ (SettingsKeys), with the tag table.
    static ExportOptions fromSettings(const QSettings &settings);
    static ExportOptions fromSettings();
    void save(QSettings &settings) const;

    // Gives a new digest the default header and footer templates (legend, attribution, summary label, footer)
    // stored under Export/ (SettingsKeys::DefaultLegend ...); a digest then keeps and edits its own copies.
    static void applyDefaultTemplates(Digest *digest, const QSettings &settings);
};

} // namespace DigestStudio
