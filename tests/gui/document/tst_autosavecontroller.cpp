// The open digest and a real SQLite library kept in step: typing, leaving a field, structure changes and
// their undo, conflicts with a second connection, changes made elsewhere.
#include "checks/untoucheddrafts.h"
#include "common/guiresources.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "guiinput.h"
#include "scratchlibraries.h"
#include "storage/library.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::ScratchLibraries;
using DigestStudio::Test::typeCommitted;
using Field = DigestEntry::Field;

// A library for the row's backend holding one digest of three papers; fails when no PostgreSQL server is
// there.
#define FRESH_LIBRARY()                                                                                      \
    QFETCH(QString, backend);                                                                                \
    if (!createLibrary(backend)) {                                                                           \
        QFAIL(qPrintable(ScratchLibraries::noServer()));                                                     \
    }

namespace {

DigestEntry makeEntry(const QString &id, const QString &title)
{
    DigestEntry e;
    e.setArxivId(id);
    e.setVersion(1);
    e.setTag(QStringLiteral("LG"));
    e.setTitle(title);
    e.setAbstract(QStringLiteral("We study things. They matter."));
    e.setLink(QStringLiteral("https://arxiv.org/abs/") + id);
    return e;
}

} // namespace

class TestAutosaveController final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;
    QString m_path;
    qint64 m_digestId = 0;

    // A second connection, as another process or a colleague would have.
    static std::unique_ptr<Library> openOther(const QString &path)
    {
        LibraryError error;
        auto library = Library::open(path, &error);
        if (!library)
            qWarning("%s", qPrintable(error.message));
        return library;
    }

    Digest stored()
    {
        auto other = openOther(m_path);
        Digest digest;
        LibraryError error;
        if (!other || !other->loadDigest(m_digestId, &digest, &error))
            qWarning("%s", qPrintable(error.message));
        return digest;
    }

    static QStringList ids(const Digest &digest)
    {
        QStringList out;
        for (const DigestEntry &e : digest.entries())
            out.append(e.arxivId());
        return out;
    }

    bool createLibrary(const QString &backend)
    {
        m_path = m_scratch.create(backend);
        if (m_path.isEmpty())
            return false;
        auto library = openOther(m_path);
        if (!library)
            return false;
        m_digestId = library->createDigest(QDate(2026, 11, 29));
        for (int i = 0; i < 3; ++i)
            library->appendEntry(m_digestId, makeEntry(QStringLiteral("2210.0000%1").arg(i),
                                                       QStringLiteral("Paper %1").arg(i)));
        return m_digestId > 0;
    }

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

