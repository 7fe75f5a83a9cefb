#include "storage/commentstore.h"

#include "storage/changewatcher.h"
#include "storage/libraryconnection.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"
#include "util/compat.h"

#include <QVariant>

namespace DigestStudio {

namespace {

using Kind = LibraryError::Kind;

// Where `quote` is in `text` nearest `oldStart`; -1 when it is not there.
int nearest(const QString &text, const QString &quote, int oldStart)
{
    int best = -1;
    for (int at = static_cast<int>(text.indexOf(quote)); at >= 0;
         at = static_cast<int>(text.indexOf(quote, at + 1))) {
        if (best < 0 || qAbs(at - oldStart) < qAbs(best - oldStart))
            best = at;
        if (at > oldStart)
            break; // later ones are further away
    }
    return best;
}

} // namespace

CommentStore::CommentStore(LibraryConnection &connection, ChangeWatcher &changes)
    : m_connection(connection)
    , m_changes(changes)
{}

bool CommentStore::checkText(const QString &text, LibraryError *error) const
{
    if (text.trimmed().isEmpty())
        return m_connection.fail(error, Kind::InvalidArgument, QStringLiteral("A comment needs some text."));
    if (text.size() > MaxCommentChars)
        return m_connection.fail(error, Kind::InvalidArgument,
                                 QStringLiteral("A comment holds at most ") +
                                     QString::number(MaxCommentChars) +
                                     QStringLiteral(" characters; this one has ") +
                                     QString::number(text.size()) + QStringLiteral(" (nothing was stored)."));
    return true;
}

qint64 CommentStore::digestOf(qint64 entryId, LibraryError *error)
{
    QSqlQuery &query = m_connection.prepared(QStringLiteral("SELECT digest_id FROM entries WHERE id = ?"));
    query.addBindValue(entryId);
    if (!m_connection.run(query, error, QStringLiteral("finding the entry")))
        return 0;
    const qint64 digestId = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (digestId == 0)
        m_connection.notFound(error, QStringLiteral("entry"), QString::number(entryId));
    return digestId;
}

qint64 CommentStore::add(qint64 entryId, const QString &field, int start, int length, const QString &text,
                         LibraryError *error)
{
    DigestEntry::Field f = DigestEntry::Field::Tag;
    if (!field.isEmpty() && !DigestEntry::fieldFromName(field, &f)) {
        m_connection.fail(error, Kind::InvalidArgument,
                          QStringLiteral("Unknown field '") + field + QStringLiteral("' for a comment."));
        return 0;
    }
    if (!checkText(text, error))
        return 0;
    QString quote;
    if (!field.isEmpty()) {
        QSqlQuery &read = m_connection.prepared(QStringLiteral("SELECT ") + field +
                                                QStringLiteral(" FROM entries WHERE id = ?"));
        read.addBindValue(entryId);
        if (!m_connection.run(read, error, QStringLiteral("reading the entry")))
            return 0;
        const QString stored = read.next() ? read.value(0).toString() : QString();
        read.finish();
        if (start == 0 && length == 0)
            length = static_cast<int>(stored.size());
        if (start < 0 || length < 0 || start + length > stored.size()) {
            m_connection.fail(error, Kind::InvalidArgument,
                              QStringLiteral("The span ") + QString::number(start) + QLatin1Char('+') +
                                  QString::number(length) + QStringLiteral(" is outside the ") + field +
                                  QStringLiteral(" text (") + QString::number(stored.size()) +
                                  QStringLiteral(" characters)."));
            return 0;
        }
        quote = stored.mid(start, length);
    }
    return insert(entryId, 0, field, start, length, quote, text, error);
}

qint64 CommentStore::insert(qint64 entryId, qint64 parentId, const QString &field, int start, int length,
                            const QString &quote, const QString &text, LibraryError *error)
{
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return 0;
    const qint64 digestId = digestOf(entryId, error);
    if (digestId == 0)
        return 0;
    QSqlQuery &insert = m_connection.prepared(QStringLiteral(
        "INSERT INTO comments (entry_id, parent_id, field, span_start, span_length, quote, body, author, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(entryId);
    insert.addBindValue(parentId == 0 ? Compat::nullText() : QVariant(parentId)); // NULL: a thread
    insert.addBindValue(SqlValues::text(field));
    insert.addBindValue(start);
    insert.addBindValue(length);
    insert.addBindValue(SqlValues::text(quote));
    insert.addBindValue(text);
    insert.addBindValue(SqlValues::text(m_connection.person()));
    insert.addBindValue(SqlValues::now());
    const qint64 id = m_connection.insertReturningId(insert, error, QStringLiteral("storing the comment"));
    if (id == 0 || !m_changes.announce(digestId, entryId, error) || !transaction.commit(error))
        return 0;
    return id;
}

bool CommentStore::thread(qint64 commentId, qint64 *entryId, qint64 *rootId, LibraryError *error)
{
    QSqlQuery &query =
        m_connection.prepared(QStringLiteral("SELECT entry_id, parent_id FROM comments WHERE id = ?"));
    query.addBindValue(commentId);
    if (!m_connection.run(query, error, QStringLiteral("finding the comment")))
        return false;
    if (!query.next()) {
        query.finish();
        return m_connection.notFound(error, QStringLiteral("comment"), QString::number(commentId));
    }
    *entryId = query.value(0).toLongLong();
    const qint64 parent = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    *rootId = parent == 0 ? commentId : parent;
    query.finish();
    return true;
}

qint64 CommentStore::reply(qint64 commentId, const QString &text, LibraryError *error)
{
    qint64 entryId = 0;
    qint64 rootId = 0;
    if (!checkText(text, error) || !thread(commentId, &entryId, &rootId, error))
        return 0;
    QSqlQuery &root = m_connection.prepared(QStringLiteral("SELECT field FROM comments WHERE id = ?"));
    root.addBindValue(rootId);
    if (!m_connection.run(root, error, QStringLiteral("finding the thread")))
        return 0;
    const QString field = root.next() ? root.value(0).toString() : QString();
    root.finish();
    return insert(entryId, rootId, field, 0, 0, QString(), text, error);
}

bool CommentStore::resolve(qint64 commentId, bool resolved, LibraryError *error)
{
    qint64 entryId = 0;
    qint64 rootId = 0;
    if (!thread(commentId, &entryId, &rootId, error))
        return false;
    Transaction transaction(m_connection, error);
    if (!transaction.isActive())
        return false;
    const qint64 digestId = digestOf(entryId, error);
    if (digestId == 0)
        return false;
    QSqlQuery &update = m_connection.prepared(
        QStringLiteral("UPDATE comments SET resolved = ?, resolved_by = ? WHERE id = ?"));
    update.addBindValue(resolved ? 1 : 0);
    update.addBindValue(SqlValues::text(resolved ? m_connection.person() : QString()));
    update.addBindValue(rootId);
    return m_connection.run(update, error, QStringLiteral("resolving the comment")) &&
           m_changes.announce(digestId, entryId, error) && transaction.commit(error);
}

QVector<EntryComment> CommentStore::comments(qint64 digestId, LibraryError *error)
{
    QVector<EntryComment> list;
    QSqlQuery &query = m_connection.prepared(QStringLiteral(
        "SELECT c.id, c.entry_id, c.parent_id, e.position, c.field, c.span_start, c.span_length, c.quote, "
        "c.body, c.author, c.created_at, c.resolved, c.resolved_by, c.outdated FROM comments c JOIN entries "
        "e "
        "ON e.id = c.entry_id WHERE e.digest_id = ? ORDER BY e.position, COALESCE(c.parent_id, c.id), c.id"));
    query.addBindValue(digestId);
    if (!m_connection.run(query, error, QStringLiteral("reading the comments")))
        return list;
    while (query.next()) {
        EntryComment c;
        c.id = query.value(0).toLongLong();
        c.entryId = query.value(1).toLongLong();
        c.parentId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
        c.position = query.value(3).toInt();
        c.field = query.value(4).toString();
        c.start = query.value(5).toInt();
        c.length = query.value(6).toInt();
        c.quote = query.value(7).toString();
        c.text = query.value(8).toString();
        c.author = query.value(9).toString();
        c.at = SqlValues::toDateTime(query.value(10).toString());
        c.resolved = query.value(11).toInt() != 0;
        c.resolvedBy = query.value(12).toString();
        c.outdated = query.value(13).toInt() != 0;
        list.append(c);
    }
    query.finish();
    return list;
}

int CommentStore::unresolvedCount(qint64 digestId, LibraryError *error)
{
    QSqlQuery &query = m_connection.prepared(QStringLiteral(
        "SELECT COUNT(*) FROM comments c JOIN entries e ON e.id = c.entry_id WHERE e.digest_id = "
        "? AND c.parent_id IS NULL AND c.resolved = 0"));
    query.addBindValue(digestId);
    if (!m_connection.run(query, error, QStringLiteral("counting the comments")) || !query.next())
        return -1;
    const int count = query.value(0).toInt();
    query.finish();
    return count;
}

bool CommentStore::reanchor(qint64 entryId, const QString &field, const QString &text, LibraryError *error)
{
    struct Anchor
    {
        qint64 id;
        int start;
        int length;
        QString quote;
    };
    QVector<Anchor> anchors;
    QSqlQuery &query = m_connection.prepared(QStringLiteral(
        "SELECT id, span_start, span_length, quote FROM comments WHERE entry_id = ? AND field = ? "
        "AND parent_id IS NULL AND outdated = 0 AND quote <> ''"));
    query.addBindValue(entryId);
    query.addBindValue(field);
    if (!m_connection.run(query, error, QStringLiteral("reading the comments' anchors")))
        return false;
    while (query.next())
        anchors.append(Anchor{query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toInt(),
                              query.value(3).toString()});
    query.finish();
    for (const Anchor &anchor : anchors) {
        if (text.mid(anchor.start, anchor.length) == anchor.quote)
            continue;
        const int at = nearest(text, anchor.quote, anchor.start);
        QSqlQuery &update = m_connection.prepared(
            QStringLiteral("UPDATE comments SET span_start = ?, outdated = ? WHERE id = ?"));
        update.addBindValue(at < 0 ? anchor.start : at);
        update.addBindValue(at < 0 ? 1 : 0);
        update.addBindValue(anchor.id);
        if (!m_connection.run(update, error, QStringLiteral("moving a comment's anchor")))
            return false;
    }
    return true;
}

} // namespace DigestStudio
