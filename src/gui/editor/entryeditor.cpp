#include "editor/entryeditor.h"

#include "common/plaintext.h"
#include "document/digestdocument.h"
#include "document/setstatuscommand.h"
#include "editor/draftsuggestionpanel.h"
#include "editor/entryhighlighter.h"
#include "editor/fieldedit.h"
#include "text/glossary.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace DigestStudio {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

EntryEditor::EntryEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("EntryEditor"));

    // The top row first: the focus goes from the tag and status boxes to the fields, in creation order.
    QHBoxLayout *top = buildTopRow();
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("entrySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildEnglishSide());
    m_splitter->addWidget(buildChineseSide());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    // The two languages start with equal room.
    m_splitter->setSizes({1000, 1000});

    m_termsLabel = new QLabel(this);
    m_termsLabel->setObjectName(QStringLiteral("termsLabel"));
    m_termsLabel->setWordWrap(true);
    m_termsLabel->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_termsLabel);

    connectTagAndStatus();
    connectAlignment();
    createTermActions();

    setEnabled(false);
    updateTermsStrip(true);
}

void EntryEditor::addBanner(QWidget *banner)
{
    // Below the top row (index 0), above the splitter with the fields.
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, banner);
}

QHBoxLayout *EntryEditor::buildTopRow()
{
    auto *top = new QHBoxLayout;
    m_idLabel = PlainText::label(new QLabel(this));
    m_idLabel->setObjectName(QStringLiteral("arxivIdLabel"));
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tagBox = new QComboBox(this);
    m_tagBox->setObjectName(QStringLiteral("tagBox"));
    m_tagBox->setEditable(true);
    m_tagBox->setInsertPolicy(QComboBox::NoInsert);
    m_tagBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tagBox->setMinimumContentsLength(5);
    m_tagBox->setToolTip(tr("The tag in brackets before the title, e.g. LG"));
    m_statusBox = new QComboBox(this);
    m_statusBox->setObjectName(QStringLiteral("statusBox"));
    m_statusBox->addItem(QIcon(QStringLiteral(":/icons/status-draft.svg")),
                         SetStatusCommand::statusLabel(DigestEntry::Status::Draft));
    m_statusBox->addItem(QIcon(QStringLiteral(":/icons/status-translated.svg")),
                         SetStatusCommand::statusLabel(DigestEntry::Status::Translated));
    m_statusBox->addItem(QIcon(QStringLiteral(":/icons/status-reviewed.svg")),
                         SetStatusCommand::statusLabel(DigestEntry::Status::Reviewed));
    auto *tagLabel = new QLabel(tr("&Tag:"), this);
    tagLabel->setBuddy(m_tagBox);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusBox);
    top->addWidget(m_idLabel);
    top->addStretch(1);
    top->addWidget(tagLabel);
    top->addWidget(m_tagBox);
    top->addSpacing(8);
    top->addWidget(statusLabel);
    top->addWidget(m_statusBox);
    return top;
}

void EntryEditor::connectTagAndStatus()
{
    connect(m_tagBox->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_document && m_index >= 0 && !m_loading)
            m_document->setTag({m_index}, m_tagBox->currentText().trimmed());
    });
    connect(m_tagBox, QOverload<int>::of(&QComboBox::activated), this, [this](int) {
        if (m_document && m_index >= 0 && !m_loading)
            m_document->setTag({m_index}, m_tagBox->currentText().trimmed());
    });
    connect(m_statusBox, QOverload<int>::of(&QComboBox::activated), this, [this](int status) {
        if (m_document && m_index >= 0 && !m_loading)
            m_document->setStatus({m_index}, static_cast<DigestEntry::Status>(status));
    });
}

void EntryEditor::connectAlignment()
{
    FieldEdit *abstract = fieldEdit(DigestEntry::Field::Abstract);
    FieldEdit *summary = fieldEdit(DigestEntry::Field::ZhSummary);
    connect(abstract->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this, abstract, summary] { syncScroll(abstract, summary); });
    connect(summary->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this, abstract, summary] { syncScroll(summary, abstract); });
    // The marks are placed after the keystroke is fully handled (highlighting included): placing them from
    // inside the edit would lay the paragraph out once more per keystroke.
    m_alignTimer = new QTimer(this);
    m_alignTimer->setSingleShot(true);
    m_alignTimer->setInterval(0);
    connect(m_alignTimer, &QTimer::timeout, this, &EntryEditor::updateAlignment);
    connect(abstract, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        m_alignSide = DigestEntry::Field::Abstract;
        m_alignTimer->start();
    });
    connect(summary, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        m_alignSide = DigestEntry::Field::ZhSummary;
        m_alignTimer->start();
    });
}

