// AliasOfferController: a person who renames one institution of an affiliation line (typing, then leaving the
// field) is offered to remember the new name for the team; Remember stores the alias in the library as an
// undoable step, Not Now stores nothing, and an edit that changes more than one institution offers nothing.
#include "common/guiresources.h"
#include "common/windowstatusbar.h"
#include "controllers/aliasoffercontroller.h"
#include "document/digestdocument.h"
#include "document/workspace.h"
#include "editor/aliasofferbar.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "storage/library.h"

#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtTest>

using namespace DigestStudio;

namespace {

const QString Maryland = QStringLiteral("University of Maryland");
const QString Nyu = QStringLiteral("New York University");

// A window on a library holding one digest of one paper whose line names two institutions.
struct Window
{
    QTemporaryDir dir; // the library's; goes last
    QWidget widget;
    Workspace *workspace;
    EntryEditor *editor;
    WindowStatusBar *statusBar;
    AliasOfferController *controller;

    Window()
        : workspace(new Workspace(dir.filePath(QStringLiteral("aliases.sqlite")), &widget))
        , editor(new EntryEditor(&widget))
        , statusBar(new WindowStatusBar(&widget))
        , controller(new AliasOfferController(workspace, editor, statusBar, &widget))
    {
        editor->setDocument(workspace->document());
        auto *layout = new QVBoxLayout(&widget);
        layout->addWidget(editor);
        layout->addWidget(statusBar);
        Library *library = workspace->library();
        const qint64 digestId = library->createDigest(QDate(2026, 12, 7));
        DigestEntry entry;
        entry.setArxivId(QStringLiteral("2212.01234"));
        entry.setTitle(QStringLiteral("Sparse Models"));
        entry.setAffiliations(Maryland + QStringLiteral(" & ") + Nyu);
        library->appendEntry(digestId, entry);
        QString error;
        if (!workspace->openStoredDigest(digestId, &error))
            qWarning("%s", qPrintable(error));
        editor->setCurrentEntry(0);
    }

    AliasOfferBar *bar() const { return controller->bar(); }

    // Replaces the affiliation line by typing, then leaves the field by clicking the title.
    void retype(const QString &line)
    {
        FieldEdit *affiliations = editor->fieldEdit(DigestEntry::Field::Affiliations);
        QTest::mouseClick(affiliations->viewport(), Qt::LeftButton);
        QTest::keyClick(affiliations, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(affiliations, line);
        QTest::mouseClick(editor->fieldEdit(DigestEntry::Field::Title)->viewport(), Qt::LeftButton);
    }

    QMap<QString, QString> aliases() const
    {
        QMap<QString, QString> map;
        for (const AffiliationAlias &alias : workspace->library()->affiliationAliases())
            map.insert(alias.longName, alias.shortName);
        return map;
    }
};

} // namespace

class TestAliasOfferController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-alias-test"));
        GuiResources::init();
        QSettings().clear();
    }

    void renamingOneInstitutionOffersItsAlias()
    {
        Window window;
        window.widget.show();
        window.widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window.widget));
        QVERIFY(!window.bar()->isVisible());

        window.retype(QStringLiteral("UMD & New York University"));
        QCOMPARE(window.workspace->document()->entry(0).affiliations(),
                 QStringLiteral("UMD & New York University"));
        QVERIFY(window.bar()->isVisible());
        QVERIFY2(window.bar()->text().contains(Maryland), qPrintable(window.bar()->text()));
        QVERIFY2(window.bar()->text().contains(QStringLiteral("UMD")), qPrintable(window.bar()->text()));
        QVERIFY(window.aliases().isEmpty()); // nothing stored before Remember

        QTest::mouseClick(window.bar()->findChild<QPushButton *>(QStringLiteral("rememberAlias")),
                          Qt::LeftButton);
        QVERIFY(!window.bar()->isVisible());
        QCOMPARE(window.aliases(), (QMap<QString, QString>{{Maryland, QStringLiteral("UMD")}}));

        // One undo step forgets it; redo remembers it again.
        QUndoStack *stack = window.workspace->document()->undoStack();
        QVERIFY2(stack->undoText().contains(QStringLiteral("UMD")), qPrintable(stack->undoText()));
        stack->undo();
        QVERIFY(window.aliases().isEmpty());
        QCOMPARE(window.workspace->document()->entry(0).affiliations(),
                 QStringLiteral("UMD & New York University"));
        stack->redo();
        QCOMPARE(window.aliases(), (QMap<QString, QString>{{Maryland, QStringLiteral("UMD")}}));
    }

    void notNowRemembersNothing()
    {
        Window window;
        window.widget.show();
        window.widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window.widget));
        window.retype(QStringLiteral("University of Maryland & NYU"));
        QVERIFY(window.bar()->isVisible());
        QVERIFY2(window.bar()->text().contains(Nyu), qPrintable(window.bar()->text()));
        QTest::mouseClick(window.bar()->findChild<QPushButton *>(QStringLiteral("dismissAlias")),
                          Qt::LeftButton);
        QVERIFY(!window.bar()->isVisible());
        QVERIFY(window.aliases().isEmpty());
    }

    void anEditOfMoreThanOneNameOffersNothing()
    {
        Window window;
        window.widget.show();
        window.widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window.widget));
        window.retype(QStringLiteral("UMD & NYU"));
        QCOMPARE(window.workspace->document()->entry(0).affiliations(), QStringLiteral("UMD & NYU"));
        QVERIFY(!window.bar()->isVisible());
        window.retype(QStringLiteral("UMD & NYU & MIT"));
        QVERIFY(!window.bar()->isVisible());
    }
};

QTEST_MAIN(TestAliasOfferController)
#include "tst_aliasoffercontroller.moc"
