#include "editor/fieldedit.h"

#include "editor/entryhighlighter.h"
#include "editor/imageintake.h"
#include "text/glossary.h"
#include "text/spellchecker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolTip>
#include <QtMath>

namespace DigestStudio {

namespace {

// Keys the window's actions own even while a field has focus (undo, status workflow, term insertion).
bool isWindowShortcut(const QKeyEvent *key)
{
    if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
        return true;
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (!(mods & Qt::ControlModifier))
        return false;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_J:
    case Qt::Key_D: // machine drafts (Ctrl+D, Ctrl+Shift+D)
        return true;
    default:
        return key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9 && mods == Qt::ControlModifier;
    }
}

} // namespace

FieldEdit::FieldEdit(DigestEntry::Field field, int lines, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_field(field)
    , m_lines(lines)
{
    setObjectName(DigestEntry::fieldName(field));
    // The digest's undo stack undoes edits; the widget's own history would fight it.
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    if (lines == 1) {
        setLineWrapMode(QPlainTextEdit::NoWrap);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    } else if (lines <= 3) {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    } else {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }
    m_highlighter = new EntryHighlighter(document());
    m_highlighter->setPalette(palette());
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_quiet)
            return;
        Q_EMIT textEdited(text());
        if (m_completer)
            updateCompletion();
    });
}

FieldEdit::~FieldEdit() = default;

QString FieldEdit::text() const
{
    QString raw = document()->toRawText();
    raw.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    raw.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return raw;
}

void FieldEdit::setTextQuietly(const QString &value)
{
    if (value == text())
        return;
    const int position = textCursor().position();
    const int scroll = verticalScrollBar()->value();
    m_quiet = true;
    setPlainText(value);
    m_quiet = false;
    QTextCursor cursor = textCursor();
    cursor.setPosition(qMin(position, static_cast<int>(value.size())));
    setTextCursor(cursor);
    verticalScrollBar()->setValue(scroll);
}

int FieldEdit::characterCount() const
{
    const QString t = text();
    int count = 0;
    for (int i = 0; i < t.size(); ++i) {
        if (!t.at(i).isLowSurrogate())
            ++count;
    }
    return count;
}

void FieldEdit::setHint(const QString &hint)
{
    if (hint == m_hint)
        return;
    m_hint = hint;
    viewport()->update();
}

void FieldEdit::paintEvent(QPaintEvent *e)
{
    QPlainTextEdit::paintEvent(e);
    // QPlainTextEdit's own placeholder does not reliably appear in Qt 5.15 when it changes while the field
    // stays empty; this one is drawn whenever the field is empty.
    if (m_hint.isEmpty() || !document()->isEmpty())
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::Text);
    color.setAlpha(110);
    painter.setPen(color);
    const int margin = qRound(document()->documentMargin());
    const QRect rect = viewport()->rect().adjusted(margin, margin, -margin, -margin);
    painter.drawText(rect, Qt::AlignTop | Qt::AlignLeft | (m_lines > 1 ? Qt::TextWordWrap : 0),
                     fontMetrics().elidedText(m_hint, Qt::ElideRight,
                                              m_lines > 1 ? rect.width() * m_lines : rect.width()));
}

void FieldEdit::setGlossary(const Glossary *glossary)
{
    m_glossary = glossary;
    m_highlighter->setGlossary(glossary);
}

void FieldEdit::setSpellChecker(SpellChecker *checker)
{
    m_spell = checker;
    m_highlighter->setSpellChecker(checker);
}

void FieldEdit::setCompletions(const QStringList &candidates)
{
    if (!m_completer) {
        m_completions = new QStringListModel(this);
        m_completer = new QCompleter(m_completions, this);
        m_completer->setWidget(this);
        m_completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_completer->setFilterMode(Qt::MatchContains);
        m_completer->setCompletionMode(QCompleter::PopupCompletion);
        connect(m_completer, QOverload<const QString &>::of(&QCompleter::activated), this,
                &FieldEdit::insertCompletion);
    }
    m_completions->setStringList(candidates);
}

void FieldEdit::updateCompletion()
{
    if (!hasFocus())
        return;
    const QString t = text();
    const int position = textCursor().position();
    const int separator = static_cast<int>(t.left(position).lastIndexOf(QLatin1Char('&')));
    const QString prefix = t.mid(separator + 1, position - separator - 1).trimmed();
    if (prefix.size() < 2) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0 ||
        (m_completer->completionCount() == 1 && m_completer->currentCompletion() == prefix)) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(qMax(width() / 2, 200));
    m_completer->complete(rect);
}

void FieldEdit::insertCompletion(const QString &completion)
{
    const QString t = text();
    const int position = textCursor().position();
    const int separator = static_cast<int>(t.left(position).lastIndexOf(QLatin1Char('&')));
    QTextCursor cursor = textCursor();
    cursor.setPosition(separator + 1);
    cursor.setPosition(position, QTextCursor::KeepAnchor);
    cursor.insertText(separator >= 0 ? QLatin1Char(' ') + completion : completion);
    setTextCursor(cursor);
}

int FieldEdit::glossaryTermAt(int position) const
{
    if (!m_glossary)
        return -1;
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return -1;
    const int offset = position - block.position();
    const QVector<GlossaryMatcher::Match> matches = m_glossary->matcher().matches(block.text());
    for (const GlossaryMatcher::Match &match : matches) {
        if (offset >= match.start && offset < match.start + match.length)
            return match.term;
    }
    return -1;
}