void EntryEditor::createTermActions()
{
    // Ctrl+1 … Ctrl+9: insert the rendering of the n-th term of the marked sentence.
    for (int n = 0; n < 9; ++n) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("insertTerm%1").arg(n + 1));
        action->setShortcut(QKeySequence(static_cast<int>(Qt::CTRL) | (Qt::Key_1 + n)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, n] { insertTermRendering(n); });
        addAction(action);
    }
}

EntryEditor::~EntryEditor()
{
    // QWidget's destructor deletes the children after this one has run; their focus-out signals (a field's,
    // the tag box's) and events must not reach an editor that is already half gone.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children) {
        child->removeEventFilter(this);
        child->disconnect(this);
    }
}

FieldEdit *EntryEditor::addField(DigestEntry::Field field, int lines)
{
    auto *edit = new FieldEdit(field, lines, this);
    m_edits.insert(static_cast<int>(field), edit);
    auto *count = new QLabel(this);
    count->setObjectName(DigestEntry::fieldName(field) + QLatin1String("_count"));
    count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    count->setEnabled(false); // drawn greyed: information, not a control
    count->setMinimumWidth(count->fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    m_counts.insert(static_cast<int>(field), count);
    edit->installEventFilter(this);
    connect(edit, &FieldEdit::textEdited, this, [this, field](const QString &text) {
        updateCount(field);
        if (m_document && m_index >= 0 && !m_loading) {
            if (!m_editedFrom.contains(static_cast<int>(field)))
                m_editedFrom.insert(static_cast<int>(field), m_document->entry(m_index).field(field));
            m_document->setField(m_index, field, text);
        }
    });
    connect(edit, &FieldEdit::imagesPasted, this, &EntryEditor::imagesPasted);
    connect(edit, &FieldEdit::imagesRefused, this, &EntryEditor::imagesRefused);
    connect(edit, &FieldEdit::editingFinished, this, [this, field] {
        if (m_document)
            m_document->closeMergeWindow();
        const bool edited = m_editedFrom.contains(static_cast<int>(field));
        const QString before = m_editedFrom.take(static_cast<int>(field));
        if (m_index < 0)
            return;
        Q_EMIT fieldEditingFinished(m_index, field);
        if (edited && m_document && before != m_document->entry(m_index).field(field))
            Q_EMIT fieldEdited(m_index, field, before);
    });
    return edit;
}

void EntryEditor::addRow(QGridLayout *grid, int row, FieldEdit *edit, const QString &label,
                         QWidget *fieldWidget)
{
    auto *l = new QLabel(label, grid->parentWidget());
    l->setBuddy(edit);
    const Qt::Alignment top = Qt::AlignLeft | Qt::AlignTop;
    grid->addWidget(l, row, 0, top);
    if (fieldWidget)
        grid->addWidget(fieldWidget, row, 1);
    else
        grid->addWidget(edit, row, 1);
    grid->addWidget(m_counts.value(static_cast<int>(edit->field())), row, 2, Qt::AlignRight | Qt::AlignTop);
}

QWidget *EntryEditor::buildEnglishSide()
{
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("englishSide"));
    auto *grid = new QGridLayout(side);
    grid->setContentsMargins(0, 0, 4, 0);
    grid->addWidget(heading(tr("English"), side), 0, 0, 1, 3);
    addRow(grid, 1, addField(DigestEntry::Field::Title, 3), tr("T&itle"));
    addRow(grid, 2, addField(DigestEntry::Field::AuthorsLine, 1), tr("A&uthors"));
    FieldEdit *affiliations = addField(DigestEntry::Field::Affiliations, 1);
    affiliations->setToolTip(tr("The text inside the brackets, distinct affiliations joined by \" & \""));
    FieldEdit *note = addField(DigestEntry::Field::AffiliationsNote, 1);
    note->setToolTip(tr("Anything after the closing bracket, like \" (2022)\""));
    note->setHint(tr("after ]"));
    m_counts.value(static_cast<int>(DigestEntry::Field::AffiliationsNote))->hide();
    auto *affiliationsRow = new QWidget(side);
    auto *affiliationsLayout = new QVBoxLayout(affiliationsRow);
    affiliationsLayout->setContentsMargins(0, 0, 0, 0);
    auto *affiliationsFields = new QHBoxLayout;
    affiliationsFields->addWidget(affiliations, 4);
    affiliationsFields->addWidget(note, 1);
    affiliationsLayout->addLayout(affiliationsFields);
    // A line a model read from the author block stays marked until a person edits it, like a draft.
    m_affiliationsMark = new QLabel(affiliationsRow);
    m_affiliationsMark->setObjectName(QStringLiteral("affiliationsByMark"));
    m_affiliationsMark->setWordWrap(true);
    m_affiliationsMark->setTextFormat(Qt::PlainText);
    QFont italic = m_affiliationsMark->font();
    italic.setItalic(true);
    m_affiliationsMark->setFont(italic);
    m_affiliationsMark->hide();
    affiliationsLayout->addWidget(m_affiliationsMark);
    addRow(grid, 3, affiliations, tr("A&ffiliations"), affiliationsRow);
    addRow(grid, 4, addField(DigestEntry::Field::Abstract, 12), tr("Ab&stract"));
    FieldEdit *link = addField(DigestEntry::Field::Link, 1);
    link->setHint(tr("https://arxiv.org/abs/…"));
    addRow(grid, 5, link, tr("&Link"));
    m_counts.value(static_cast<int>(DigestEntry::Field::Link))->hide();
    grid->setRowStretch(4, 1);
    grid->setColumnStretch(1, 1);
    return side;
}

