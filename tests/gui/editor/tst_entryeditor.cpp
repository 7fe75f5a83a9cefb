// The side-by-side entry editor driven through its real widgets: typing, undo, sentence alignment,
// glossary marks and insertion, synchronised scrolling, character counts, spelling marks.
#include "common/guiresources.h"
#include "document/digestdocument.h"
#include "editor/entryeditor.h"
#include "editor/entryhighlighter.h"
#include "editor/fieldedit.h"
#include "guiinput.h"
#include "text/glossary.h"
#include "text/spellchecker.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <QUndoStack>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::typeCommitted;
using Field = DigestEntry::Field;

namespace {

const QString abstractText = QStringLiteral(
    "We study data augmentation. A vision transformer learns invariance from it. The loss drops by 3.5%.");
const QString summaryText = QStringLiteral("我们研究数据增强。视觉变换器从中学习不变性。损失下降了3.5%。");

Digest makeDigest()
{
    Digest digest;
    digest.setDate(QDate(2026, 11, 29));
    for (int i = 0; i < 2; ++i) {
        DigestEntry entry;
        entry.setArxivId(QStringLiteral("2210.0644%1").arg(i));
        entry.setTag(QStringLiteral("LG"));
        entry.setTitle(QStringLiteral("Paper %1").arg(i));
        entry.setAbstract(abstractText);
        entry.setZhSummary(summaryText);
        digest.entries().append(entry);
    }
    return digest;
}

// The glossary term property on the characters of `part` in the field's first block, or -1 when unmarked.
int markedTerm(FieldEdit *edit, const QString &part)
{
    const QTextBlock block = edit->document()->firstBlock();
    const int at = static_cast<int>(block.text().indexOf(part));
    if (at < 0)
        return -2;
    int term = -1;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start <= at && at + part.size() <= range.start + range.length &&
            range.format.hasProperty(EntryHighlighter::GlossaryTermProperty))
            term = range.format.property(EntryHighlighter::GlossaryTermProperty).toInt();
    }
    return term;
}

} // namespace

class TestEntryEditor final : public QObject
{
    Q_OBJECT

private:
    DigestDocument *m_doc = nullptr;
    Glossary *m_glossary = nullptr;
    EntryEditor *m_editor = nullptr;

    FieldEdit *edit(Field f) const { return m_editor->fieldEdit(f); }

    void placeCaret(FieldEdit *e, int position)
    {
        e->setFocus();
        QTextCursor c = e->textCursor();
        c.setPosition(position);
        e->setTextCursor(c);
    }

private Q_SLOTS:
    void initTestCase() { GuiResources::init(); }

    void init()
    {
        m_doc = new DigestDocument;
        m_doc->setDigest(makeDigest());
        m_glossary = new Glossary;
        m_glossary->setTerms(
            {GlossaryTerm(QStringLiteral("vision transformer"), QStringLiteral("视觉变换器")),
             GlossaryTerm(QStringLiteral("invariance"), QStringLiteral("不变性"),
                          QStringLiteral("not 恒定性")),
             GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失"))});
        m_editor = new EntryEditor;
        m_editor->setDocument(m_doc);
        m_editor->setGlossary(m_glossary);
        m_editor->resize(1200, 700);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor));
        m_editor->setCurrentEntry(0);
    }

    void cleanup()
    {
        delete m_editor;
        delete m_glossary;
        delete m_doc;
    }

    void showsTheEntry()
    {
        QCOMPARE(edit(Field::Abstract)->text(), abstractText);
        QCOMPARE(edit(Field::ZhSummary)->text(), summaryText);
        QCOMPARE(edit(Field::Title)->text(), QStringLiteral("Paper 0"));
        QCOMPARE(m_editor->tagBox()->currentText(), QStringLiteral("LG"));
        m_editor->setCurrentEntry(1);
        QCOMPARE(edit(Field::Title)->text(), QStringLiteral("Paper 1"));
    }

    void typingOnBothSidesReachesTheDocumentAsOneStepPerField()
    {
        FieldEdit *title = edit(Field::Title);
        title->setFocus();
        title->moveCursor(QTextCursor::End);
        QTest::keyClicks(title, QStringLiteral(" v2"));
        QCOMPARE(m_doc->entry(0).title(), QStringLiteral("Paper 0 v2"));

        FieldEdit *zhTitle = edit(Field::ZhTitle);
        zhTitle->setFocus();
        typeCommitted(zhTitle, QStringLiteral("数据增强"));
        QCOMPARE(m_doc->entry(0).zhTitle(), QStringLiteral("数据增强"));
        QCOMPARE(m_doc->undoStack()->count(), 2);

        // Undo restores the field on screen as well.
        m_doc->undoStack()->undo();
        QCOMPARE(zhTitle->text(), QString());
        QCOMPARE(m_doc->entry(0).zhTitle(), QString());
        m_doc->undoStack()->undo();
        QCOMPARE(title->text(), QStringLiteral("Paper 0"));
        m_doc->undoStack()->redo();
        QCOMPARE(title->text(), QStringLiteral("Paper 0 v2"));
    }

