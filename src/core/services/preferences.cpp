#include "services/preferences.h"

#include "services/settingskeys.h"

#include <QSettings>
#include <QVariantMap>

namespace DigestStudio {

namespace {

const QString TagNamesKey = QStringLiteral("TagTable/names");
const QString TagMappingKey = QStringLiteral("TagTable/mapping");
const QString TagColoursKey = QStringLiteral("TagTable/colours");

QVariantMap toVariantMap(const QHash<QString, QString> &hash)
{
    QVariantMap map;
    for (auto it = hash.constBegin(); it != hash.constEnd(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

} // namespace

TagTable Preferences::tagTable(const QSettings &settings)
{
    TagTable table;
    const QVariantMap names = settings.value(TagNamesKey).toMap();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        table.setChineseName(it.key(), it.value().toString());
    const QVariantMap mapping = settings.value(TagMappingKey).toMap();
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it)
        table.setMapping(it.key(), it.value().toString());
    const QVariantMap colours = settings.value(TagColoursKey).toMap();
    for (auto it = colours.constBegin(); it != colours.constEnd(); ++it)
        table.setColour(it.key(), it.value().toString());
    return table;
}

void Preferences::saveTagTable(const TagTable &table, QSettings &settings)
{
    settings.setValue(TagNamesKey, toVariantMap(table.chineseNames()));
    settings.setValue(TagMappingKey, toVariantMap(table.mappings()));
    if (!table.colours().isEmpty())
        settings.setValue(TagColoursKey, toVariantMap(table.colours()));
}

ExportOptions Preferences::exportOptions(const QSettings &settings)
{
    using namespace SettingsKeys;
    ExportOptions o;
    o.separatorLines = ExportSeparatorLines.value(settings);
    o.legendMode = ExportLegendMode.value(settings) == QLatin1String("usedTags")
                       ? ExportOptions::LegendMode::UsedTags
                       : ExportOptions::LegendMode::Fixed;
    o.tagTable = tagTable(settings);
    o.weiboLimit = qMax(1, WeiboLimit.value(settings));
    o.weiboUrlWeight = qMax(0, WeiboUrlWeight.value(settings));
    o.weiboAttachImages = WeiboAttachImages.value(settings);
    o.imageWidth = qBound(200, ImageWidth.value(settings), 4000);
    o.imageScale = qBound(1, ImageScale.value(settings), 4);
    o.imageMaxHeight = qBound(500, ImageMaxHeight.value(settings), 30000);
    o.wechatStyle = WeChatStyleId.value(settings);
    o.wechatLinks = WeChatLinks.value(settings) == QLatin1String("plainText")
                        ? ExportOptions::LinkMode::PlainText
                        : ExportOptions::LinkMode::References;
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

void Preferences::saveExportOptions(const ExportOptions &o, QSettings &settings)
{
    using namespace SettingsKeys;
    ExportSeparatorLines.setValue(settings, o.separatorLines);
    ExportLegendMode.setValue(settings, o.legendMode == ExportOptions::LegendMode::UsedTags
                                            ? QStringLiteral("usedTags")
                                            : QStringLiteral("fixed"));
    WeiboLimit.setValue(settings, o.weiboLimit);
    WeiboUrlWeight.setValue(settings, o.weiboUrlWeight);
    WeiboAttachImages.setValue(settings, o.weiboAttachImages);
    ImageWidth.setValue(settings, o.imageWidth);
    ImageScale.setValue(settings, o.imageScale);
    ImageMaxHeight.setValue(settings, o.imageMaxHeight);
    WeChatStyleId.setValue(settings, o.wechatStyle);
    WeChatLinks.setValue(settings, o.wechatLinks == ExportOptions::LinkMode::PlainText
                                       ? QStringLiteral("plainText")
                                       : QStringLiteral("references"));
    WeChatCustomFontFamily.setValue(settings, o.customStyle.fontFamily);
    WeChatCustomFontSize.setValue(settings, o.customStyle.fontSize);
    WeChatCustomLineHeight.setValue(settings, o.customStyle.lineHeight);
    WeChatCustomTextColor.setValue(settings, o.customStyle.textColor);
    WeChatCustomAccentColor.setValue(settings, o.customStyle.accentColor);
    WeChatCustomMutedColor.setValue(settings, o.customStyle.mutedColor);
    WeChatCustomBackground.setValue(settings, o.customStyle.background);
    WeChatCustomEnglishSize.setValue(settings, o.customStyle.englishSize);
}

void Preferences::applyDefaultTemplates(Digest *digest, const QSettings &settings)
{
    using namespace SettingsKeys;
    digest->setLegend(DefaultLegend.value(settings));
    digest->setAttribution(DefaultAttribution.value(settings));
    digest->setSummaryLabel(DefaultSummaryLabel.value(settings));
    digest->setFooter(DefaultFooter.value(settings));
}

CheckSettings Preferences::checkSettings(const QSettings &settings)
{
    CheckSettings s;
    s.cjkLatinSpacing = SettingsKeys::CheckCjkLatinSpacing.value(settings);
    s.weiboLimit = qMax(1, SettingsKeys::WeiboLimit.value(settings));
    s.weiboUrlWeight = qMax(0, SettingsKeys::WeiboUrlWeight.value(settings));
    s.disabledRules = SettingsKeys::CheckDisabledRules.value(settings);
    return s;
}

EntryDefaults Preferences::entryDefaults(const QSettings &settings)
{
    return EntryDefaults(tagTable(settings), SettingsKeys::EntryAuthorsListAllUpTo.value(settings),
                         SettingsKeys::EntryAuthorsShownWhenCut.value(settings));
}

} // namespace DigestStudio
