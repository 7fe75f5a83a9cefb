// A bare window for the GUI tests of the paper-itself controllers (Fill From Papers, Paper Figures): an
// entry editor and a status bar over a SQLite library in a scratch folder, the request scheduler, and arXiv's
// site set to a loopback server. The test makes its controller on it, then opens a digest of its papers.
#pragma once

#include "common/windowstatusbar.h"
#include "document/digestdocument.h"
#include "document/entryfigures.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "loopbackhttpserver.h"
#include "services/launchconfig.h"
#include "services/settingskeys.h"
#include "storage/library.h"
#include "util/requestscheduler.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QVBoxLayout>

namespace DigestStudio::Test {

struct PaperWindow
{
    QTemporaryDir dir; // the library's; goes last
    LoopbackHttpServer server;
    QNetworkAccessManager network;
    RequestScheduler scheduler{&network};
    QWidget widget;
    Workspace *workspace;
    EntryEditor *editor;
    WindowStatusBar *statusBar;
    LaunchConfig config; // arXiv's site: the loopback server

    explicit PaperWindow(const QString &libraryFile)
        : workspace(new Workspace(dir.filePath(libraryFile), &widget))
        , editor(new EntryEditor(&widget))
        , statusBar(new WindowStatusBar(&widget))
    {
        if (!server.listen())
            qFatal("no loopback server");
        config.set(SettingsKeys::ArxivSiteUrl.name(), server.url().toString());
        editor->setDocument(workspace->document());
    }

    // Lays out the editor, `panel` (none when null) and the status bar; stores a digest of 2026-12-07 with
    // one entry per arXiv id (titled "Paper N", its affiliation line from `lines`), opens it on its first
    // entry and shows the window.
    void open(const QStringList &ids, const QStringList &lines = {}, QWidget *panel = nullptr)
    {
        auto *layout = new QVBoxLayout(&widget);
        layout->addWidget(editor);
        if (panel)
            layout->addWidget(panel);
        layout->addWidget(statusBar);
        Library *library = workspace->library();
        const qint64 digestId = library->createDigest(QDate(2026, 12, 7));
        for (int i = 0; i < ids.size(); ++i) {
            DigestEntry entry;
            entry.setArxivId(ids.at(i));
            entry.setTitle(QStringLiteral("Paper %1").arg(i + 1));
            entry.setAffiliations(lines.value(i));
            library->appendEntry(digestId, entry);
        }
        QString error;
        if (!workspace->openStoredDigest(digestId, &error))
            qWarning("%s", qPrintable(error));
        editor->setCurrentEntry(0);
        widget.show();
        widget.activateWindow();
    }

    QString line(int row) const { return workspace->document()->entry(row).affiliations(); }
    int figures(int row) const { return static_cast<int>(workspace->figures()->images(row).size()); }
    QUndoStack *undo() const { return workspace->document()->undoStack(); }
};

} // namespace DigestStudio::Test
