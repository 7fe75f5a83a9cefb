#include "document/entryfigures.h"

#include "document/addimagescommand.h"
#include "document/digestdocument.h"
#include "document/removeimagescommand.h"
#include "document/reorderimagescommand.h"
#include "storage/library.h"

#include <QFile>
#include <QUndoStack>

namespace DigestStudio {

EntryFigures::EntryFigures(Library *library, DigestDocument *document, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_document(document)
{
    connect(document, &DigestDocument::entryAboutToBeRemoved, this, &EntryFigures::keepFiguresOf);
    connect(document, &DigestDocument::digestReset, this, &EntryFigures::forgetAll);
}

EntryFigures::~EntryFigures() = default;

qint64 EntryFigures::entryIdAt(int row) const
{
    if (row < 0 || row >= m_document->entryCount())
        return 0;
    return m_document->entry(row).id();
}

qint64 EntryFigures::currentId(qint64 imageId) const
{
    // Ids only grow, so the chain ends; the bound guards against a library that reuses them.
    for (int steps = 0; steps <= m_storedAgain.size() && m_storedAgain.contains(imageId); ++steps)
        imageId = m_storedAgain.value(imageId);
    return imageId;
}

void EntryFigures::push(QUndoCommand *command)
{
    m_document->closeMergeWindow();
    m_document->undoStack()->push(command);
}

QVector<EntryImage> EntryFigures::images(int row) const
{
    const qint64 entryId = entryIdAt(row);
    return entryId == 0 ? QVector<EntryImage>() : m_library->images(entryId);
}

bool EntryFigures::add(int row, const QVector<QByteArray> &data, const QStringList &mimeTypes)
{
    if (row < 0 || row >= m_document->entryCount())
        return false;
    const qint64 entryId = entryIdAt(row);
    QVector<EntryImage> added;
    for (int i = 0; i < data.size() && i < mimeTypes.size(); ++i) {
        EntryImage image;
        image.entryId = entryId;
        image.data = data.at(i);
        image.mimeType = mimeTypes.at(i);
        LibraryError error;
        image.id = m_library->addImage(entryId, image.data, image.mimeType, &error);
        if (image.id == 0)
            Q_EMIT failed(error.message);
        else
            added.append(image);
    }
    if (added.isEmpty())
        return false;
    push(new AddImagesCommand(this, row, added));
    Q_EMIT figuresChanged(row);
    return true;
}

bool EntryFigures::remove(int row, const QVector<qint64> &imageIds)
{
    const QVector<EntryImage> current = images(row);
    QVector<EntryImage> removed;
    for (int i = 0; i < current.size(); ++i) {
        if (!imageIds.contains(current.at(i).id))
            continue;
        LibraryError error;
        if (!m_library->removeImage(current.at(i).id, &error)) {
            Q_EMIT failed(error.message);
            continue;
        }
        EntryImage image = current.at(i);
        image.position = i + 1; // where its undo puts it back
        removed.append(image);
    }
    if (removed.isEmpty())
        return false;
    push(new RemoveImagesCommand(this, row, removed));
    Q_EMIT figuresChanged(row);
    return true;
}

bool EntryFigures::reorder(int row, const QVector<qint64> &imageIds)
{
    QVector<qint64> before;
    for (const EntryImage &image : images(row))
        before.append(image.id);
    if (before.isEmpty() || before == imageIds)
        return false;
    LibraryError error;
    if (!m_library->reorderImages(entryIdAt(row), imageIds, &error)) {
        Q_EMIT failed(error.message);
        Q_EMIT figuresChanged(row); // the strip shows the stored order again
        return false;
    }
    push(new ReorderImagesCommand(this, row, before, imageIds));
    Q_EMIT figuresChanged(row);
    return true;
}

bool EntryFigures::applyRemove(int row, qint64 imageId)
{
    LibraryError error;
    const bool removed = m_library->removeImage(currentId(imageId), &error);
    if (!removed)
        Q_EMIT failed(error.message);
    Q_EMIT figuresChanged(row);
    return removed;
}

bool EntryFigures::applyRestore(int row, const EntryImage &image, int index)
{
    const qint64 entryId = entryIdAt(row);
    LibraryError error;
    const qint64 id = m_library->addImage(entryId, image.data, image.mimeType, &error);
    if (id == 0) {
        Q_EMIT failed(error.message);
        return false;
    }
    const qint64 gone = currentId(image.id);
    if (gone != id)
        m_storedAgain.insert(gone, id);
    bool ok = true;
    if (index >= 0) {
        QVector<qint64> order;
        for (const EntryImage &stored : m_library->images(entryId)) {
            if (stored.id != id)
                order.append(stored.id);
        }
        order.insert(qBound(0, index, static_cast<int>(order.size())), id);
        ok = m_library->reorderImages(entryId, order, &error);
        if (!ok)
            Q_EMIT failed(error.message);
    }
    Q_EMIT figuresChanged(row);
    return ok;
}

bool EntryFigures::applyOrder(int row, const QVector<qint64> &imageIds)
{
    QVector<qint64> current;
    for (qint64 id : imageIds)
        current.append(currentId(id));
    LibraryError error;
    const bool ok = m_library->reorderImages(entryIdAt(row), current, &error);
    if (!ok)
        Q_EMIT failed(error.message);
    Q_EMIT figuresChanged(row);
    return ok;
}

void EntryFigures::keepFiguresOf(int row)
{
    const qint64 entryId = entryIdAt(row);
    if (entryId == 0)
        return;
    const QVector<EntryImage> figures = m_library->images(entryId);
    if (!figures.isEmpty())
        m_removedWithEntry.insert(entryId, figures);
}

void EntryFigures::restoreFiguresOf(int row, qint64 previousId)
{
    const QVector<EntryImage> figures = m_removedWithEntry.take(previousId);
    for (const EntryImage &image : figures)
        applyRestore(row, image, -1);
}

void EntryFigures::forgetAll()
{
    m_storedAgain.clear();
    m_removedWithEntry.clear();
}

} // namespace DigestStudio
