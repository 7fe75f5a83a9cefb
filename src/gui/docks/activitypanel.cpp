#include "docks/activitypanel.h"

#include "common/fieldlabels.h"
#include "document/setstatuscommand.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace DigestStudio {

ActivityPanel::ActivityPanel(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("activityPanel"));
    m_list->setObjectName(QStringLiteral("activityList"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->header()->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_caption);
    layout->addWidget(m_list, 1);
    retranslate();
}

QString ActivityPanel::describe(const ActivityEvent &event)
{
    DigestEntry::Field field = DigestEntry::Field::Tag;
    const bool isField = DigestEntry::fieldFromName(event.field, &field);
    const QString fieldName = isField ? FieldLabels::inSentence(field) : event.field;
    if (event.kind == QLatin1String("comment"))
        return event.field.isEmpty() ? tr("commented") : tr("commented on the %1").arg(fieldName);
    if (event.kind == QLatin1String("reply"))
        return tr("replied to a comment");
    if (event.kind == QLatin1String("publication"))
        return tr("published to %1").arg(event.field == QLatin1String("wechat") ? tr("WeChat") : event.field);
    if (event.field == QLatin1String("assignee"))
        return event.after.isEmpty() ? tr("unassigned") : tr("assigned to %1").arg(event.after);
    if (event.field == QLatin1String("reviewer"))
        return event.after.isEmpty() ? tr("removed the reviewer") : tr("asked %1 to review").arg(event.after);
    if (event.field == QLatin1String("status")) {
        DigestEntry::Status status = DigestEntry::Status::Draft;
        return tr("marked %1")
            .arg(DigestEntry::statusFromName(event.after, &status) ? SetStatusCommand::statusLabel(status)
                                                                   : event.after);
    }
    return event.kind.isEmpty() ? event.what : tr("edited the %1").arg(fieldName);
}

void ActivityPanel::setEvents(const QVector<ActivityEvent> &events, const QString &note)
{
    m_events = events;
    m_note = note;
    fill();
}

void ActivityPanel::fill()
{
    m_list->clear();
    const QLocale locale;
    for (const ActivityEvent &event : qAsConst(m_events)) {
        const QString where = event.position > 0
                                  ? tr("digest %1, paper %2").arg(event.digestId).arg(event.position)
                                  : tr("digest %1").arg(event.digestId);
        new QTreeWidgetItem(m_list, {locale.toString(event.at.toLocalTime(), QLocale::ShortFormat), event.who,
                                     describe(event), where});
    }
    retranslate();
}

void ActivityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QWidget::changeEvent(event);
}

void ActivityPanel::retranslate()
{
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Where")});
    m_caption->setText(!m_note.isEmpty()    ? m_note
                       : m_events.isEmpty() ? tr("The team has done nothing yet.")
                                            : tr("The team's latest %n event(s), newest first.", nullptr,
                                                 static_cast<int>(m_events.size())));
}

} // namespace DigestStudio