int FieldEdit::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins();
    // Chinese text falls back to a CJK font with taller lines: leave room for that.
    const double lineHeight = fontMetrics().lineSpacing() * (lines > 1 ? 1.4 : 1.2);
    return qCeil(lineHeight * lines + 2 * document()->documentMargin()) + margins.top() + margins.bottom();
}

QSize FieldEdit::sizeHint() const
{
    return QSize(QPlainTextEdit::sizeHint().width(), heightForLines(qMax(m_lines, 1)));
}

QSize FieldEdit::minimumSizeHint() const
{
    return QSize(QPlainTextEdit::minimumSizeHint().width(), heightForLines(qMin(m_lines, 2)));
}

bool FieldEdit::event(QEvent *e)
{
    if (e->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(e);
        if (isWindowShortcut(key)) {
            // Not overriding lets the window's shortcut run.
            e->ignore();
            return true;
        }
    } else if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const QPoint viewportPos = viewport()->mapFromGlobal(help->globalPos());
        const int term = glossaryTermAt(cursorForPosition(viewportPos).position());
        if (term >= 0) {
            const GlossaryTerm &t = m_glossary->term(term);
            QString tip = QStringLiteral("<b>%1</b> → %2")
                              .arg(t.english().toHtmlEscaped(), t.chinese().toHtmlEscaped());
            if (!t.note().isEmpty())
                tip += QStringLiteral("<br/><i>%1</i>").arg(t.note().toHtmlEscaped());
            QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        QString tip = toolTip();
        if (m_countInToolTip)
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) +
                   tr("%n character(s)", nullptr, characterCount());
        if (tip.isEmpty()) {
            QToolTip::hideText();
            e->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, this);
        }
        return true;
    }
    return QPlainTextEdit::event(e);
}

void FieldEdit::keyPressEvent(QKeyEvent *e)
{
    if (m_completer && m_completer->popup()->isVisible()) {
        switch (e->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            e->ignore();
            return;
        default:
            break;
        }
    }
    if (isWindowShortcut(e)) {
        e->ignore();
        return;
    }
    if (m_lines == 1 && (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter)) {
        // A single-line field has no line breaks; Return moves on like Tab.
        focusNextChild();
        return;
    }
    QPlainTextEdit::keyPressEvent(e);
}

bool FieldEdit::canInsertFromMimeData(const QMimeData *source) const
{
    // Asked while dragging: the kinds only, nothing is read or decoded.
    return QPlainTextEdit::canInsertFromMimeData(source) || ImageIntake::offersImages(source);
}

void FieldEdit::insertFromMimeData(const QMimeData *source)
{
    // A figure copied from a browser or a PDF viewer goes to the entry's figures, not into the text.
    if (!source->hasText() && ImageIntake::offersImages(source)) {
        const ImageIntake::Result images = ImageIntake::read(source);
        if (!images.problem.isEmpty())
            Q_EMIT imagesRefused(images.problem);
        if (!images.bytes.isEmpty())
            Q_EMIT imagesPasted(images.bytes, images.mimeTypes);
        return;
    }
    if (m_lines == 1 && source->hasText()) {
        // Pasting a multi-line selection into a one-line field joins its lines.
        insertPlainText(source->text().simplified());
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void FieldEdit::focusOutEvent(QFocusEvent *e)
{
    QPlainTextEdit::focusOutEvent(e);
    if (e->reason() != Qt::PopupFocusReason)
        Q_EMIT editingFinished();
}

void FieldEdit::changeEvent(QEvent *e)
{
    QPlainTextEdit::changeEvent(e);
    if (e->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
}

QString FieldEdit::wordAt(const QTextCursor &at, int *start, int *end) const
{
    const QTextBlock block = at.block();
    const QString t = block.text();
    int s = at.positionInBlock();
    int e = s;
    while (s > 0 && (t.at(s - 1).isLetter() || t.at(s - 1) == QLatin1Char('\'')))
        --s;
    while (e < t.size() && (t.at(e).isLetter() || t.at(e) == QLatin1Char('\'')))
        ++e;
    *start = block.position() + s;
    *end = block.position() + e;
    return t.mid(s, e - s);
}

void FieldEdit::contextMenuEvent(QContextMenuEvent *e)
{
    QMenu *menu = createStandardContextMenu(e->pos());
    if (m_spell && m_spell->isValid()) {
        int start = 0;
        int end = 0;
        const QString word = wordAt(cursorForPosition(e->pos()), &start, &end);
        if (!word.isEmpty() && !m_spell->isCorrect(word)) {
            QAction *first = menu->actions().value(0);
            const QStringList suggestions = m_spell->suggestions(word).mid(0, 8);
            if (suggestions.isEmpty()) {
                QAction *none = new QAction(tr("No spelling suggestions"), menu);
                none->setEnabled(false);
                menu->insertAction(first, none);
            }
            for (const QString &suggestion : suggestions) {
                QAction *fix = new QAction(suggestion, menu);
                QFont bold = fix->font();
                bold.setBold(true);
                fix->setFont(bold);
                connect(fix, &QAction::triggered, this, [this, start, end, suggestion] {
                    QTextCursor cursor = textCursor();
                    cursor.setPosition(start);
                    cursor.setPosition(end, QTextCursor::KeepAnchor);
                    cursor.insertText(suggestion);
                });
                menu->insertAction(first, fix);
            }
            QAction *ignore = new QAction(tr("Ignore \"%1\"").arg(word), menu);
            connect(ignore, &QAction::triggered, this, [this, word] {
                m_spell->ignore(word);
                m_highlighter->rehighlight();
            });
            menu->insertAction(first, ignore);
            menu->insertSeparator(first);
        }
    }
    menu->exec(e->globalPos());
    delete menu;
}

} // namespace DigestStudio
