#include "editor/draftsuggestionpanel.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>
#include <QtMath>

namespace DigestStudio {

namespace {

QLabel *wrappedLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

DraftSuggestionPanel::DraftSuggestionPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("draftSuggestionPanel"));
    m_mark = wrappedLabel("draftedByMark", this);
    m_box = new QFrame(this);
    m_box->setObjectName(QStringLiteral("draftSuggestionBox"));
    m_box->setFrameShape(QFrame::StyledPanel);
    m_box->setAutoFillBackground(true);
    m_heading = wrappedLabel("draftSuggestionHeading", m_box);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_title = wrappedLabel("draftSuggestionTitle", m_box);
    m_shortTitle = wrappedLabel("draftSuggestionShortTitle", m_box);
    // The summary may stream for long: a text view appends to its last lines where a word-wrapped label
    // would lay out all of it again for every piece.
    m_summary = new QPlainTextEdit(m_box);
    m_summary->setObjectName(QStringLiteral("draftSuggestionSummary"));
    m_summary->setReadOnly(true);
    m_summary->setFrameShape(QFrame::NoFrame);
    m_summary->viewport()->setAutoFillBackground(false);
    m_summary->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_summary->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &DraftSuggestionPanel::fitSummaryHeight);
    m_accept = new QPushButton(m_box);
    m_accept->setObjectName(QStringLiteral("acceptDraftButton"));
    m_dismiss = new QPushButton(m_box);
    m_dismiss->setObjectName(QStringLiteral("dismissDraftButton"));
    connect(m_accept, &QPushButton::clicked, this, &DraftSuggestionPanel::acceptRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &DraftSuggestionPanel::dismissRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_dismiss);
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addWidget(m_heading);
    boxLayout->addWidget(m_title);
    boxLayout->addWidget(m_shortTitle);
    boxLayout->addWidget(m_summary);
    boxLayout->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mark);
    layout->addWidget(m_box);
    retranslate();
    updateTint();
    m_mark->hide();
    m_box->hide();
}

void DraftSuggestionPanel::setDraftedBy(const QString &model)
{
    m_draftedBy = model;
    m_mark->setVisible(!model.isEmpty());
    retranslate();
}

void DraftSuggestionPanel::showFields(const DraftFields &fields)
{
    m_title->setText(fields.zhTitle.isEmpty() ? QString() : tr("Title: %1").arg(fields.zhTitle));
    m_title->setVisible(!fields.zhTitle.isEmpty());
    m_shortTitle->setText(fields.zhShortTitle.isEmpty() ? QString()
                                                        : tr("Short title: %1").arg(fields.zhShortTitle));
    m_shortTitle->setVisible(!fields.zhShortTitle.isEmpty());
    m_summary->setPlainText(fields.zhSummary.isEmpty() ? QString() : tr("Summary: %1").arg(fields.zhSummary));
    m_summary->setVisible(!fields.zhSummary.isEmpty());
}

void DraftSuggestionPanel::showStreaming(const QString &model, const DraftFields &soFar)
{
    m_mode = Mode::Streaming;
    m_model = model;
    m_streamedTitle.clear();
    m_streamedShortTitle.clear();
    m_streamedSummary = 0;
    m_summaryCut = false;
    showFields({});
    appendStreaming(soFar);
    retranslate();
    m_box->show();
}

void DraftSuggestionPanel::appendStreaming(const DraftFields &added)
{
    if (m_mode != Mode::Streaming)
        return;
    appendTitle(m_title, &m_streamedTitle, added.zhTitle);
    appendTitle(m_shortTitle, &m_streamedShortTitle, added.zhShortTitle);
    appendSummary(added.zhSummary);
}

void DraftSuggestionPanel::appendTitle(QLabel *label, QString *soFar, const QString &added)
{
    // Past the limit the label stays as it is: nothing is laid out again.
    if (added.isEmpty() || soFar->size() > MaxStreamedChars)
        return;
    soFar->append(added.left(MaxStreamedChars + 1 - soFar->size()));
    const QString shown =
        soFar->size() > MaxStreamedChars ? soFar->left(MaxStreamedChars) + QStringLiteral("…") : *soFar;
    label->setText(label == m_title ? tr("Title: %1").arg(shown) : tr("Short title: %1").arg(shown));
    label->show();
}