QWidget *EntryEditor::buildChineseSide()
{
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("chineseSide"));
    auto *grid = new QGridLayout(side);
    grid->setContentsMargins(4, 0, 0, 0);
    grid->addWidget(heading(tr("Chinese"), side), 0, 0, 1, 3);
    addRow(grid, 1, addField(DigestEntry::Field::ZhTitle, 2), tr("Titl&e"));
    FieldEdit *shortTitle = addField(DigestEntry::Field::ZhShortTitle, 1);
    shortTitle->setToolTip(
        tr("Shown in the summary line. Left empty, it is the Chinese title up to its first "
           "colon or question mark (shown greyed)."));
    addRow(grid, 2, shortTitle, tr("S&hort title"));
    addRow(grid, 3, addField(DigestEntry::Field::ZhSummary, 12), tr("Su&mmary"));
    // Machine drafts stream in and are offered here, under the fields they are for.
    m_draftPanel = new DraftSuggestionPanel(side);
    grid->addWidget(m_draftPanel, 4, 1, 1, 2);
    grid->setRowStretch(3, 1);
    grid->setColumnStretch(1, 1);
    return side;
}

void EntryEditor::setDocument(DigestDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_index = -1;
    if (document) {
        connect(document, &DigestDocument::entryChanged, this, &EntryEditor::onEntryChanged);
        connect(document, &DigestDocument::entryStatusChanged, this, &EntryEditor::onStatusChanged);
        connect(document, &DigestDocument::entryDraftedByChanged, this, [this](int index) {
            if (index == m_index)
                m_draftPanel->setDraftedBy(m_document->entry(index).draftedBy());
        });
        connect(document, &DigestDocument::entryAffiliationsByChanged, this, [this](int index) {
            if (index == m_index)
                showAffiliationsBy(m_document->entry(index).affiliationsBy());
        });
        connect(document, &DigestDocument::digestReset, this, [this] { setCurrentEntry(-1); });
        // The shown entry keeps being shown when rows move around it.
        connect(document, &DigestDocument::entryMoved, this, [this](int from, int to) {
            if (m_index == from)
                m_index = to;
            else if (from < m_index && m_index <= to)
                --m_index;
            else if (to <= m_index && m_index < from)
                ++m_index;
        });
        connect(document, &DigestDocument::entryInserted, this, [this](int at) {
            if (m_index >= 0 && at <= m_index)
                ++m_index;
        });
        connect(document, &DigestDocument::entryRemoved, this, [this](int at) {
            if (at == m_index)
                setCurrentEntry(-1);
            else if (at < m_index)
                --m_index;
        });
    }
    loadEntry();
}

