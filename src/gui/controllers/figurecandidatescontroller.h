// The paper's figures as candidates for the shown entry: Read the Paper reads it through FulltextService (the
// arXiv lane of the request scheduler: its spacing, caps and deadline), the strip fetches only the thumbnails
// in view, and Attach puts the chosen figure on the entry as one undo step (EntryFigures), fetching its image
// only then if it was not in view. A PDF-only paper's candidate is its first page.
#pragma once

#include "services/fulltextservice.h"

#include <QHash>
#include <QObject>

#include <memory>

class QWidget;

namespace DigestStudio {

class EntryEditor;
class FigureCandidatesPanel;
class LaunchConfig;
class RequestScheduler;
class WindowStatusBar;
class Workspace;

class FigureCandidatesController final : public QObject
{
    Q_OBJECT

public:
    // Requests go through `scheduler`, to the site and with the deadline of `config`. None owned; the panel
    // is a child of `window`, docked by the DockManager.
    FigureCandidatesController(Workspace *workspace, EntryEditor *editor, WindowStatusBar *statusBar,
                               RequestScheduler *scheduler, const LaunchConfig &config, QWidget *window);
    ~FigureCandidatesController() override;

    FigureCandidatesPanel *panel() const { return m_panel; }

public Q_SLOTS:
    void readPaper();
    void attach(int index);

private:
    struct Candidate
    {
        QString label;
        QString caption;
        QUrl url;        // the image to fetch; empty for a rendered first page
        QByteArray data; // the image once fetched (or the first page as PNG)
        QString mimeType;
        quint64 pending = 0; // the fetch under way
        bool attachWhenFetched = false;
    };

    void showEntry();
    void onRead(quint64 operation, const FulltextClient::Read &read);
    void onImage(quint64 operation, const FulltextClient::Image &image);
    void fetchVisible();
    void fetch(int index);
    void addToEntry(int index);
    void reset();

    Workspace *m_workspace;
    EntryEditor *m_editor;
    WindowStatusBar *m_statusBar;
    FigureCandidatesPanel *m_panel;
    std::unique_ptr<FulltextService> m_service;
    QString m_arxivId;
    quint64 m_reading = 0;
    QVector<Candidate> m_candidates;
    QHash<quint64, int> m_fetches; // operation → candidate
};

} // namespace DigestStudio
