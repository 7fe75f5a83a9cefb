// Images attached to entries (figures of the papers), stored in the library in their order.
#pragma once

#include "model/libraryerror.h"
#include "storage/librarytypes.h"

#include <QVector>

namespace DigestStudio {

class ChangeWatcher;
class LibraryConnection;

class ImageStore final
{
public:
    ImageStore(LibraryConnection &connection, ChangeWatcher &changes);

    // Appends an image to the entry; its id, or 0 and `error`.
    qint64 addImage(qint64 entryId, const QByteArray &data, const QString &mimeType, LibraryError *error,
                    const QString &caption = QString());
    QVector<EntryImage> images(qint64 entryId, LibraryError *error);
    bool removeImage(qint64 imageId, LibraryError *error);
    // `imageIds` is every image of the entry in the new order.
    bool reorderImages(qint64 entryId, const QVector<qint64> &imageIds, LibraryError *error);

private:
    // The digest of the entry and the entry's images (in order); 0 and `error` when there is no such entry.
    qint64 readImageIds(qint64 entryId, QVector<qint64> *ids, LibraryError *error);

    LibraryConnection &m_connection;
    ChangeWatcher &m_changes;
};

} // namespace DigestStudio
