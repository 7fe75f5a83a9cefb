// Presence in the window, on a shared (PostgreSQL) library: tells the others which digest, paper and field
// this window has open and when its person types, and shows the others: their initials in the paper list's
// Here column, a line above the editor ("王芳 is typing in the Chinese summary") and, while this person is in
// a field someone else is typing in, a warning there before the two edits conflict. On SQLite (one person)
// it does nothing and shows nothing.
#pragma once

#include "model/digestentry.h"

#include <QObject>

#include <memory>
#include <optional>

class QLabel;
class QWidget;

namespace DigestStudio {

class EntryEditor;
class PaperListModel;
class PresenceService;
class Workspace;

class PresenceController final : public QObject
{
    Q_OBJECT

public:
    // Makes the presence bar (a child of `editor`, shown above its fields); none owned.
    PresenceController(Workspace *workspace, EntryEditor *editor, PaperListModel *list, QObject *parent);
    ~PresenceController() override;

    // Null on a library without presence.
    PresenceService *service() const { return m_service.get(); }

protected:
    // The fields' focus and keystrokes (typed letters, deletions, an input method's commits).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchFields();
    // Where this window is: sent when the digest, the paper or its position changes.
    void updatePlace();
    // The list's markers, the editor's line and the warning, from the others' presence.
    void refresh();
    std::optional<DigestEntry::Field> fieldOf(QObject *watched) const;

    Workspace *m_workspace;
    EntryEditor *m_editor;
    PaperListModel *m_list;
    std::unique_ptr<PresenceService> m_service;
    QWidget *m_bar;
    QLabel *m_line;
    QLabel *m_warning;
    std::optional<DigestEntry::Field> m_focused;
};

} // namespace DigestStudio
