// One text field of the entry editor: a plain-text edit whose changes go to the digest's undo stack,
// with glossary tooltips, spelling suggestions and completion.
#pragma once

#include "model/digestentry.h"

#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;

namespace DigestStudio {

class EntryHighlighter;
class Glossary;
class SpellChecker;

class FieldEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    // `lines` is the visible height in lines; 1 makes a single-line field (no line breaks, no wrap).
    explicit FieldEdit(DigestEntry::Field field, int lines, QWidget *parent = nullptr);
    ~FieldEdit() override;

    DigestEntry::Field field() const { return m_field; }
    // The text exactly as typed (no-break spaces kept, line breaks as `\n`).
    QString text() const;
    // Replaces the text without emitting textEdited (undo, another entry), keeping the caret near where it
    // was.
    void setTextQuietly(const QString &text);
    // Characters counted the way a reader does (a surrogate pair counts once).
    int characterCount() const;

    // Adds the character count to the field's tooltip (when no count is shown beside it).
    void setCountInToolTip(bool on) { m_countInToolTip = on; }

    // Greyed text shown while the field is empty (what an empty field means, e.g. the default short title).
    void setHint(const QString &hint);
    QString hint() const { return m_hint; }

    // Highlighting: the digest definition always; glossary terms and spelling when set (not owned).
    EntryHighlighter *highlighter() const { return m_highlighter; }
    void setGlossary(const Glossary *glossary);
    void setSpellChecker(SpellChecker *checker);
    // Completion of the part after the last ` & ` (affiliations), from these candidates.
    void setCompletions(const QStringList &candidates);
    // The glossary term index under a document position, or -1.
    int glossaryTermAt(int position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user changed the text (typing, paste, cut, completion, a spelling fix).
    void textEdited(const QString &text);
    // Focus went elsewhere: the end of a typing burst.
    void editingFinished();
    // Images were pasted or dropped here (figures of the paper, not text): encoded bytes and MIME types.
    void imagesPasted(const QVector<QByteArray> &data, const QStringList &mimeTypes);
    // An image pasted or dropped was refused (too large, not an image): why, in words.
    void imagesRefused(const QString &why);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int heightForLines(int lines) const;
    void updateCompletion();
    void insertCompletion(const QString &completion);
    QString wordAt(const QTextCursor &cursor, int *start, int *end) const;

    DigestEntry::Field m_field;
    int m_lines;
    bool m_quiet = false;
    bool m_countInToolTip = false;
    QString m_hint;
    EntryHighlighter *m_highlighter = nullptr;
    const Glossary *m_glossary = nullptr; // not owned
    SpellChecker *m_spell = nullptr;      // not owned
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completions = nullptr;
};

} // namespace DigestStudio
