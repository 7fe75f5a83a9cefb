#include "formats/exportoptions.h"

#include "util/settingskeys.h"

#include <QSettings>

namespace DigestStudio {

ExportOptions ExportOptions::fromSettings(const QSettings &settings)
{
    using namespace SettingsKeys;
    ExportOptions o;
    o.separatorLines = ExportSeparatorLines.value(settings);
    o.legendMode = ExportLegendMode.value(settings) == QLatin1String("usedTags") ? LegendMode::UsedTags
                                                                                 : LegendMode::Fixed;
    o.tagTable.load(settings);
    o.weiboLimit = qMax(1, WeiboLimit.value(settings));
    o.weiboUrlWeight = qMax(0, WeiboUrlWeight.value(settings));
    o.weiboAttachImages = WeiboAttachImages.value(settings);
    o.imageWidth = qBound(200, ImageWidth.value(settings), 4000);
    o.imageScale = qBound(1, ImageScale.value(settings), 4);
    o.imageMaxHeight = qBound(500, ImageMaxHeight.value(settings), 30000);
    o.wechatStyle = WeChatStyleId.value(settings);
    o.wechatLinks = WeChatLinks.value(settings) == QLatin1String("plainText") ? LinkMode::PlainText
                                                                              : LinkMode::References;
    o.customStyle.fontFamily = WeChatCustomFontFamily.value(settings);
    o.customStyle.fontSize = WeChatCustomFontSize.value(settings);
    o.customStyle.lineHeight = WeChatCustomLineHeight.value(settings);
    o.customStyle.textColor = WeChatCustomTextColor.value(settings);
    o.customStyle.accentColor = WeChatCustomAccentColor.value(settings);
    o.customStyle.mutedColor = WeChatCustomMutedColor.value(settings);
    o.customStyle.background = WeChatCustomBackground.value(settings);
    o.customStyle.englishSize = WeChatCustomEnglishSize.value(settings);
    return o;
}

ExportOptions ExportOptions::fromSettings()
{
    return fromSettings(QSettings());
}

void ExportOptions::save(QSettings &settings) const
{
    using namespace SettingsKeys;
    ExportSeparatorLines.setValue(settings, separatorLines);
    ExportLegendMode.setValue(settings, legendMode == LegendMode::UsedTags ? QStringLiteral("usedTags")
                                                                           : QStringLiteral("fixed"));
    WeiboLimit.setValue(settings, weiboLimit);
    WeiboUrlWeight.setValue(settings, weiboUrlWeight);
    WeiboAttachImages.setValue(settings, weiboAttachImages);
    ImageWidth.setValue(settings, imageWidth);
    ImageScale.setValue(settings, imageScale);
    ImageMaxHeight.setValue(settings, imageMaxHeight);
    WeChatStyleId.setValue(settings, wechatStyle);
    WeChatLinks.setValue(settings, wechatLinks == LinkMode::PlainText ? QStringLiteral("plainText")
                                                                      : QStringLiteral("references"));
    WeChatCustomFontFamily.setValue(settings, customStyle.fontFamily);
    WeChatCustomFontSize.setValue(settings, customStyle.fontSize);
    WeChatCustomLineHeight.setValue(settings, customStyle.lineHeight);
    WeChatCustomTextColor.setValue(settings, customStyle.textColor);
    WeChatCustomAccentColor.setValue(settings, customStyle.accentColor);
    WeChatCustomMutedColor.setValue(settings, customStyle.mutedColor);
    WeChatCustomBackground.setValue(settings, customStyle.background);
    WeChatCustomEnglishSize.setValue(settings, customStyle.englishSize);
}

void ExportOptions::applyDefaultTemplates(Digest *digest, const QSettings &settings)
{
    using namespace SettingsKeys;
    digest->setLegend(DefaultLegend.value(settings));
    digest->setAttribution(DefaultAttribution.value(settings));
    digest->setSummaryLabel(DefaultSummaryLabel.value(settings));
    digest->setFooter(DefaultFooter.value(settings));
}

} // namespace DigestStudio
