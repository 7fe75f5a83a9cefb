// How the GUI tests reach into a main window: the launch configuration that names only a library, and the
// window's parts found by their objectName (a widget's name is what a person finds it by: its place and
// label), never through getters kept for tests.
#pragma once

#include "app/mainwindow.h"
#include "common/windowstatusbar.h"
#include "document/workspace.h"
#include "services/launchconfig.h"
#include "services/settingskeys.h"

#include <QAction>
#include <QTreeView>

namespace DigestStudio::Test {

// A launch configuration on `library` (a SQLite path or postgresql:// location), as --db gives it; every
// other setting at its default but arXiv's site, which is a closed port on this machine: a paper a test adds
// is read in the background, and a test never reaches the internet (the read fails at once, refused).
inline LaunchConfig launchOn(const QString &library)
{
    LaunchConfig config;
    config.set(SettingsKeys::LibraryLocation.name(), library);
    config.set(SettingsKeys::ArxivSiteUrl.name(), QStringLiteral("http://127.0.0.1:9"));
    return config;
}

// The child of `window` named `name`; null, with a warning naming what is missing, when there is none.
template<typename T>
T *part(const QObject &window, const char *name)
{
    T *found = window.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("%s has no %s named %s", qPrintable(window.objectName()), T::staticMetaObject.className(),
                 name);
    return found;
}

inline QAction *action(const QObject &window, const char *name)
{
    return part<QAction>(window, name);
}

// The library, the open digest and what keeps them in step.
inline Workspace *workspace(const QObject &window)
{
    return part<Workspace>(window, "workspace");
}

inline DigestDocument *document(const QObject &window)
{
    return workspace(window)->document();
}

inline WindowStatusBar *statusBar(const QObject &window)
{
    return part<WindowStatusBar>(window, "windowStatusBar");
}

inline QTreeView *paperView(const QObject &window)
{
    return part<QTreeView>(window, "paperView");
}

} // namespace DigestStudio::Test
