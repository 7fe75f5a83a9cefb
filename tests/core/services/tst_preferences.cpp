#include "services/preferences.h"

#include "services/settingskeys.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

class TestPreferences final : public QObject
{
    Q_OBJECT

    static Paper paperWithAuthors(int count)
    {
        Paper p;
        p.setId(QStringLiteral("2210.06441"));
        QStringList authors = {QStringLiteral("Jonas Geiping"), QStringLiteral("Micah Goldblum"),
                               QStringLiteral("Gowthami Somepalli"), QStringLiteral("Ravid Shwartz-Ziv"),
                               QStringLiteral("Tom Goldstein")};
        p.setAuthors(authors.mid(0, count));
        return p;
    }

private Q_SLOTS:
    void overridesSurviveSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            TagTable table;
            table.setMapping(QStringLiteral("cs.AI"), QStringLiteral("LG"));
            table.setChineseName(QStringLiteral("LG"), QStringLiteral("机器学习与统计"));
            table.setChineseName(QStringLiteral("QB"), QStringLiteral("定量生物学"));
            QSettings settings(path, QSettings::IniFormat);
            Preferences::saveTagTable(table, settings);
        }
        const TagTable loaded = Preferences::tagTable(QSettings(path, QSettings::IniFormat));
        QCOMPARE(loaded.tagForCategory(QStringLiteral("cs.AI")), QStringLiteral("LG"));
        QCOMPARE(loaded.chineseName(QStringLiteral("LG")), QStringLiteral("机器学习与统计"));
        QCOMPARE(loaded.chineseName(QStringLiteral("QB")), QStringLiteral("定量生物学"));
        QVERIFY(loaded.tags().contains(QStringLiteral("QB")));
    }

    void templatesAndOptionsFromSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Digest fresh;
        Preferences::applyDefaultTemplates(&fresh, settings);
        QCOMPARE(fresh.legend(), Digest::defaultLegend());
        QCOMPARE(fresh.summaryLabel(), Digest::defaultSummaryLabel());
        QCOMPARE(fresh.footer(), Digest::defaultFooter());
        QCOMPARE(fresh.attribution(), QString());

        settings.setValue(QStringLiteral("Export/defaultAttribution"), QStringLiteral("转自某某"));
        settings.setValue(QStringLiteral("Export/defaultFooter"), QString());
        Preferences::applyDefaultTemplates(&fresh, settings);
        QCOMPARE(fresh.attribution(), QStringLiteral("转自某某"));
        QCOMPARE(fresh.footer(), QString());

        ExportOptions options;
        options.separatorLines = false;
        options.legendMode = ExportOptions::LegendMode::UsedTags;
        options.weiboLimit = 140;
        options.wechatStyle = QStringLiteral("custom");
        options.customStyle.accentColor = QStringLiteral("#123456");
        options.wechatLinks = ExportOptions::LinkMode::PlainText;
        Preferences::saveExportOptions(options, settings);
        const ExportOptions loaded = Preferences::exportOptions(settings);
        QCOMPARE(loaded.separatorLines, false);
        QCOMPARE(loaded.legendMode, ExportOptions::LegendMode::UsedTags);
        QCOMPARE(loaded.weiboLimit, 140);
        QCOMPARE(loaded.wechatStyle, QStringLiteral("custom"));
        QCOMPARE(loaded.customStyle, options.customStyle);
        QCOMPARE(loaded.wechatLinks, ExportOptions::LinkMode::PlainText);
    }

    void numbersComeFromSettings()
    {
        QTemporaryDir dir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        SettingsKeys::EntryAuthorsListAllUpTo.setValue(2);
        SettingsKeys::EntryAuthorsShownWhenCut.setValue(1);
        const EntryDefaults defaults = Preferences::entryDefaults(QSettings());
        QCOMPARE(defaults.listAllUpTo(), 2);
        QCOMPARE(defaults.shownWhenCut(), 1);
        QCOMPARE(defaults.entryFor(paperWithAuthors(5)).authorsLine(), QStringLiteral("J Geiping..."));
        QSettings settings;
        SettingsKeys::EntryAuthorsListAllUpTo.reset(settings);
        SettingsKeys::EntryAuthorsShownWhenCut.reset(settings);
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
