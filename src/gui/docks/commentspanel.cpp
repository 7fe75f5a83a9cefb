#include "docks/commentspanel.h"

#include "common/fieldlabels.h"
#include "common/plaintext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace DigestStudio {

namespace {

constexpr int CommentRole = Qt::UserRole + 1;

} // namespace

CommentsPanel::CommentsPanel(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_comment(new QPushButton(this))
    , m_reply(new QPushButton(this))
    , m_resolve(new QPushButton(this))
{
    setObjectName(QStringLiteral("commentsPanel"));
    m_list->setObjectName(QStringLiteral("commentsList"));
    m_text->setObjectName(QStringLiteral("commentText"));
    m_comment->setObjectName(QStringLiteral("commentButton"));
    m_reply->setObjectName(QStringLiteral("replyButton"));
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_list->setColumnCount(3);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    for (int column = 0; column < 2; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_comment);
    buttons->addWidget(m_reply);
    buttons->addStretch(1);
    buttons->addWidget(m_resolve);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_caption);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CommentsPanel::updateButtons);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommentsPanel::updateButtons);
    connect(m_comment, &QPushButton::clicked, this,
            [this] { Q_EMIT commentRequested(m_text->toPlainText().trimmed()); });
    connect(m_reply, &QPushButton::clicked, this, [this] {
        if (const EntryComment *comment = selected())
            Q_EMIT replyRequested(comment->id, m_text->toPlainText().trimmed());
    });
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        if (const EntryComment *thread = selectedThread())
            Q_EMIT resolveRequested(thread->id, !thread->resolved);
    });
    retranslate();
}

void CommentsPanel::setComments(const QVector<EntryComment> &comments, const QString &note)
{
    const EntryComment *before = selected();
    const qint64 selectedId = before ? before->id : 0;
    m_comments = comments;
    m_note = note;
    m_list->clear();
    const QLocale locale;
    QHash<qint64, QTreeWidgetItem *> threads;
    for (int i = 0; i < comments.size(); ++i) {
        const EntryComment &comment = comments.at(i);
        DigestEntry::Field field = DigestEntry::Field::Tag;
        QString where =
            DigestEntry::fieldFromName(comment.field, &field) ? FieldLabels::title(field) : tr("The paper");
        if (!comment.quote.isEmpty())
            where += QStringLiteral(" «") + comment.quote + QStringLiteral("»");
        if (comment.outdated)
            where += QLatin1Char(' ') + tr("(outdated: the text is gone)");
        if (comment.parentId == 0 && comment.resolved)
            where += QLatin1Char(' ') + tr("(resolved by %1)").arg(comment.resolvedBy);
        QTreeWidgetItem *thread = threads.value(comment.parentId);
        const QStringList columns{
            comment.author, locale.toString(comment.at.toLocalTime(), QLocale::ShortFormat),
            comment.parentId == 0 ? where + QLatin1Char('\n') + comment.text : comment.text};
        auto *item = thread ? new QTreeWidgetItem(thread, columns) : new QTreeWidgetItem(m_list, columns);
        item->setData(0, CommentRole, i);
        item->setToolTip(2, PlainText::toolTip(columns.at(2)));
        if (comment.parentId == 0)
            threads.insert(comment.id, item);
        if (comment.id == selectedId)
            m_list->setCurrentItem(item);
    }
    m_list->expandAll();
    retranslate();
    updateButtons();
}

void CommentsPanel::clearText()
{
    m_text->clear();
}

const EntryComment *CommentsPanel::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const int index = item->data(0, CommentRole).toInt();
    return index >= 0 && index < m_comments.size() ? &m_comments.at(index) : nullptr;
}

const EntryComment *CommentsPanel::selectedThread() const
{
    const EntryComment *comment = selected();
    if (!comment || comment->parentId == 0)
        return comment;
    for (const EntryComment &c : m_comments) {
        if (c.id == comment->parentId)
            return &c;
    }
    return comment;
}

void CommentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CommentsPanel::retranslate()
{
    m_list->setHeaderLabels({tr("Who"), tr("When"), tr("Comment")});
    m_text->setPlaceholderText(tr("A comment on the text selected in the Chinese or English field"));
    m_comment->setText(tr("&Comment"));
    m_reply->setText(tr("&Reply"));
    const EntryComment *thread = selectedThread();
    m_resolve->setText(thread && thread->resolved ? tr("Re&open") : tr("Re&solve"));
    int open = 0;
    for (const EntryComment &c : m_comments)
        open += c.parentId == 0 && !c.resolved ? 1 : 0;
    m_caption->setText(!m_note.isEmpty()      ? m_note
                       : m_comments.isEmpty() ? tr("No comments on this paper.")
                                              : tr("%n thread(s) not resolved.", nullptr, open));
}

void CommentsPanel::updateButtons()
{
    const bool typed = !m_text->toPlainText().trimmed().isEmpty();
    const bool live = m_note.isEmpty();
    m_comment->setEnabled(live && typed);
    m_reply->setEnabled(live && typed && selected());
    m_resolve->setEnabled(live && selected());
    retranslate();
}

} // namespace DigestStudio
