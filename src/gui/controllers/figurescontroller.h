// The current entry's figures: the figures dock's strip, images pasted or dropped there or into the editor's
// text fields, and their removal and new order, each one undo step through EntryFigures (stored at once).
#pragma once

#include <QObject>

class QWidget;

namespace DigestStudio {

class EntryEditor;
class ImageStrip;
class WindowStatusBar;
class Workspace;

class FiguresController final : public QObject
{
    Q_OBJECT

public:
    // Makes the strip (a child of `window`, docked by the DockManager). Figures live in the library: without
    // one the strip stays empty. None owned.
    FiguresController(Workspace *workspace, EntryEditor *editor, WindowStatusBar *statusBar, QWidget *window);

    ImageStrip *imageStrip() const { return m_strip; }

Q_SIGNALS:
    // Figures were shown or changed (added, removed, reordered, undone): the entries' first figures, which
    // the preview saves beside the post, are to be read again.
    void figuresChanged();

private:
    // Shows the current entry's figures.
    void loadImages();

    Workspace *m_workspace;
    EntryEditor *m_editor;
    WindowStatusBar *m_statusBar;
    ImageStrip *m_strip;
};

} // namespace DigestStudio
