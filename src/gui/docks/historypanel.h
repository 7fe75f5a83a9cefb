// The History dock's panel: the shown entry's changes (when, who, which field, the change by character),
// newest first, and a button that puts a field's text back as it was before the selected change.
#pragma once

#include "storage/librarytypes.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace DigestStudio {

class HistoryPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    // The entry's changes, oldest first as the library gives them (shown newest first); `note` replaces the
    // list's caption (no entry, no library).
    void setEvents(const QVector<HistoryEvent> &events, const QString &note = QString());

Q_SIGNALS:
    // Restore `field` (a contract name, or `status`) to `text`.
    void restoreRequested(const QString &field, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString otherLabel(const QString &name);
    void retranslate();
    void updateButton();

    QLabel *m_caption;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QVector<HistoryEvent> m_events;
    QString m_note;
};

} // namespace DigestStudio