void DraftSuggestionPanel::appendSummary(const QString &added)
{
    if (added.isEmpty() || m_summaryCut)
        return;
    QTextCursor end(m_summary->document());
    end.movePosition(QTextCursor::End);
    if (m_streamedSummary == 0)
        end.insertText(tr("Summary: %1").arg(QString()));
    const int room = MaxStreamedChars - m_streamedSummary;
    end.insertText(added.left(room));
    m_streamedSummary += int(qMin<qsizetype>(room, added.size()));
    if (added.size() > room) {
        m_summaryCut = true;
        end.insertText(QStringLiteral("…\n") +
                       tr("(Longer than %L1 characters: the rest is shown when the draft is complete.)")
                           .arg(MaxStreamedChars));
    }
    m_summary->show();
}

void DraftSuggestionPanel::fitSummaryHeight()
{
    // As tall as its lines, from one to eight; longer text scrolls.
    const qreal lines = m_summary->document()->documentLayout()->documentSize().height();
    const int shown = qBound(1, qCeil(lines), 8);
    const QMargins margins = m_summary->contentsMargins();
    m_summary->setFixedHeight(shown * m_summary->fontMetrics().lineSpacing() + margins.top() +
                              margins.bottom() + 2 * int(m_summary->document()->documentMargin()));
}

void DraftSuggestionPanel::showOffer(const QString &model, const DraftFields &suggestions)
{
    if (suggestions.isEmpty()) {
        hideSuggestion();
        return;
    }
    m_mode = Mode::Offered;
    m_model = model;
    showFields(suggestions);
    retranslate();
    m_box->show();
}

void DraftSuggestionPanel::showFailure(const QString &message)
{
    m_mode = Mode::Failed;
    showFields({});
    m_summary->setPlainText(message);
    m_summary->show();
    retranslate();
    m_box->show();
}

void DraftSuggestionPanel::hideSuggestion()
{
    m_mode = Mode::Hidden;
    showFields({});
    m_box->hide();
}

QString DraftSuggestionPanel::suggestionText() const
{
    QStringList lines;
    for (const QLabel *label : {m_title, m_shortTitle}) {
        if (!label->text().isEmpty())
            lines.append(label->text());
    }
    if (!m_summary->document()->isEmpty())
        lines.append(m_summary->toPlainText());
    return lines.join(QLatin1Char('\n'));
}

QString DraftSuggestionPanel::markText() const
{
    return m_mark->isVisibleTo(this) ? m_mark->text() : QString();
}

void DraftSuggestionPanel::retranslate()
{
    m_mark->setText(
        tr("Machine draft by %1, not yet looked at: edit it or mark the paper reviewed.").arg(m_draftedBy));
    switch (m_mode) {
    case Mode::Streaming:
        m_heading->setText(tr("Drafting with %1…").arg(m_model));
        break;
    case Mode::Offered:
        m_heading->setText(tr("Draft by %1 beside your text: Accept replaces it (Ctrl+Shift+Return), Dismiss "
                              "keeps yours (Esc).")
                               .arg(m_model));
        break;
    case Mode::Failed:
        m_heading->setText(tr("The draft failed"));
        break;
    case Mode::Hidden:
        m_heading->clear();
        break;
    }
    m_accept->setText(tr("&Accept Draft"));
    m_dismiss->setText(tr("Dismiss"));
    m_accept->setVisible(m_mode == Mode::Offered);
    m_dismiss->setVisible(m_mode == Mode::Offered || m_mode == Mode::Failed);
}

void DraftSuggestionPanel::updateTint()
{
    // Machine text stands apart from a person's: a tint of the highlight colour, readable in both themes.
    QPalette tinted = palette();
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(40);
    tinted.setColor(QPalette::Window, tint);
    m_box->setPalette(tinted);
    QPalette markPalette = m_mark->palette();
    markPalette.setColor(QPalette::WindowText, palette().color(QPalette::Link));
    m_mark->setPalette(markPalette);
}

void DraftSuggestionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange) {
        // Our own palette changes re-enter here; only follow the application's.
        static bool updating = false;
        if (!updating) {
            updating = true;
            updateTint();
            updating = false;
        }
    }
    QFrame::changeEvent(event);
}

} // namespace DigestStudio
