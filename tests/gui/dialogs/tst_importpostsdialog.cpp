// The import dialog: the dates each file will get, then per file imported or refused and why, and undo,
// run through the main window against a scratch library.
#include "app/mainwindow.h"
#include "controllers/intakecontroller.h"
#include "dialogs/importpostsdialog.h"
#include "scratchlibraries.h"
#include "storage/library.h"
#include "testsupport.h"
#include "windowparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

using namespace DigestStudio;

class TestImportPostsDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(bytes);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DigestStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importpostsdialog"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void showsTheDateEachFileWillGet()
    {
        ImportPostsDialog dialog({QStringLiteral("/x/2022-10-14.txt"), QStringLiteral("/x/arxiv-20221015.md"),
                                  QStringLiteral("/x/published.txt")});
        QCOMPARE(dialog.files().size(), 3);
        QCOMPARE(dialog.dateText(0), QStringLiteral("2022-10-14 (from the name)"));
        QCOMPARE(dialog.dateText(1), QStringLiteral("2022-10-15 (from the name)"));
        QVERIFY(dialog.dateText(2).contains(QStringLiteral("today: no date in the name")));
        QVERIFY(!dialog.date().isValid());
        dialog.findChild<QCheckBox *>(QStringLiteral("oneDateCheck"))->setChecked(true);
        dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(QDate(2023, 1, 2));
        QCOMPARE(dialog.date(), QDate(2023, 1, 2));
        QCOMPARE(dialog.dateText(1), QStringLiteral("2023-01-02 (chosen)"));
        // The same file twice is listed once.
        dialog.addFiles({QStringLiteral("/x/2022-10-14.txt")});
        QCOMPARE(dialog.files().size(), 3);
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY(!dialog.undoButton()->isEnabled());
    }

    void importsThroughTheWindowThenUndoes()
    {
        Test::ScratchLibraries libraries;
        const QString location = libraries.create(QStringLiteral("sqlite"));
        MainWindow window(Test::launchOn(location));
        Library *library = Test::workspace(window)->library();
        QVERIFY(library);
        const auto *switcher = Test::part<QComboBox>(window, "digestSwitcher");
        const int before = switcher->count();
        const int stored = static_cast<int>(library->digests().size());
        const QByteArray sample = Test::fixture(QStringLiteral("published/digest-sample.txt"));
        const QStringList files{write(QStringLiteral("2022-10-14.txt"), sample),
                                write(QStringLiteral("notes-2022-10-15.txt"), "no digest here\n"),
                                write(QStringLiteral("arxiv-20221016.md"), sample)};
        ImportPostsDialog *dialog =
            Test::part<IntakeController>(window, "intakeController")->openImportDialog(files);
        QVERIFY(dialog);
        // Confirmed first: nothing is imported before Import is pressed.
        QCOMPARE(library->digests().size(), stored);
        dialog->importButton()->click();
        QCOMPARE(library->digests().size(), stored + 2);
        QVERIFY2(dialog->resultText(0).startsWith(QStringLiteral("Imported as digest")),
                 qPrintable(dialog->resultText(0)));
        QVERIFY2(dialog->resultText(1).startsWith(QStringLiteral("Refused: line 1: expected")),
                 qPrintable(dialog->resultText(1)));
        QVERIFY(dialog->resultText(2).contains(QStringLiteral("(9 entries)")));
        // (No translation loaded here: `%n file(s)` reads "files" only with the English plural forms.)
        QVERIFY2(dialog->summary().startsWith(QStringLiteral("Imported 2 of 3 file")),
                 qPrintable(dialog->summary()));
        QVERIFY(dialog->summary().endsWith(QStringLiteral("The refused files changed nothing.")));
        QVERIFY(!dialog->importButton()->isEnabled());
        // The library view follows.
        QCOMPARE(switcher->count(), before + 2);
        // Undo Import: one step for both.
        QVERIFY(dialog->undoButton()->isEnabled());
        dialog->undoButton()->click();
        QCOMPARE(library->digests().size(), stored);
        QCOMPARE(switcher->count(), before);
        QVERIFY(dialog->summary().startsWith(QStringLiteral("The import was undone")));
        QVERIFY(!dialog->undoButton()->isEnabled());
        dialog->close();
    }
};

QTEST_MAIN(TestImportPostsDialog)
#include "tst_importpostsdialog.moc"
