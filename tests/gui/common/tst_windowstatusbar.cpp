// The status bar's texts: the save state (a failure says what failed) and the counts by status.
#include "common/windowstatusbar.h"

#include <QLabel>
#include <QtTest>

using namespace DigestStudio;
using SaveState = WindowStatusBar::SaveState;

class TestWindowStatusBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhetherTheDigestIsSaved()
    {
        WindowStatusBar bar;
        QCOMPARE(bar.saveStateText(), QStringLiteral("No digest open"));
        bar.setSaveState(SaveState::Unsaved);
        QCOMPARE(bar.saveStateText(), QStringLiteral("Not saved yet"));
        bar.setSaveState(SaveState::Failed, QStringLiteral("the disk is full"));
        QCOMPARE(bar.saveState(), SaveState::Failed);
        QCOMPARE(bar.saveStateText(), QStringLiteral("Not saved: the disk is full"));
        auto *label = bar.findChild<QLabel *>(QStringLiteral("saveStateLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), bar.saveStateText());
        QVERIFY(label->styleSheet().contains(QStringLiteral("bold")));
        bar.setSaveState(SaveState::Saved);
        QCOMPARE(label->text(), QStringLiteral("Saved"));
        QVERIFY(label->styleSheet().isEmpty());
    }

    void countsThePapersByStatus()
    {
        WindowStatusBar bar;
        bar.setCounts({0, 0, 0});
        QCOMPARE(bar.countsText(), QStringLiteral("No papers"));
        bar.setCounts({3, 1, 1});
        // (The plural of "paper" comes with the installed translation.)
        QVERIFY2(bar.countsText().startsWith(QLatin1String("5 paper")), qPrintable(bar.countsText()));
        QVERIFY(bar.countsText().endsWith(QStringLiteral(": 3 draft, 1 translated, 1 reviewed — 4 left")));
        QCOMPARE(bar.findChild<QLabel *>(QStringLiteral("countsLabel"))->text(), bar.countsText());
    }

    void mapsTheAutosaveStates()
    {
        QCOMPARE(WindowStatusBar::saveStateOf(AutosaveController::State::Pending), SaveState::Unsaved);
        QCOMPARE(WindowStatusBar::saveStateOf(AutosaveController::State::Conflict), SaveState::Conflict);
        QCOMPARE(WindowStatusBar::saveStateOf(AutosaveController::State::Failed), SaveState::Failed);
    }
};

QTEST_MAIN(TestWindowStatusBar)
#include "tst_windowstatusbar.moc"
