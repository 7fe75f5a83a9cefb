#include "storage/imagestore.h"

#include "storage/changewatcher.h"
#include "storage/libraryconnection.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <algorithm>

namespace DigestStudio {

namespace {

using Kind = LibraryError::Kind;

} // namespace

ImageStore::ImageStore(LibraryConnection &connection, ChangeWatcher &changes)
    : m_connection(connection)
    , m_changes(changes)
{}

qint64 ImageStore::addImage(qint64 entryId, const QByteArray &data, const QString &mimeType,
                            LibraryError *error, const QString &caption)
{
    if (data.isEmpty() || !mimeType.startsWith(QLatin1String("image/"))) {
        m_connection.fail(error, Kind::InvalidArgument,
                          QStringLiteral("An entry image needs data and an image/* MIME type (got '") +
                              mimeType + QStringLiteral("')."));
        return 0;
    }
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return 0;
    QSqlQuery &find =
        m_connection.prepared(QStringLiteral("SELECT e.digest_id, (SELECT COALESCE(MAX(position), 0) FROM "
                                             "entry_images WHERE entry_id = e.id) FROM "
                                             "entries e WHERE e.id = ?"));
    find.addBindValue(entryId);
    if (!m_connection.run(find, error, QStringLiteral("finding the entry")))
        return 0;
    if (!find.next()) {
        find.finish();
        m_connection.notFound(error, QStringLiteral("entry"), QString::number(entryId));
        return 0;
    }
    const qint64 digestId = find.value(0).toLongLong();
    const int position = find.value(1).toInt() + 1;
    find.finish();
    QSqlQuery &insert = m_connection.prepared(QStringLiteral(
        "INSERT INTO entry_images (entry_id, position, mime_type, data, caption) VALUES (?, ?, ?, ?, ?) "
        "RETURNING id"));
    insert.addBindValue(entryId);
    insert.addBindValue(position);
    insert.addBindValue(mimeType);
    insert.addBindValue(data);
    insert.addBindValue(SqlValues::text(caption)); // never NULL: the column is NOT NULL
    const qint64 id = m_connection.insertReturningId(insert, error, QStringLiteral("storing the image"));
    if (id == 0 || !m_changes.announce(digestId, entryId, error) || !transaction.commit(error))
        return 0;
    return id;
}

QVector<EntryImage> ImageStore::images(qint64 entryId, LibraryError *error)
{
    QVector<EntryImage> list;
    QSqlQuery &query =
        m_connection.prepared(QStringLiteral("SELECT id, entry_id, position, mime_type, data, caption FROM "
                                             "entry_images WHERE entry_id = ? ORDER BY position, id"));
    query.addBindValue(entryId);
    if (!m_connection.run(query, error, QStringLiteral("reading the entry's images")))
        return list;
    while (query.next()) {
        EntryImage image;
        image.id = query.value(0).toLongLong();
        image.entryId = query.value(1).toLongLong();
        image.position = query.value(2).toInt();
        image.mimeType = query.value(3).toString();
        image.data = query.value(4).toByteArray();
        image.caption = query.value(5).toString();
        list.append(image);
    }
    query.finish();
    return list;
}

bool ImageStore::removeImage(qint64 imageId, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery &find = m_connection.prepared(QStringLiteral(
        "SELECT i.entry_id, i.position, e.digest_id FROM entry_images i JOIN entries e ON e.id = i.entry_id "
        "WHERE i.id = ?"));
    find.addBindValue(imageId);
    if (!m_connection.run(find, error, QStringLiteral("finding the image")))
        return false;
    if (!find.next()) {
        find.finish();
        return m_connection.notFound(error, QStringLiteral("image"), QString::number(imageId));
    }
    const qint64 entryId = find.value(0).toLongLong();
    const int position = find.value(1).toInt();
    const qint64 digestId = find.value(2).toLongLong();
    find.finish();
    QSqlQuery &remove = m_connection.prepared(QStringLiteral("DELETE FROM entry_images WHERE id = ?"));
    remove.addBindValue(imageId);
    if (!m_connection.run(remove, error, QStringLiteral("removing the image")))
        return false;
    QSqlQuery &shift = m_connection.prepared(QStringLiteral(
        "UPDATE entry_images SET position = position - 1 WHERE entry_id = ? AND position > ?"));
    shift.addBindValue(entryId);
    shift.addBindValue(position);
    return m_connection.run(shift, error, QStringLiteral("renumbering the images")) &&
           m_changes.announce(digestId, entryId, error) && transaction.commit(error);
}

bool ImageStore::reorderImages(qint64 entryId, const QVector<qint64> &imageIds, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    QVector<qint64> current;
    const qint64 digestId = readImageIds(entryId, &current, error);
    if (digestId == 0)
        return false;
    QVector<qint64> sortedNew = imageIds;
    std::sort(current.begin(), current.end());
    std::sort(sortedNew.begin(), sortedNew.end());
    if (current != sortedNew)
        return m_connection.fail(error, Kind::InvalidArgument,
                                 QStringLiteral("The new image order must list every image of entry ") +
                                     QString::number(entryId) + QStringLiteral(" exactly once."));
    QSqlQuery &update =
        m_connection.prepared(QStringLiteral("UPDATE entry_images SET position = ? WHERE id = ?"));
    for (int i = 0; i < imageIds.size(); ++i) {
        update.addBindValue(i + 1);
        update.addBindValue(imageIds.at(i));
        if (!m_connection.run(update, error, QStringLiteral("reordering the images")))
            return false;
    }
    return m_changes.announce(digestId, entryId, error) && transaction.commit(error);
}

qint64 ImageStore::readImageIds(qint64 entryId, QVector<qint64> *ids, LibraryError *error)
{
    QSqlQuery &list =
        m_connection.prepared(QStringLiteral("SELECT i.id, e.digest_id FROM entries e LEFT JOIN "
                                             "entry_images i ON i.entry_id = e.id WHERE e.id = ?"));
    list.addBindValue(entryId);
    if (!m_connection.run(list, error, QStringLiteral("reading the images")))
        return 0;
    qint64 digestId = 0;
    while (list.next()) {
        digestId = list.value(1).toLongLong();
        if (!list.value(0).isNull())
            ids->append(list.value(0).toLongLong());
    }
    list.finish();
    if (digestId == 0)
        m_connection.notFound(error, QStringLiteral("entry"), QString::number(entryId));
    return digestId;
}

} // namespace DigestStudio