void EntryEditor::setGlossary(Glossary *glossary)
{
    if (m_glossary)
        m_glossary->disconnect(this);
    m_glossary = glossary;
    // Terms are marked on the English side, where translators look them up.
    for (DigestEntry::Field field : {DigestEntry::Field::Abstract, DigestEntry::Field::Title})
        fieldEdit(field)->setGlossary(glossary);
    if (glossary) {
        connect(glossary, &Glossary::changed, this, [this] {
            for (DigestEntry::Field field : {DigestEntry::Field::Abstract, DigestEntry::Field::Title})
                fieldEdit(field)->highlighter()->rehighlight();
            updateTermsStrip(true);
        });
    }
    updateTermsStrip(true);
}

void EntryEditor::setSpellChecker(SpellChecker *checker)
{
    m_spell = checker;
    for (DigestEntry::Field field : {DigestEntry::Field::Title, DigestEntry::Field::Abstract})
        fieldEdit(field)->setSpellChecker(checker);
}

void EntryEditor::showAffiliationsBy(const QString &model)
{
    m_affiliationsMark->setVisible(!model.isEmpty());
    m_affiliationsMark->setText(
        model.isEmpty()
            ? QString()
            : tr("Read by %1 from the paper's author block: check it. Editing the line makes it yours.")
                  .arg(model));
}

void EntryEditor::setAffiliationCompletions(const QStringList &affiliations)
{
    fieldEdit(DigestEntry::Field::Affiliations)->setCompletions(affiliations);
}

void EntryEditor::setTags(const QStringList &tags)
{
    const QString current = m_tagBox->currentText();
    m_loading = true;
    m_tagBox->clear();
    m_tagBox->addItems(tags);
    m_tagBox->setCurrentText(current);
    m_loading = false;
}

void EntryEditor::setCurrentEntry(int index)
{
    if (m_document && (index < 0 || index >= m_document->entryCount()))
        index = -1;
    if (!m_document)
        index = -1;
    if (index == m_index && index >= 0)
        return;
    if (m_document)
        m_document->closeMergeWindow();
    m_index = index;
    m_editedFrom.clear();
    loadEntry();
    Q_EMIT currentEntryChanged(index);
}

void EntryEditor::loadEntry()
{
    m_loading = true;
    const bool valid = m_document && m_index >= 0;
    setEnabled(valid);
    const DigestEntry entry = valid ? m_document->entry(m_index) : DigestEntry();
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it) {
        FieldEdit *edit = it.value();
        edit->setTextQuietly(entry.field(edit->field()));
        // A new entry starts at the top with the caret at the beginning.
        QTextCursor cursor = edit->textCursor();
        cursor.movePosition(QTextCursor::Start);
        edit->setTextCursor(cursor);
        updateCount(edit->field());
    }
    m_tagBox->setCurrentText(entry.tag());
    m_statusBox->setCurrentIndex(static_cast<int>(entry.status()));
    m_draftPanel->setDraftedBy(entry.draftedBy());
    showAffiliationsBy(entry.affiliationsBy());
    updateShortTitlePlaceholder();
    if (valid) {
        m_idLabel->setText(entry.version() > 0
                               ? QStringLiteral("%1v%2").arg(entry.arxivId()).arg(entry.version())
                               : entry.arxivId());
    } else {
        m_idLabel->clear();
    }
    m_loading = false;
    m_alignedSentence = -1;
    m_abstractSpan = {};
    m_summarySpan = {};
    applyMarks();
    updateTermsStrip(true);
}

void EntryEditor::updateCount(DigestEntry::Field field)
{
    QLabel *label = m_counts.value(static_cast<int>(field));
    FieldEdit *edit = fieldEdit(field);
    if (label && edit) {
        // Just the number beside the field; the tooltip says what it counts.
        label->setText(QString::number(edit->characterCount()));
        label->setToolTip(tr("%n character(s)", nullptr, edit->characterCount()));
    }
}

