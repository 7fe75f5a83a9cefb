// The export dialog: every registered format, the options each one has, the destination; and the window's
// export with it (the long images as numbered files).
#include "app/mainwindow.h"
#include "controllers/exportcontroller.h"
#include "dialogs/exportdialog.h"
#include "docks/previewdock.h"
#include "formats/digestimporter.h"
#include "formats/formatregistry.h"
#include "scratchlibraries.h"
#include "testsupport.h"
#include "windowparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtTest>

using namespace DigestStudio;

class TestExportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DigestStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
        QSettings().clear();
    }

    void offersEveryFormat()
    {
        ExportDialog dialog(QStringLiteral("wechat"), ExportOptions());
        QCOMPARE(dialog.formatIds(), FormatRegistry::instance().ids());
        QCOMPARE(dialog.formatId(), QStringLiteral("wechat"));
    }

    void optionsFollowTheFormat()
    {
        ExportOptions given;
        given.separatorLines = false;
        ExportDialog dialog(QStringLiteral("text"), given);
        dialog.show();
        auto *images = dialog.findChild<QGroupBox *>(QStringLiteral("imageGroup"));
        auto *separators = dialog.findChild<QCheckBox *>(QStringLiteral("separatorCheck"));
        auto *attach = dialog.findChild<QCheckBox *>(QStringLiteral("attachCheck"));
        QVERIFY(images && separators && attach);
        QVERIFY(!images->isVisible());
        QVERIFY(separators->isVisible());
        QVERIFY(!separators->isChecked());
        QVERIFY(!attach->isVisible());

        dialog.setFormatId(QStringLiteral("image"));
        QVERIFY(images->isVisible());
        QVERIFY(!separators->isVisible());
        dialog.findChild<QSpinBox *>(QStringLiteral("widthSpin"))->setValue(600);
        dialog.findChild<QSpinBox *>(QStringLiteral("scaleSpin"))->setValue(3);
        dialog.findChild<QSpinBox *>(QStringLiteral("heightSpin"))->setValue(4000);
        const ExportOptions chosen = dialog.options();
        QCOMPARE(chosen.imageWidth, 600);
        QCOMPARE(chosen.imageScale, 3);
        QCOMPARE(chosen.imageMaxHeight, 4000);
        QCOMPARE(chosen.separatorLines, false); // untouched

        dialog.setFormatId(QStringLiteral("weibo"));
        QVERIFY(attach->isVisible());
        QVERIFY(!images->isVisible());
        attach->setChecked(true);
        QVERIFY(images->isVisible());
        QVERIFY(dialog.options().weiboAttachImages);
    }

    void destinationFollowsTheFormat()
    {
        ExportDialog dialog(QStringLiteral("text"), ExportOptions());
        auto *ok =
            dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.setDestination(QStringLiteral("/tmp/day.txt"));
        QVERIFY(ok->isEnabled());
        dialog.setFormatId(QStringLiteral("markdown"));
        QCOMPARE(dialog.destination(), QStringLiteral("/tmp/day.md"));
        dialog.setFormatId(QStringLiteral("image"));
        QCOMPARE(dialog.destination(), QStringLiteral("/tmp/day.png"));
    }

    void windowExportsWithTheDialogsChoices()
    {
        Test::ScratchLibraries libraries;
        MainWindow window(Test::launchOn(libraries.create(QStringLiteral("sqlite"))));
        auto *exporter = Test::part<ExportController>(window, "exportController");
        window.openDigest(
            DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ExportOptions options;
        options.imageWidth = 500;
        options.imageScale = 1;
        QStringList written;
        QString error;
        QVERIFY2(exporter->exportTo(QStringLiteral("image"), options, dir.filePath(QStringLiteral("day.png")),
                                    &written, &error),
                 qPrintable(error));
        QVERIFY(written.size() >= 2);
        QCOMPARE(QFileInfo(written.first()).fileName(), QStringLiteral("day-01.png"));
        QCOMPARE(QImage(written.first()).width(), 500);
        QVERIFY(exporter->exportTo(QStringLiteral("markdown"), options,
                                   dir.filePath(QStringLiteral("day.md")), &written, &error));
        QCOMPARE(written, QStringList{dir.filePath(QStringLiteral("day.md"))});
        QFile markdown(written.first());
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        QVERIFY(markdown.readAll().contains("https://arxiv.org/abs/2210.06441"));
        QVERIFY(!exporter->exportTo(QStringLiteral("pdf"), options, dir.filePath(QStringLiteral("x.pdf")),
                                    &written, &error));
        QVERIFY(error.contains(QStringLiteral("pdf")));
    }

    // File ▸ Export… with untouched machine text: written, and a notice in the status bar naming the entry.
    void windowExportNotesUntouchedDrafts()
    {
        Test::ScratchLibraries libraries;
        MainWindow window(Test::launchOn(libraries.create(QStringLiteral("sqlite"))));
        auto *exporter = Test::part<ExportController>(window, "exportController");
        Digest digest =
            DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest;
        digest.entries()[0].setDraftedBy(QStringLiteral("deepseek-chat"));
        window.openDigest(digest);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList written;
        QString error;
        QVERIFY2(exporter->exportTo(QStringLiteral("markdown"), ExportOptions(),
                                    dir.filePath(QStringLiteral("day.md")), &written, &error),
                 qPrintable(error));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("day.md"))));
        exporter->announceExport(written);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("day.md")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("entry 1 (") + digest.entries().at(0).arxivId()),
                 qPrintable(message));

        window.openDigest(
            DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest);
        exporter->announceExport(written);
        QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("deepseek-chat")));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
