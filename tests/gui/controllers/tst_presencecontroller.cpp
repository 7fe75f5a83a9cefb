// PresenceController with two windows on one PostgreSQL library as two people (two login roles), driven by
// mouse clicks and typing: what one types in shows in the other's paper list (initials, ✎, a tooltip naming
// the person and the field) and above its editor ("王芳 is typing in the Chinese summary"); entering the same
// field while the other types shows a warning, gone when they stop; a window that closes is gone from the
// other at once. On SQLite nothing shows.
#include "common/guiresources.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "guiinput.h"
#include "librarytests.h"
#include "models/paperlistmodel.h"
#include "services/presenceservice.h"
#include "storage/teamstore.h"
#include "windowparts.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>

using namespace DigestStudio;
using namespace DigestStudio::Test;

namespace {

bool activate(MainWindow &window)
{
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

// Clicks the paper at `row` in the window's paper list.
void clickPaper(MainWindow &window, int row)
{
    QTreeView *view = paperView(window);
    const QModelIndex index = view->model()->index(row, PaperListModel::TitleColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

FieldEdit *summary(MainWindow &window)
{
    return part<FieldEdit>(window, "zh_summary");
}

QVariant here(MainWindow &window, int row, int role = Qt::DisplayRole)
{
    QAbstractItemModel *model = paperView(window)->model();
    return model->index(row, PaperListModel::PresenceColumn).data(role);
}

} // namespace

class TestPresenceController final : public QObject
{
    Q_OBJECT

    ScratchLibraries m_scratch;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-presence-test"));
        GuiResources::init();
        QSettings().clear();
    }

    void typingInOneWindowShowsInTheOther()
    {
        const QString location = m_scratch.create(QStringLiteral("postgresql"));
        if (location.isEmpty())
            QFAIL(qPrintable(ScratchLibraries::noServer()));
        QString translatorRole;
        QString asTranslator;
        {
            OPEN_LIBRARY(owner, location);
            const qint64 digest = owner->createDigest(QDate(2026, 12, 7));
            for (int i = 1; i <= 2; ++i)
                owner->appendEntry(digest, makeEntry(QStringLiteral("2212.0000%1").arg(i),
                                                     QStringLiteral("Paper %1").arg(i), QString()));
            // The second person's role is granted the library's tables, so it comes after they exist.
            asTranslator = m_scratch.loginAs(location, QStringLiteral("translator"), true, &translatorRole);
            QVERIFY(!asTranslator.isEmpty());
            LibraryError error;
            QVERIFY(owner->team().setDisplayName(translatorRole, QStringLiteral("王芳"), &error));
            QVERIFY(owner->team().setDisplayName(owner->person(), QStringLiteral("Li Lei"), &error));
        }
        MainWindow a(launchOn(location));
        auto b = std::make_unique<MainWindow>(launchOn(asTranslator));
        QVERIFY2(workspace(*b)->library(), qPrintable(workspace(*b)->libraryError()));
        a.show();
        b->show();
        QVERIFY(QTest::qWaitForWindowExposed(&a));
        QVERIFY(QTest::qWaitForWindowExposed(b.get()));
        auto *line = part<QLabel>(a, "presenceLine");
        auto *warning = part<QLabel>(a, "presenceWarning");
        QVERIFY(line && warning);
        QCOMPARE(line->textFormat(), Qt::PlainText);

        // B opens paper 2 and types in its Chinese summary.
        QVERIFY(activate(*b));
        clickPaper(*b, 1);
        QCOMPARE(part<EntryEditor>(*b, "EntryEditor")->currentEntry(), 1);
        QTest::mouseClick(summary(*b)->viewport(), Qt::LeftButton);
        QTRY_VERIFY(summary(*b)->hasFocus());
        typeCommitted(summary(*b), QStringLiteral("摘要"));
        QTRY_COMPARE(here(a, 1).toString(), QStringLiteral("王✎"));
        QCOMPARE(here(a, 1, Qt::ToolTipRole).toString(),
                 QStringLiteral("王芳 is typing in the Chinese summary"));
        QCOMPARE(here(a, 0), QVariant()); // nobody on paper 1

        // A opens paper 2: the line names B; entering the summary while B types warns.
        QVERIFY(activate(a));
        clickPaper(a, 1);
        QTRY_VERIFY(line->isVisible());
        typeCommitted(summary(*b), QStringLiteral("的"));
        QTRY_COMPARE(line->text(), QStringLiteral("王芳 is typing in the Chinese summary"));
        QVERIFY(!warning->isVisible());
        QTest::mouseClick(summary(a)->viewport(), Qt::LeftButton);
        QTRY_VERIFY(summary(a)->hasFocus());
        typeCommitted(summary(*b), QStringLiteral("文"));
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(warning->text().startsWith(QStringLiteral("王芳 is typing in the Chinese summary too")),
                 qPrintable(warning->text()));
        // A types too: B sees A typing in paper 2.
        QTest::keyClicks(summary(a), QStringLiteral("x"));
        QTRY_COMPARE(here(*b, 1).toString(), QStringLiteral("LL✎"));

        // B stops typing: after a few seconds the warning goes, B is still in the field.
        QTRY_VERIFY_WITH_TIMEOUT(!warning->isVisible(), PresenceService::TypingMs + 3000);
        QCOMPARE(line->text(), QStringLiteral("王芳 is in the Chinese summary"));
        QCOMPARE(here(a, 1).toString(), QStringLiteral("王"));

        // B closes its window: gone from A at once (a leave, not the timeout).
        b.reset();
        QTRY_VERIFY_WITH_TIMEOUT(here(a, 1).isNull(), 3000);
        QTRY_VERIFY(!line->isVisible());
    }

    void sqliteShowsNothing()
    {
        const QString location = m_scratch.create(QStringLiteral("sqlite"));
        MainWindow window(launchOn(location));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *bar = part<QWidget>(window, "presenceBar");
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
        QVERIFY(part<QObject>(window, "presenceController"));
    }
};

QTEST_MAIN(TestPresenceController)
#include "tst_presencecontroller.moc"
