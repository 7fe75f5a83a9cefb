#include "controllers/dockmanager.h"

#include "services/settingskeys.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>

namespace DigestStudio {

DockManager::DockManager(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("dockManager"));
}

QDockWidget *DockManager::wrap(QWidget *panel, const QString &title, const QString &name)
{
    auto *dock = new QDockWidget(title, m_window);
    // The name is what restoreState() finds the dock by: it never changes.
    dock->setObjectName(name);
    dock->setWidget(panel);
    return dock;
}

void DockManager::createDocks(const Panels &panels)
{
    QDockWidget *papers = wrap(panels.papers, tr("Papers"), QStringLiteral("paperDock"));
    QDockWidget *glossary = wrap(panels.glossary, tr("Glossary"), QStringLiteral("glossaryDock"));
    QDockWidget *figures = wrap(panels.figures, tr("Figures"), QStringLiteral("figuresDock"));
    QDockWidget *lookup = wrap(panels.lookup, tr("arXiv Lookup"), QStringLiteral("lookupDock"));
    m_docks = {papers, glossary, figures, lookup, panels.preview, panels.problems};

    m_window->addDockWidget(Qt::LeftDockWidgetArea, papers);
    // The glossary below the paper list: the editor keeps the full width between the left column and the
    // edge. The figures with the glossary: the editor keeps its height on small (or 200 %) screens.
    m_window->addDockWidget(Qt::LeftDockWidgetArea, glossary);
    m_window->splitDockWidget(papers, glossary, Qt::Vertical);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, figures);
    m_window->tabifyDockWidget(glossary, figures);
    glossary->raise();

    m_window->addDockWidget(Qt::RightDockWidgetArea, lookup);
    m_window->addDockWidget(Qt::RightDockWidgetArea, panels.preview);
    m_window->tabifyDockWidget(lookup, panels.preview);
    m_window->addDockWidget(Qt::RightDockWidgetArea, panels.problems);
    m_window->tabifyDockWidget(panels.preview, panels.problems);
    if (panels.history) {
        QDockWidget *history = wrap(panels.history, tr("History"), QStringLiteral("historyDock"));
        m_docks.append(history);
        m_window->addDockWidget(Qt::RightDockWidgetArea, history);
        m_window->tabifyDockWidget(panels.problems, history);
    }
    if (panels.comments) {
        QDockWidget *comments = wrap(panels.comments, tr("Comments"), QStringLiteral("commentsDock"));
        m_docks.append(comments);
        m_window->addDockWidget(Qt::RightDockWidgetArea, comments);
        m_window->tabifyDockWidget(panels.problems, comments);
    }
    if (panels.activity) {
        QDockWidget *activity = wrap(panels.activity, tr("Activity"), QStringLiteral("activityDock"));
        m_docks.append(activity);
        m_window->addDockWidget(Qt::RightDockWidgetArea, activity);
        m_window->tabifyDockWidget(panels.problems, activity);
    }
    if (panels.candidates) {
        // Beside the entry, a tab of the lookup: the editor looks from the text to the paper's figures.
        QDockWidget *candidates =
            wrap(panels.candidates, tr("Paper Figures"), QStringLiteral("figureCandidatesDock"));
        m_docks.append(candidates);
        m_window->addDockWidget(Qt::RightDockWidgetArea, candidates);
        m_window->tabifyDockWidget(lookup, candidates);
    }
    lookup->raise();
    // Seven tabs share the right column: their titles scroll rather than shrink to "P…".
    for (QTabBar *bar : m_window->findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
    }
}

QList<QAction *> DockManager::toggleActions() const
{
    QList<QAction *> toggles;
    for (QDockWidget *dock : m_docks)
        toggles.append(dock->toggleViewAction());
    return toggles;
}

QDockWidget *DockManager::dock(const QString &name) const
{
    for (QDockWidget *dock : m_docks) {
        if (dock->objectName() == name)
            return dock;
    }
    return nullptr;
}

void DockManager::withdraw(const QString &name)
{
    if (QDockWidget *withdrawn = dock(name)) {
        withdrawn->hide();
        withdrawn->toggleViewAction()->setEnabled(false);
    }
}

void DockManager::fitToScreen()
{
    // A first start fits the screen, at 200 % scale too; later ones restore the remembered geometry.
    QSize size(1440, 900);
    if (QScreen *current = m_window->screen())
        size = size.boundedTo(current->availableGeometry().size() * 0.92);
    m_window->resize(size);
    const int charWidth = m_window->fontMetrics().averageCharWidth();
    m_window->resizeDocks({dock(QStringLiteral("paperDock")), dock(QStringLiteral("lookupDock"))},
                          {charWidth * 48, charWidth * 40}, Qt::Horizontal);
    m_window->resizeDocks({dock(QStringLiteral("paperDock")), dock(QStringLiteral("glossaryDock"))}, {3, 2},
                          Qt::Vertical);
}

void DockManager::restoreLayout(QSplitter *editorSplitter, QHeaderView *paperColumns)
{
    fitToScreen();
    QSettings settings;
    const QByteArray geometry = SettingsKeys::MainWindowGeometry.value(settings);
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    const QByteArray state = SettingsKeys::MainWindowState.value(settings);
    if (!state.isEmpty())
        m_window->restoreState(state);
    const QByteArray splitter = SettingsKeys::WorkspaceEditorSplitter.value(settings);
    if (!splitter.isEmpty())
        editorSplitter->restoreState(splitter);
    const QByteArray header = SettingsKeys::WorkspacePaperListHeader.value(settings);
    if (!header.isEmpty())
        paperColumns->restoreState(header);
}

void DockManager::saveLayout(QSplitter *editorSplitter, QHeaderView *paperColumns) const
{
    QSettings settings;
    SettingsKeys::MainWindowGeometry.setValue(settings, m_window->saveGeometry());
    SettingsKeys::MainWindowState.setValue(settings, m_window->saveState());
    SettingsKeys::WorkspaceEditorSplitter.setValue(settings, editorSplitter->saveState());
    SettingsKeys::WorkspacePaperListHeader.setValue(settings, paperColumns->saveState());
}

} // namespace DigestStudio
