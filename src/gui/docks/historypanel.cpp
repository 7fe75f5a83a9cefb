#include "docks/historypanel.h"

#include "common/fieldlabels.h"
#include "text/characterdiff.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace DigestStudio {

namespace {

constexpr int EventRole = Qt::UserRole + 1;

} // namespace

// The status and the assignment, which are no text fields.
QString HistoryPanel::otherLabel(const QString &name)
{
    if (name == QLatin1String("status"))
        return tr("Status");
    if (name == QLatin1String("assignee"))
        return tr("Assignee");
    if (name == QLatin1String("reviewer"))
        return tr("Reviewer");
    return name;
}

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_list->setObjectName(QStringLiteral("historyList"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    // When, who and which field are short: they get their width, the change the rest.
    for (int column = 0; column < 3; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_caption);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_restore);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryPanel::updateButton);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        const HistoryEvent &event = m_events.at(item->data(0, EventRole).toInt());
        Q_EMIT restoreRequested(event.field, event.before);
    });
    retranslate();
}

void HistoryPanel::setEvents(const QVector<HistoryEvent> &events, const QString &note)
{
    m_events = events;
    m_note = note;
    m_list->clear();
    const QLocale locale;
    for (int i = static_cast<int>(events.size()) - 1; i >= 0; --i) {
        const HistoryEvent &event = events.at(i);
        DigestEntry::Field field = DigestEntry::Field::Tag;
        const QString fieldLabel = DigestEntry::fieldFromName(event.field, &field) ? FieldLabels::title(field)
                                                                                   : otherLabel(event.field);
        const QString change = DigestEntry::fieldFromName(event.field, &field)
                                   ? CharacterDiff::marked(event.before, event.after)
                                   : event.before + QStringLiteral(" → ") + event.after;
        auto *item =
            new QTreeWidgetItem(m_list, {locale.toString(event.at.toLocalTime(), QLocale::ShortFormat),
                                         event.author, fieldLabel, change});
        item->setData(0, EventRole, i);
        item->setToolTip(3, change);
    }
    retranslate();
    updateButton();
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryPanel::retranslate()
{
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("Field"), tr("Change")});
    m_restore->setText(tr("Restore the Text Before This Change"));
    m_caption->setText(!m_note.isEmpty() ? m_note
                       : m_events.isEmpty()
                           ? tr("No changes since the paper was added.")
                           : tr("%n change(s), newest first.", nullptr, static_cast<int>(m_events.size())));
}

void HistoryPanel::updateButton()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    bool restorable = false;
    if (item && item->isSelected()) {
        const HistoryEvent &event = m_events.at(item->data(0, EventRole).toInt());
        DigestEntry::Field field = DigestEntry::Field::Tag;
        restorable =
            DigestEntry::fieldFromName(event.field, &field) || event.field == QLatin1String("status");
    }
    m_restore->setEnabled(restorable);
}

} // namespace DigestStudio