void EntryEditor::onEntryChanged(int index, DigestEntry::Field field)
{
    if (index != m_index)
        return;
    const QString value = m_document->entry(index).field(field);
    if (field == DigestEntry::Field::Tag) {
        m_loading = true;
        if (m_tagBox->currentText() != value)
            m_tagBox->setCurrentText(value);
        m_loading = false;
        return;
    }
    if (field == DigestEntry::Field::ZhTitle)
        updateShortTitlePlaceholder();
    FieldEdit *edit = fieldEdit(field);
    if (edit && edit->text() != value) {
        edit->setTextQuietly(value);
        updateCount(field);
        m_alignTimer->start();
    }
}

void EntryEditor::updateShortTitlePlaceholder()
{
    // An empty short title publishes the default cut: show it where it would be typed.
    const QString zhTitle = m_document && m_index >= 0 ? m_document->entry(m_index).zhTitle() : QString();
    fieldEdit(DigestEntry::Field::ZhShortTitle)->setHint(DigestEntry::defaultShortTitle(zhTitle));
}

void EntryEditor::onStatusChanged(int index)
{
    if (index == m_index)
        m_statusBox->setCurrentIndex(static_cast<int>(m_document->entry(index).status()));
}

void EntryEditor::syncScroll(FieldEdit *from, FieldEdit *to)
{
    // Setting one bar moves the other, whose signal would move the first again: the guard breaks the loop.
    if (m_syncingScroll)
        return;
    m_syncingScroll = true;
    const QScrollBar *source = from->verticalScrollBar();
    QScrollBar *target = to->verticalScrollBar();
    if (source->maximum() > 0)
        target->setValue(qRound(double(source->value()) / source->maximum() * target->maximum()));
    else
        target->setValue(0);
    m_syncingScroll = false;
}

SentenceAligner::Span EntryEditor::markedSpan(DigestEntry::Field field) const
{
    if (field == DigestEntry::Field::Abstract)
        return m_abstractSpan;
    if (field == DigestEntry::Field::ZhSummary)
        return m_summarySpan;
    return {};
}

void EntryEditor::updateAlignment()
{
    m_alignTimer->stop();
    FieldEdit *abstract = fieldEdit(DigestEntry::Field::Abstract);
    FieldEdit *summary = fieldEdit(DigestEntry::Field::ZhSummary);
    // The side whose caret moved last decides.
    FieldEdit *active = m_alignSide == DigestEntry::Field::ZhSummary ? summary : abstract;
    const QVector<SentenceAligner::Span> english = SentenceAligner::sentences(abstract->text());
    const QVector<SentenceAligner::Span> chinese = SentenceAligner::sentences(summary->text());
    const QVector<SentenceAligner::Span> &activeSpans = active == abstract ? english : chinese;
    const int index = SentenceAligner::sentenceAt(activeSpans, active->textCursor().position());
    const SentenceAligner::Span en =
        index >= 0 && index < english.size() ? english.at(index) : SentenceAligner::Span();
    const SentenceAligner::Span zh =
        index >= 0 && index < chinese.size() ? chinese.at(index) : SentenceAligner::Span();
    m_alignedSentence = index;
    // Typing inside a sentence moves its end; marks and terms are only redone when something changed.
    if (en == m_abstractSpan && zh == m_summarySpan)
        return;
    m_abstractSpan = en;
    m_summarySpan = zh;
    applyMarks();
    updateTermsStrip();
}

void EntryEditor::applyMarks()
{
    QColor mark = palette().color(QPalette::Highlight);
    mark.setAlpha(50);
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it) {
        FieldEdit *edit = it.value();
        const DigestEntry::Field field = edit->field();
        QList<QTextEdit::ExtraSelection> selections;
        // The aligned sentences of the abstract and the Chinese summary.
        const SentenceAligner::Span span = field == DigestEntry::Field::Abstract    ? m_abstractSpan
                                           : field == DigestEntry::Field::ZhSummary ? m_summarySpan
                                                                                    : SentenceAligner::Span();
        if (span.length > 0) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(edit->document());
            selection.cursor.setPosition(span.start);
            selection.cursor.setPosition(span.end(), QTextCursor::KeepAnchor);
            selection.format.setBackground(mark);
            selections.append(selection);
        }
        // The findings of the checks in this field; a whole-field finding underlines the whole text.
        const int textLength = edit->document()->characterCount() - 1;
        for (const Finding &finding : qAsConst(m_findings)) {
            if (!finding.hasField || finding.field != field || textLength <= 0)
                continue;
            const int start = qBound(0, finding.start, textLength);
            const int end =
                finding.length > 0 ? qBound(start, finding.start + finding.length, textLength) : textLength;
            if (end <= start)
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(edit->document());
            selection.cursor.setPosition(start);
            selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
            selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            // A faint tint too: a wavy line under one comma is easy to miss.
            QColor tint = finding.severity == Finding::Severity::Error ? QColor(0xd0, 0x30, 0x30)
                                                                       : QColor(0xe0, 0x9a, 0x00);
            tint.setAlpha(45);
            selection.format.setBackground(tint);
            selection.format.setUnderlineColor(finding.severity == Finding::Severity::Error
                                                   ? QColor(0xd0, 0x30, 0x30)
                                                   : QColor(0xe0, 0x9a, 0x00));
            selection.format.setToolTip(PlainText::toolTip(finding.message));
            selections.append(selection);
        }
        edit->setExtraSelections(selections);
    }
}

