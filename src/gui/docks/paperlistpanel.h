// The paper list of the open digest: a filter box, "unfinished only", and the list itself with drag and drop
// to reorder, drops of links from a browser, and a context menu to re-tag, mark or remove the selected
// papers.
#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLineEdit;
class QMenu;
class QTreeView;

namespace DigestStudio {

class DigestDocument;
class PaperFilterProxyModel;
class PaperListModel;

class PaperListPanel final : public QWidget
{
    Q_OBJECT

public:
    // `document` is not owned.
    explicit PaperListPanel(DigestDocument *document, QWidget *parent = nullptr);

    PaperListModel *model() const { return m_model; }
    PaperFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    // The Mine box: checked, the list shows only the person's papers.
    QCheckBox *mineBox() const { return m_mineOnly; }
    // The last item of the context menu (Remove Papers); not owned.
    void setRemoveAction(QAction *action) { m_removeAction = action; }

    // Selects and shows the digest row `row` (clearing the filter when it hides the row); -1 selects none.
    void showEntry(int row);
    // The digest rows selected, ascending.
    QList<int> selectedEntries() const;
    // Who is working (the library's person): the Mine box filters to their papers; empty hides the box.
    void setPerson(const QString &person);
    // The people the context menu offers to assign papers to (the team's members, or this person).
    void setPeople(const QStringList &people) { m_people = people; }

Q_SIGNALS:
    // The current row of the list changed to digest row `row` (-1: none).
    void currentEntryChanged(int row);
    // From the context menu, for the selected papers.
    void tagRequested(const QString &tag);
    void statusRequested(int status);
    // Assign the selected papers to `person` (empty: nobody), as their assignee or their reviewer.
    void assignRequested(const QString &person, bool asReviewer);

private:
    void setUpView();
    void showContextMenu(const QPoint &pos);
    void addAssignMenus(QMenu *menu);

    PaperListModel *m_model = nullptr;
    PaperFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QCheckBox *m_unfinishedOnly = nullptr;
    QCheckBox *m_mineOnly = nullptr;
    QString m_person;
    QStringList m_people;
    QTreeView *m_view = nullptr;
    QAction *m_removeAction = nullptr;
};

} // namespace DigestStudio
