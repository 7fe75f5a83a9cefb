#include "app/mainwindow.h"
#include "common/guiresources.h"
#include "dialogs/digestheaderdialog.h"
#include "docks/previewdock.h"
#include "document/digestdocument.h"
#include "formats/exportoptions.h"
#include "services/preferences.h"
#include "storage/library.h"
#include "windowparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

class TestDigestHeaderDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Digest sample()
    {
        Digest d;
        d.setDate(QDate(2026, 11, 30));
        d.setLegend(Digest::defaultLegend());
        d.setSummaryLabel(Digest::defaultSummaryLabel());
        d.setFooter(Digest::defaultFooter());
        for (const char *tag : {"CV", "LG", "CV", "ZZ"}) {
            DigestEntry e;
            e.setTag(QString::fromLatin1(tag));
            d.entries().append(e);
        }
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-header-test"));
        GuiResources::init();
        QSettings().clear();
    }

    void editsComeBackAsTheResult()
    {
        DigestHeaderDialog dialog(sample());
        auto *attribution = dialog.findChild<QLineEdit *>(QStringLiteral("attributionEdit"));
        auto *label = dialog.findChild<QComboBox *>(QStringLiteral("summaryLabelBox"));
        auto *footer = dialog.findChild<QPlainTextEdit *>(QStringLiteral("footerEdit"));
        QCOMPARE(label->currentText(), QStringLiteral("摘要:"));
        attribution->setText(QStringLiteral("转自爱可可爱生活"));
        label->setCurrentText(QStringLiteral("摘要："));
        footer->setPlainText(QStringLiteral("欢迎转发"));
        const Digest result = dialog.result();
        QCOMPARE(result.attribution(), QStringLiteral("转自爱可可爱生活"));
        QCOMPARE(result.summaryLabel(), QStringLiteral("摘要："));
        QCOMPARE(result.footer(), QStringLiteral("欢迎转发"));
        QCOMPARE(result.entryCount(), 4);
        QCOMPARE(result.legend(), Digest::defaultLegend());
    }

    void legendOfTheTagsUsedFollowsTheTable()
    {
        DigestHeaderDialog dialog(sample());
        dialog.findChild<QPushButton *>(QStringLiteral("usedTagsButton"))->click();
        // The table's order (LG before CV), each tag once, unknown tags last and bare.
        QCOMPARE(dialog.result().legend(), QStringLiteral("LG - 机器学习   CV - 计算机视觉   ZZ"));
    }

    void defaultsApplyToNewDigests()
    {
        DigestHeaderDialog dialog(sample());
        dialog.findChild<QLineEdit *>(QStringLiteral("attributionEdit"))->setText(QStringLiteral("转自某某"));
        dialog.findChild<QCheckBox *>(QStringLiteral("defaultsCheck"))->setChecked(true);
        QVERIFY(dialog.useAsDefaults());
        dialog.saveDefaults();
        Digest fresh;
        Preferences::applyDefaultTemplates(&fresh, QSettings());
        QCOMPARE(fresh.attribution(), QStringLiteral("转自某某"));
        QCOMPARE(fresh.footer(), Digest::defaultFooter());
        QSettings().clear();
    }

    void theWindowStoresTheHeaderInTheLibrary()
    {
        const QString path = m_dir.filePath(QStringLiteral("header.sqlite"));
        qint64 id = 0;
        {
            MainWindow window(Test::launchOn(path));
            Test::action(window, "newDigestAction")->trigger();
            id = Test::document(window)->digest().id();
            QVERIFY(id != 0);
            Test::action(window, "editHeaderAction")->trigger();
            auto *dialog = window.findChild<DigestHeaderDialog *>();
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("attributionEdit"))
                ->setText(QStringLiteral("转自爱可可爱生活"));
            dialog->accept();
            QCOMPARE(Test::document(window)->digest().attribution(), QStringLiteral("转自爱可可爱生活"));
            QTRY_VERIFY(Test::part<PreviewDock>(window, "previewDock")
                            ->previewText()
                            .contains(QStringLiteral("转自爱可可爱生活")));
        }
        LibraryError error;
        auto library = Library::open(path, &error);
        QVERIFY(library);
        Digest stored;
        QVERIFY(library->loadDigest(id, &stored));
        QCOMPARE(stored.attribution(), QStringLiteral("转自爱可可爱生活"));
    }
};

QTEST_MAIN(TestDigestHeaderDialog)
#include "tst_digestheaderdialog.moc"