    void ctrlZInAFieldUndoesTheDigest()
    {
        // The field's own undo is off; Ctrl+Z is left to the window's undo action.
        FieldEdit *zhTitle = edit(Field::ZhTitle);
        zhTitle->setFocus();
        QTest::keyClicks(zhTitle, QStringLiteral("abc"));
        QVERIFY(!zhTitle->isUndoRedoEnabled());
        QTest::keyClick(zhTitle, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(zhTitle->text(), QStringLiteral("abc"));
    }

    void noBreakSpacesSurvive()
    {
        FieldEdit *summary = edit(Field::ZhSummary);
        summary->setFocus();
        summary->moveCursor(QTextCursor::End);
        typeCommitted(summary, QString(QChar(0x00A0)));
        QVERIFY(m_doc->entry(0).zhSummary().endsWith(QChar(0x00A0)));
    }

    void characterCounts()
    {
        auto *count = m_editor->findChild<QLabel *>(QStringLiteral("zh_summary_count"));
        QVERIFY(count);
        QVERIFY2(count->text().contains(QString::number(summaryText.size())), qPrintable(count->text()));
        FieldEdit *summary = edit(Field::ZhSummary);
        summary->setFocus();
        summary->moveCursor(QTextCursor::End);
        typeCommitted(summary, QStringLiteral("好"));
        QVERIFY(count->text().contains(QString::number(summaryText.size() + 1)));
    }

    void sentenceAlignment_data()
    {
        QTest::addColumn<bool>("inSummary");
        QTest::addColumn<QString>("caretBefore");
        QTest::addColumn<int>("sentence");
        QTest::addColumn<QString>("englishMarked");
        QTest::addColumn<QString>("chineseMarked");
        QTest::newRow("abstract, first sentence")
            << false << QStringLiteral("augmentation") << 0 << QStringLiteral("We study data augmentation.")
            << QStringLiteral("我们研究数据增强。");
        QTest::newRow("abstract, second sentence")
            << false << QStringLiteral("learns") << 1
            << QStringLiteral("A vision transformer learns invariance from it.")
            << QStringLiteral("视觉变换器从中学习不变性。");
        QTest::newRow("summary, third sentence")
            << true << QStringLiteral("下降") << 2 << QStringLiteral("The loss drops by 3.5%.")
            << QStringLiteral("损失下降了3.5%。");
    }

    void sentenceAlignment()
    {
        QFETCH(bool, inSummary);
        QFETCH(QString, caretBefore);
        QFETCH(int, sentence);
        QFETCH(QString, englishMarked);
        QFETCH(QString, chineseMarked);
        FieldEdit *side = edit(inSummary ? Field::ZhSummary : Field::Abstract);
        placeCaret(side, static_cast<int>(side->text().indexOf(caretBefore)));
        QTRY_COMPARE(m_editor->alignedSentence(), sentence);
        const auto en = m_editor->markedSpan(Field::Abstract);
        const auto zh = m_editor->markedSpan(Field::ZhSummary);
        QCOMPARE(abstractText.mid(en.start, en.length), englishMarked);
        QCOMPARE(summaryText.mid(zh.start, zh.length), chineseMarked);
        // Both marks are drawn.
        QCOMPARE(edit(Field::Abstract)->extraSelections().size(), 1);
        QCOMPARE(edit(Field::ZhSummary)->extraSelections().size(), 1);
        QCOMPARE(edit(Field::ZhSummary)->extraSelections().first().cursor.selectedText(), chineseMarked);
    }

    void sentenceWithoutCounterpartMarksOneSide()
    {
        m_doc->setField(0, Field::ZhSummary, QStringLiteral("只有一句。"));
        placeCaret(edit(Field::Abstract), static_cast<int>(abstractText.indexOf(QStringLiteral("drops"))));
        QTRY_COMPARE(m_editor->alignedSentence(), 2);
        QCOMPARE(m_editor->markedSpan(Field::ZhSummary).length, 0);
        QCOMPARE(edit(Field::ZhSummary)->extraSelections().size(), 0);
    }

    void glossaryTermsAreMarked()
    {
        FieldEdit *abstract = edit(Field::Abstract);
        QCOMPARE(markedTerm(abstract, QStringLiteral("vision transformer")), 0);
        QCOMPARE(markedTerm(abstract, QStringLiteral("invariance")), 1);
        QCOMPARE(markedTerm(abstract, QStringLiteral("loss")), 2);
        QCOMPARE(markedTerm(abstract, QStringLiteral("augmentation")), -1);
        QCOMPARE(abstract->glossaryTermAt(
                     static_cast<int>(abstractText.indexOf(QStringLiteral("invariance"))) + 2),
                 1);
        // A term added to the glossary is marked at once.
        m_glossary->addTerm(GlossaryTerm(QStringLiteral("data augmentation"), QStringLiteral("数据增强")));
        QCOMPARE(markedTerm(abstract, QStringLiteral("data augmentation")), 3);
    }

    void hoveringATermShowsItsRendering()
    {
        FieldEdit *abstract = edit(Field::Abstract);
        QTextCursor cursor(abstract->document());
        cursor.setPosition(static_cast<int>(abstractText.indexOf(QStringLiteral("invariance"))) + 3);
        const QPoint local = abstract->cursorRect(cursor).center();
        QHelpEvent help(QEvent::ToolTip, abstract->viewport()->mapTo(abstract, local),
                        abstract->viewport()->mapToGlobal(local));
        QApplication::sendEvent(abstract, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("不变性")), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QStringLiteral("not 恒定性")));
        QToolTip::hideText();
    }

    void oneKeyInsertsTheRendering()
    {
        placeCaret(edit(Field::Abstract), static_cast<int>(abstractText.indexOf(QStringLiteral("learns"))));
        QTRY_COMPARE(m_editor->termsHere(), (QVector<int>{0, 1}));
        FieldEdit *zhTitle = edit(Field::ZhTitle);
        zhTitle->setFocus();
        QTest::keyClick(zhTitle, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_doc->entry(0).zhTitle(), QStringLiteral("不变性"));
        QTest::keyClick(zhTitle, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_doc->entry(0).zhTitle(), QStringLiteral("不变性视觉变换器"));
        // No ninth term: nothing happens.
        QTest::keyClick(zhTitle, Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(m_doc->entry(0).zhTitle(), QStringLiteral("不变性视觉变换器"));
    }

    void sidesScrollTogether()
    {
        QString longEnglish;
        QString longChinese;
        for (int i = 0; i < 80; ++i) {
            longEnglish += QStringLiteral("Sentence number %1 is here.\n").arg(i);
            longChinese += QStringLiteral("第%1句在这里。\n").arg(i);
        }
        m_doc->setField(0, Field::Abstract, longEnglish);
        m_doc->setField(0, Field::ZhSummary, longChinese);
        QScrollBar *en = edit(Field::Abstract)->verticalScrollBar();
        QScrollBar *zh = edit(Field::ZhSummary)->verticalScrollBar();
        QVERIFY(en->maximum() > 0);
        QVERIFY(zh->maximum() > 0);
        en->setValue(en->maximum() / 2);
        QVERIFY(qAbs(zh->value() - zh->maximum() / 2) <= 1);
        zh->setValue(zh->maximum());
        QCOMPARE(en->value(), en->maximum());
    }

    void tagAndStatusBoxesEditTheEntry()
    {
        m_editor->tagBox()->setFocus();
        m_editor->tagBox()->lineEdit()->selectAll();
        QTest::keyClicks(m_editor->tagBox()->lineEdit(), QStringLiteral("CV"));
        QTest::keyClick(m_editor->tagBox()->lineEdit(), Qt::Key_Return);
        QCOMPARE(m_doc->entry(0).tag(), QStringLiteral("CV"));
        m_doc->setStatus({0}, DigestEntry::Status::Reviewed);
        QCOMPARE(m_editor->statusBox()->currentIndex(), 2);
        m_doc->undoStack()->undo();
        QCOMPARE(m_editor->statusBox()->currentIndex(), 0);
    }

    void followsTheEntryWhenRowsMove()
    {
        m_editor->setCurrentEntry(1);
        m_doc->moveEntries({1}, 0);
        QCOMPARE(m_editor->currentEntry(), 0);
        QTest::keyClicks(edit(Field::ZhTitle), QStringLiteral("x"));
        QCOMPARE(m_doc->entry(0).arxivId(), QStringLiteral("2210.06441"));
        QCOMPARE(m_doc->entry(0).zhTitle(), QStringLiteral("x"));
        m_doc->removeEntries({0});
        QCOMPARE(m_editor->currentEntry(), -1);
        QVERIFY(!m_editor->isEnabled());
    }

    void misspeltWordsAreUnderlined()
    {
        SpellChecker checker;
        QVERIFY(checker.isValid());
        m_editor->setSpellChecker(&checker);
        m_doc->setField(0, Field::Abstract,
                        QStringLiteral("A gret result at https://github.com/xqz/abcdefg."));
        const QTextBlock block = edit(Field::Abstract)->document()->firstBlock();
        bool gretMarked = false;
        bool urlMarked = false;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() != QTextCharFormat::SpellCheckUnderline)
                continue;
            gretMarked = gretMarked || (range.start <= 2 && range.start + range.length >= 6);
            urlMarked = urlMarked || range.start > 17;
        }
        QVERIFY(gretMarked);
        QVERIFY(!urlMarked);
        m_editor->setSpellChecker(nullptr);
    }
};

QTEST_MAIN(TestEntryEditor)
#include "tst_entryeditor.moc"