void EntryEditor::setFindings(const QVector<Finding> &findings)
{
    m_findings = findings;
    applyMarks();
}

void EntryEditor::updateTermsStrip(bool force)
{
    const QVector<int> before = m_termsHere;
    m_termsHere.clear();
    if (m_glossary && m_document && m_index >= 0) {
        const QString abstract = fieldEdit(DigestEntry::Field::Abstract)->text();
        const int from = m_abstractSpan.length > 0 ? m_abstractSpan.start : 0;
        const int length =
            m_abstractSpan.length > 0 ? m_abstractSpan.length : static_cast<int>(abstract.size());
        const QVector<GlossaryMatcher::Match> matches = m_glossary->matcher().matches(abstract, from, length);
        for (const GlossaryMatcher::Match &match : matches) {
            if (!m_termsHere.contains(match.term))
                m_termsHere.append(match.term);
        }
    }
    if (!force && before == m_termsHere)
        return;
    if (m_termsHere.isEmpty()) {
        m_termsLabel->setText(tr("<i>No glossary terms in this sentence.</i>"));
    } else {
        QStringList items;
        for (int i = 0; i < m_termsHere.size(); ++i) {
            const GlossaryTerm &term = m_glossary->term(m_termsHere.at(i));
            const QString key = i < 9 ? QStringLiteral("<b>%1</b> ").arg(i + 1) : QString();
            items.append(key + term.english().toHtmlEscaped() + QStringLiteral(" → ") +
                         term.chinese().toHtmlEscaped());
        }
        m_termsLabel->setText(
            tr("Terms (Ctrl+number inserts): %1").arg(items.join(QStringLiteral(" &nbsp;·&nbsp; "))));
    }
    Q_EMIT termsHereChanged();
}

bool EntryEditor::insertTermRendering(int n)
{
    if (m_alignTimer->isActive())
        updateAlignment();
    if (!m_glossary || n < 0 || n >= m_termsHere.size() || m_index < 0)
        return false;
    FieldEdit *target =
        m_lastChineseFocused ? m_lastChineseFocused : fieldEdit(DigestEntry::Field::ZhSummary);
    target->setFocus();
    target->insertPlainText(m_glossary->term(m_termsHere.at(n)).chinese());
    return true;
}

bool EntryEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (auto *edit = qobject_cast<FieldEdit *>(watched)) {
            m_lastFocused = edit;
            const DigestEntry::Field f = edit->field();
            if (f == DigestEntry::Field::ZhTitle || f == DigestEntry::Field::ZhShortTitle ||
                f == DigestEntry::Field::ZhSummary)
                m_lastChineseFocused = edit;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntryEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // On a narrow editor (a small window, 200 % scale) the text gets the room; counts stay in the tooltips.
    const bool narrow = width() < fontMetrics().averageCharWidth() * 100;
    if (narrow == m_narrow)
        return;
    m_narrow = narrow;
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it) {
        const auto field = static_cast<DigestEntry::Field>(it.key());
        const bool counted =
            field != DigestEntry::Field::Link && field != DigestEntry::Field::AffiliationsNote;
        it.value()->setVisible(counted && !narrow);
        fieldEdit(field)->setCountInToolTip(narrow);
    }
}

void EntryEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyMarks();
}

} // namespace DigestStudio
