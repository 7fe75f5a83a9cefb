// The figures of the open digest's entries, stored in the library. Adding, removing and reordering them are
// undo steps on the document's stack, and undoing the removal of a paper brings its figures back.
#pragma once

#include "storage/librarytypes.h"

#include <QHash>
#include <QObject>
#include <QVector>

class QUndoCommand;

namespace DigestStudio {

class DigestDocument;
class Library;

class EntryFigures final : public QObject
{
    Q_OBJECT

public:
    // Both not owned; the library must outlive this object.
    EntryFigures(Library *library, DigestDocument *document, QObject *parent = nullptr);
    ~EntryFigures() override;

    // The figures of the entry at `row`, in order (none when the entry is not stored).
    QVector<EntryImage> images(int row) const;
    // Each stores at once and is one undo step; false when nothing changed (failed() says why).
    bool add(int row, const QVector<QByteArray> &data, const QStringList &mimeTypes);
    bool remove(int row, const QVector<qint64> &imageIds);
    // `imageIds` is every figure of the entry in the new order.
    bool reorder(int row, const QVector<qint64> &imageIds);

    // Applied by the commands (no undo step of their own). They name figures by the id they first had: the
    // library gives a figure stored again a new id, which is followed here.
    bool applyRemove(int row, qint64 imageId);
    // Stores `image` again as figure number `index` (-1: after the others).
    bool applyRestore(int row, const EntryImage &image, int index);
    bool applyOrder(int row, const QVector<qint64> &imageIds);

public Q_SLOTS:
    // The entry at `row` was stored again after its removal was undone (it had `previousId`): the figures
    // the removal took from the library come back.
    void restoreFiguresOf(int row, qint64 previousId);

Q_SIGNALS:
    void figuresChanged(int row);
    void failed(const QString &message);

private:
    qint64 entryIdAt(int row) const;
    qint64 currentId(qint64 imageId) const;
    void push(QUndoCommand *command);
    // Removing an entry removes its figures from the library: they are kept here for its undo.
    void keepFiguresOf(int row);
    void forgetAll();

    Library *m_library;                                    // not owned
    DigestDocument *m_document;                            // not owned
    QHash<qint64, qint64> m_storedAgain;                   // figure id → the id it got when stored again
    QHash<qint64, QVector<EntryImage>> m_removedWithEntry; // by the removed entry's id
};

} // namespace DigestStudio
