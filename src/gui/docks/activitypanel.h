// The Activity dock's panel: what the team did lately, newest first (changes of fields, status and
// assignments, comments and replies, publications: when, who, what, where), worded in the interface's
// language, as `digestctl activity` lists it.
#pragma once

#include "storage/librarytypes.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace DigestStudio {

class ActivityPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPanel(QWidget *parent = nullptr);

    // The events newest first, as TeamStore::activity() gives them; `note` replaces the caption.
    void setEvents(const QVector<ActivityEvent> &events, const QString &note = QString());
    // One event in words: "edited the Chinese title", "assigned to wangfang", "published to WeChat".
    static QString describe(const ActivityEvent &event);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    QLabel *m_caption;
    QTreeWidget *m_list;
    QVector<ActivityEvent> m_events;
    QString m_note;
};

} // namespace DigestStudio
