#include "controllers/figurescontroller.h"

#include "common/windowstatusbar.h"
#include "document/digestdocument.h"
#include "document/entryfigures.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "editor/imagestrip.h"

namespace DigestStudio {

FiguresController::FiguresController(Workspace *workspace, EntryEditor *editor, WindowStatusBar *statusBar,
                                     QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_editor(editor)
    , m_statusBar(statusBar)
    , m_strip(new ImageStrip(window))
{
    setObjectName(QStringLiteral("figuresController"));
    EntryFigures *figures = m_workspace->figures();
    if (!figures)
        return;
    // Figures come from the strip (paste, drop) and from the editor's fields (paste or drop of an image).
    const auto add = [this, figures](const QVector<QByteArray> &images, const QStringList &types) {
        figures->add(m_editor->currentEntry(), images, types);
    };
    connect(m_strip, &ImageStrip::imagesAdded, this, add);
    connect(m_editor, &EntryEditor::imagesPasted, this, add);
    const auto refused = [this](const QString &why) { m_statusBar->showMessage(why, 8000); };
    connect(m_strip, &ImageStrip::imagesRefused, this, refused);
    connect(m_editor, &EntryEditor::imagesRefused, this, refused);
    connect(m_strip, &ImageStrip::imagesRemoved, this,
            [this, figures](const QVector<qint64> &ids) { figures->remove(m_editor->currentEntry(), ids); });
    connect(m_strip, &ImageStrip::imagesReordered, this,
            [this, figures](const QVector<qint64> &ids) { figures->reorder(m_editor->currentEntry(), ids); });
    // Changes, their undo and redo: the strip shows the current entry's figures, the preview every first one.
    connect(figures, &EntryFigures::figuresChanged, this, [this](int row) {
        if (row == m_editor->currentEntry())
            loadImages();
        else
            Q_EMIT figuresChanged();
    });
    connect(m_editor, &EntryEditor::currentEntryChanged, this, &FiguresController::loadImages);
}

void FiguresController::loadImages()
{
    const int row = m_editor->currentEntry();
    if (row < 0 || m_workspace->document()->entry(row).id() == 0) {
        m_strip->setImages({}, {});
        return;
    }
    QVector<qint64> ids;
    QVector<QImage> images;
    for (const EntryImage &image : m_workspace->figures()->images(row)) {
        ids.append(image.id);
        images.append(QImage::fromData(image.data));
    }
    m_strip->setImages(ids, images);
    Q_EMIT figuresChanged();
}

} // namespace DigestStudio