private Q_SLOTS:
    void initTestCase() { GuiResources::init(); }

    void typingOnBothSidesIsStoredWithinASecond_data() { backends(); }
    void typingOnBothSidesIsStoredWithinASecond()
    {
        FRESH_LIBRARY();
        auto library = openOther(m_path);
        DigestDocument doc;
        AutosaveController autosave(library.get(), &doc);
        QString error;
        QVERIFY2(autosave.openDigest(m_digestId, &error), qPrintable(error));
        QCOMPARE(doc.entryCount(), 3);
        EntryEditor editor;
        editor.setDocument(&doc);
        editor.show();
        editor.setCurrentEntry(1);

        FieldEdit *abstract = editor.fieldEdit(Field::Abstract);
        abstract->setFocus();
        abstract->moveCursor(QTextCursor::End);
        QTest::keyClicks(abstract, QStringLiteral(" Really."));
        FieldEdit *summary = editor.fieldEdit(Field::ZhSummary);
        summary->setFocus();
        typeCommitted(summary, QStringLiteral("我们研究事物。"));
        QVERIFY(doc.isModified());
        QCOMPARE(autosave.state(), AutosaveController::State::Pending);
        // Saved by the autosave's own timer, with nothing more typed; its delay is the "within a second".
        // The wait allows for a loaded machine (a sanitizer build on two cores): no wall-clock bound here.
        QVERIFY(autosave.delay() <= 1000);
        QTRY_COMPARE_WITH_TIMEOUT(autosave.state(), AutosaveController::State::Saved, 10000);
        QVERIFY(!doc.isModified());
        const Digest digest = stored();
        QCOMPARE(digest.entries().at(1).abstract(), QStringLiteral("We study things. They matter. Really."));
        QCOMPARE(digest.entries().at(1).zhSummary(), QStringLiteral("我们研究事物。"));
    }

    void leavingAFieldSavesAtOnce_data() { backends(); }
    void leavingAFieldSavesAtOnce()
    {
        FRESH_LIBRARY();
        auto library = openOther(m_path);
        DigestDocument doc;
        AutosaveController autosave(library.get(), &doc);
        autosave.setDelay(60000);
        QString error;
        QVERIFY(autosave.openDigest(m_digestId, &error));
        EntryEditor editor;
        editor.setDocument(&doc);
        connect(&editor, &EntryEditor::fieldEditingFinished, &autosave, &AutosaveController::saveNow);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setCurrentEntry(0);
        FieldEdit *zhTitle = editor.fieldEdit(Field::ZhTitle);
        zhTitle->activateWindow();
        zhTitle->setFocus();
        QTRY_VERIFY(zhTitle->hasFocus());
        typeCommitted(zhTitle, QStringLiteral("标题"));
        QCOMPARE(stored().entries().at(0).zhTitle(), QString());
        editor.fieldEdit(Field::ZhSummary)->setFocus();
        QTRY_VERIFY(!zhTitle->hasFocus());
        QCOMPARE(stored().entries().at(0).zhTitle(), QStringLiteral("标题"));
    }

    void structureChangesAndTheirUndoAreStored_data() { backends(); }
    void structureChangesAndTheirUndoAreStored()
    {
        FRESH_LIBRARY();
        auto library = openOther(m_path);
        DigestDocument doc;
        AutosaveController autosave(library.get(), &doc);
        QString error;
        QVERIFY(autosave.openDigest(m_digestId, &error));
        const QString a = QStringLiteral("2210.00000");
        const QString b = QStringLiteral("2210.00001");
        const QString c = QStringLiteral("2210.00002");

        doc.moveEntries({2}, 0);
        QCOMPARE(ids(stored()), (QStringList{c, a, b}));
        doc.setStatus({0, 1}, DigestEntry::Status::Translated);
        doc.setTag({1}, QStringLiteral("CV"));
        QVERIFY(autosave.saveNow());
        QCOMPARE(stored().entries().at(0).status(), DigestEntry::Status::Translated);
        QCOMPARE(stored().entries().at(1).tag(), QStringLiteral("CV"));

        DigestEntry added = makeEntry(QStringLiteral("2301.00009"), QStringLiteral("New"));
        doc.addEntries(1, {added});
        QCOMPARE(ids(stored()), (QStringList{c, QStringLiteral("2301.00009"), a, b}));
        doc.setField(1, Field::ZhTitle, QStringLiteral("新"));
        doc.removeEntries({0, 3});
        QCOMPARE(ids(stored()), (QStringList{QStringLiteral("2301.00009"), a}));

        // Every undo reaches the library too, text included.
        doc.undoStack()->undo(); // remove
        QVERIFY(autosave.saveNow());
        QCOMPARE(ids(stored()), (QStringList{c, QStringLiteral("2301.00009"), a, b}));
        QCOMPARE(stored().entries().at(1).zhTitle(), QStringLiteral("新"));
        QCOMPARE(stored().entries().at(0).status(), DigestEntry::Status::Translated);
        doc.undoStack()->undo(); // zh title
        doc.undoStack()->undo(); // add
        doc.undoStack()->undo(); // tag
        doc.undoStack()->undo(); // status
        doc.undoStack()->undo(); // move
        QVERIFY(autosave.saveNow());
        const Digest back = stored();
        QCOMPARE(ids(back), (QStringList{a, b, c}));
        QCOMPARE(back.entries().at(0).status(), DigestEntry::Status::Draft);
        QCOMPARE(back.entries().at(1).tag(), QStringLiteral("LG"));
        QVERIFY(!doc.isModified());
    }

    void aStaleSaveIsAConflictThatKeepsBothTexts_data() { backends(); }
    void aStaleSaveIsAConflictThatKeepsBothTexts()
    {
        FRESH_LIBRARY();
        auto library = openOther(m_path);
        DigestDocument doc;
        AutosaveController autosave(library.get(), &doc);
        QString error;
        QVERIFY(autosave.openDigest(m_digestId, &error));
        QSignalSpy conflicts(&autosave, &AutosaveController::conflict);

        const QString before = doc.entry(0).zhSummary();
        // A colleague saves the summary first, from their own connection.
        {
            auto other = openOther(m_path);
            DigestEntry theirs;
            QVERIFY(other->loadEntry(doc.entry(0).id(), &theirs));
            QVERIFY(other
                        ->saveField(theirs.id(), theirs.revision(), Field::ZhSummary,
                                    QStringLiteral("他们的译文"))
                        .saved());
        }
        doc.setField(0, Field::ZhSummary, QStringLiteral("我的译文"));
        QVERIFY(!autosave.saveNow());
        QCOMPARE(autosave.state(), AutosaveController::State::Conflict);
        QCOMPARE(conflicts.count(), 1);
        const auto ours = conflicts.first().at(1).value<DigestEntry>();
        const auto theirs = conflicts.first().at(2).value<DigestEntry>();
        QCOMPARE(ours.zhSummary(), QStringLiteral("我的译文"));
        QCOMPARE(theirs.zhSummary(), QStringLiteral("他们的译文"));
        // And the text both started from, from the history: what the dialog merges from.
        const auto base = conflicts.first().at(3).value<DigestEntry>();
        QCOMPARE(base.id(), doc.entry(0).id());
        QCOMPARE(base.zhSummary(), before);
        QVERIFY(base.zhSummary() != theirs.zhSummary());
        // Nothing of ours overwrote theirs.
        QCOMPARE(stored().entries().at(0).zhSummary(), QStringLiteral("他们的译文"));

        DigestEntry resolved = theirs;
        resolved.setZhSummary(QStringLiteral("我的译文\n\n他们的译文"));
        autosave.resolveConflict(doc.entry(0).id(), resolved);
        QCOMPARE(autosave.state(), AutosaveController::State::Saved);
        QCOMPARE(stored().entries().at(0).zhSummary(), QStringLiteral("我的译文\n\n他们的译文"));
        QCOMPARE(doc.entry(0).zhSummary(), QStringLiteral("我的译文\n\n他们的译文"));
        // The resolution is one undo step back to the text this editor had; saving it is no conflict now.
        doc.undoStack()->undo();
        QCOMPARE(doc.entry(0).zhSummary(), QStringLiteral("我的译文"));
        QVERIFY(autosave.saveNow());
    }

    void headerEditsAndTheirUndoAreStoredAtOnce_data() { backends(); }
    void headerEditsAndTheirUndoAreStoredAtOnce()
    {
        FRESH_LIBRARY();
        auto library = openOther(m_path);
        DigestDocument doc;
        AutosaveController autosave(library.get(), &doc);
        autosave.setDelay(60000);
        QString error;
        QVERIFY(autosave.openDigest(m_digestId, &error));
        const Digest before = stored();
        Digest edited = doc.digest();
        edited.setTitle(QStringLiteral("周末版"));
        edited.setAttribution(QStringLiteral("转自爱可可爱生活"));
        edited.setFooter(QStringLiteral("新页脚"));
        doc.setHeader(edited);
        // Stored without waiting for the delay; nothing is left unsaved.
        QCOMPARE(stored().title(), QStringLiteral("周末版"));
        QCOMPARE(stored().attribution(), QStringLiteral("转自爱可可爱生活"));
        QCOMPARE(stored().footer(), QStringLiteral("新页脚"));
        QVERIFY(!doc.isModified());
        QCOMPARE(autosave.state(), AutosaveController::State::Saved);

        doc.undoStack()->undo();
        QCOMPARE(stored().title(), before.title());
        QCOMPARE(stored().attribution(), before.attribution());
        QCOMPARE(stored().footer(), before.footer());
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(stored().attribution(), QStringLiteral("转自爱可可爱生活"));
    }

    void structureChangesLeaveNothingUnsaved_data() { backends(); }
    void structureChangesLeaveNothingUnsaved()
    {
        FRESH_LIBRARY();
        auto library = openOther(m_path);
        DigestDocument doc;
        AutosaveController autosave(library.get(), &doc);
        autosave.setDelay(60000);
        QString error;
        QVERIFY(autosave.openDigest(m_digestId, &error));
        QSignalSpy modified(&doc, &DigestDocument::modifiedChanged);
        // Stored as the step is made: the document is not modified, then or after its undo.
        doc.addEntries(1, {makeEntry(QStringLiteral("2301.00009"), QStringLiteral("New"))});
        QVERIFY(!doc.isModified());
        doc.moveEntries({0}, 3);
        QVERIFY(!doc.isModified());
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(!doc.isModified());
        QCOMPARE(autosave.state(), AutosaveController::State::Saved);
        QCOMPARE(stored().entryCount(), 3);
        // A text edit is modified until it is saved.
        doc.setField(0, Field::ZhTitle, QStringLiteral("标题"));
        QVERIFY(doc.isModified());
        QVERIFY(autosave.saveNow());
        QVERIFY(!doc.isModified());
    }

    void othersChangesAppear_data() { backends(); }
    void othersChangesAppear()
    {
        FRESH_LIBRARY();
        auto library = openOther(m_path);
        DigestDocument doc;
        AutosaveController autosave(library.get(), &doc);
        QString error;
        QVERIFY(autosave.openDigest(m_digestId, &error));
        {
            auto other = openOther(m_path);
            DigestEntry theirs;
            QVERIFY(other->loadEntry(doc.entry(2).id(), &theirs));
            QVERIFY(
                other->saveField(theirs.id(), theirs.revision(), Field::ZhTitle, QStringLiteral("别人的标题"))
                    .saved());
        }
        QTRY_COMPARE_WITH_TIMEOUT(doc.entry(2).zhTitle(), QStringLiteral("别人的标题"), 5000);
        // Editing on top of it saves cleanly (the revision followed).
        doc.setField(2, Field::ZhTitle, QStringLiteral("别人的标题!"));
        QVERIFY(autosave.saveNow());
        QCOMPARE(stored().entries().at(2).zhTitle(), QStringLiteral("别人的标题!"));
    }

    // Regression: `digestctl draft` (its steps, on a second connection: the drafted fields, the model
    // in drafted_by, the status) drafts an entry while the digest is open here. The autosave took the other
    // process's fields but not drafted_by, then wrote drafted_by = NULL from its stale copy at the next save
    // of another field: the "untouched machine draft" warning was gone. Typing in an English field and a tag
    // change keep the mark; a person's edit of a Chinese field removes it.
    void aDraftMadeElsewhereKeepsItsMark_data() { backends(); }
    void aDraftMadeElsewhereKeepsItsMark()
    {
        FRESH_LIBRARY();
        auto library = openOther(m_path);
        DigestDocument doc;
        AutosaveController autosave(library.get(), &doc);
        QString error;
        QVERIFY(autosave.openDigest(m_digestId, &error));
        EntryEditor editor;
        editor.setDocument(&doc);
        editor.show();
        editor.setCurrentEntry(1);
        {
            auto other = openOther(m_path);
            DigestEntry drafted;
            QVERIFY(other->loadEntry(doc.entry(1).id(), &drafted));
            drafted.setZhTitle(QStringLiteral("事物研究"));
            drafted.setZhSummary(QStringLiteral("我们研究事物。"));
            drafted.setDraftedBy(QStringLiteral("deepseek-chat"));
            drafted.setStatus(DigestEntry::Status::Translated);
            QVERIFY(other->saveEntry(drafted).saved());
        }
        QTRY_COMPARE_WITH_TIMEOUT(doc.entry(1).zhTitle(), QStringLiteral("事物研究"), 5000);
        const auto untouched = [this] { return UntouchedDrafts::warning(stored(), CheckSettings()); };
        QVERIFY2(untouched().contains(QStringLiteral("deepseek-chat")), qPrintable(untouched()));

        FieldEdit *abstract = editor.fieldEdit(Field::Abstract);
        abstract->setFocus();
        abstract->moveCursor(QTextCursor::End);
        QTest::keyClicks(abstract, QStringLiteral(" Really."));
        QVERIFY(autosave.saveNow());
        QCOMPARE(stored().entries().at(1).abstract(),
                 QStringLiteral("We study things. They matter. Really."));
        QCOMPARE(stored().entries().at(1).draftedBy(), QStringLiteral("deepseek-chat"));
        QVERIFY2(untouched().contains(QStringLiteral("deepseek-chat")), qPrintable(untouched()));

        doc.setTag({1}, QStringLiteral("CV"));
        QVERIFY(autosave.saveNow());
        QCOMPARE(stored().entries().at(1).tag(), QStringLiteral("CV"));
        QCOMPARE(stored().entries().at(1).draftedBy(), QStringLiteral("deepseek-chat"));
        QCOMPARE(doc.entry(1).draftedBy(), QStringLiteral("deepseek-chat"));

        FieldEdit *zhTitle = editor.fieldEdit(Field::ZhTitle);
        zhTitle->setFocus();
        zhTitle->moveCursor(QTextCursor::End);
        typeCommitted(zhTitle, QStringLiteral("综述"));
        QVERIFY(autosave.saveNow());
        QCOMPARE(stored().entries().at(1).zhTitle(), QStringLiteral("事物研究综述"));
        QCOMPARE(stored().entries().at(1).draftedBy(), QString());
        QCOMPARE(untouched(), QString());
    }

    // The same stale copy through a conflict: a tag change not yet saved meets the draft made elsewhere. A
    // resolution that keeps the machine's Chinese text keeps its mark (one undo step with the rest).
    void aConflictResolvedWithTheDraftKeepsItsMark_data() { backends(); }
    void aConflictResolvedWithTheDraftKeepsItsMark()
    {
        FRESH_LIBRARY();
        auto library = openOther(m_path);
        DigestDocument doc;
        AutosaveController autosave(library.get(), &doc);
        autosave.setDelay(60000);
        QString error;
        QVERIFY(autosave.openDigest(m_digestId, &error));
        QSignalSpy conflicts(&autosave, &AutosaveController::conflict);
        doc.setTag({0}, QStringLiteral("CV"));
        {
            auto other = openOther(m_path);
            DigestEntry drafted;
            QVERIFY(other->loadEntry(doc.entry(0).id(), &drafted));
            drafted.setZhTitle(QStringLiteral("事物研究"));
            drafted.setDraftedBy(QStringLiteral("qwen-plus"));
            QVERIFY(other->saveEntry(drafted).saved());
        }
        QVERIFY(!autosave.saveNow());
        QCOMPARE(conflicts.count(), 1);
        DigestEntry resolved = conflicts.first().at(2).value<DigestEntry>(); // theirs, as the dialog starts
        resolved.setTag(QStringLiteral("CV"));
        autosave.resolveConflict(doc.entry(0).id(), resolved);
        QCOMPARE(stored().entries().at(0).tag(), QStringLiteral("CV"));
        QCOMPARE(stored().entries().at(0).draftedBy(), QStringLiteral("qwen-plus"));
        doc.undoStack()->undo();
        QCOMPARE(doc.entry(0).draftedBy(), QString());
        QCOMPARE(doc.entry(0).zhTitle(), QString());
    }
};

QTEST_MAIN(TestAutosaveController)
#include "tst_autosavecontroller.moc"
