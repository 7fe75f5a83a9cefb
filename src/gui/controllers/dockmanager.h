// The docks of a main window: wraps the panels the controllers make into named docks, lays them out the first
// time, restores and remembers the layout (window, docks, editor splitter, paper list columns), and gives the
// View menu its toggles.
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QDockWidget;
class QHeaderView;
class QMainWindow;
class QSplitter;
class QWidget;

namespace DigestStudio {

class DockManager final : public QObject
{
    Q_OBJECT

public:
    // The panels of the window, made by the controllers that own them; the manager docks them.
    struct Panels
    {
        QWidget *papers = nullptr;
        QWidget *glossary = nullptr;
        QWidget *figures = nullptr;
        QWidget *lookup = nullptr;
        QDockWidget *preview = nullptr;  // a dock already
        QDockWidget *problems = nullptr; // a dock already
        QWidget *history = nullptr;      // the shown paper's history; none: no History dock
        QWidget *comments = nullptr;     // the shown paper's comment threads; none: no Comments dock
        QWidget *activity = nullptr;     // what the team did lately; none: no Activity dock
        QWidget *candidates = nullptr;   // the shown paper's own figures; none: no Paper Figures dock
    };

    // The docks go into `window` (not owned; the manager is its child).
    explicit DockManager(QMainWindow *window);

    // Docks the panels: papers over the glossary and figures on the left, lookup, preview, problems,
    // history, comments and activity as tabs on the right.
    void createDocks(const Panels &panels);
    // The View menu's toggles, in the order the docks were made.
    QList<QAction *> toggleActions() const;
    // The dock named `name` (its objectName), or null.
    QDockWidget *dock(const QString &name) const;
    // Hides a dock that has nothing to show and disables its toggle (figures without a library).
    void withdraw(const QString &name);

    // Sizes a first window to the screen, then restores what the last session left: the window, the docks,
    // the editor's splitter and the paper list's columns.
    void restoreLayout(QSplitter *editorSplitter, QHeaderView *paperColumns);
    void saveLayout(QSplitter *editorSplitter, QHeaderView *paperColumns) const;

private:
    QDockWidget *wrap(QWidget *panel, const QString &title, const QString &name);
    void fitToScreen();

    QMainWindow *m_window;
    QList<QDockWidget *> m_docks;
};

} // namespace DigestStudio
