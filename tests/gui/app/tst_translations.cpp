#include "app/mainwindow.h"
#include "app/translations.h"
#include "common/guiresources.h"
#include "windowparts.h"

#include <QMenuBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiResources::init(); }

    void chineseIsBuiltIn() { QVERIFY(QFile::exists(QStringLiteral(":/i18n/digest-studio_zh_CN.qm"))); }

    void zhCnTranslatesTheMenus()
    {
        QCOMPARE(Translations::install(qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        // A library of the test's own: nothing outside a temporary directory is written.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window(Test::launchOn(dir.filePath(QStringLiteral("library.sqlite"))));
        const QString file = window.menuBar()->actions().at(0)->text();
        QVERIFY2(file.contains(QStringLiteral("文件")), qPrintable(file));
        QCOMPARE(window.windowTitle(), QStringLiteral("论文速递工作室"));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(Translations::install(qApp, QStringLiteral("xx_YY")), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
