// Tells a person when someone else assigns them an entry, or asks them to review one: watches the library's
// change announcements and compares the person's assignments before and after, for both faces.
#pragma once

#include "model/libraryerror.h"

#include <QDate>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class QSettings;
class QTimer;

namespace DigestStudio {

class Library;

// One new assignment of the watching person: where the entry is, what it is, who made it.
struct AssignmentNotice
{
    qint64 digestId = 0;
    QDate digestDate;
    qint64 entryId = 0;
    int position = 0;
    QString arxivId;
    QString title;           // the English title
    QString shortTitle;      // the Chinese short title, else the Chinese title, else the English one
    bool asReviewer = false; // asked to review it, rather than assigned to it
    QString by;              // the person who assigned it (PostgreSQL: the role)
    QString byName;          // their display name (the name when they have none)
    // Empty `by`: the entry was stored already assigned (an import), and the sentence names nobody.

    // The assignment's key among the person's: the entry id, negative for the reviewer.
    qint64 key() const { return asReviewer ? -entryId : entryId; }
    // "王芳 assigned you paper 3 (2026-12-07): 短标题", or "... asked you to review paper 3 ...", in the
    // language of the program.
    QString sentence() const;
};

class AssignmentWatch final : public QObject
{
    Q_OBJECT

public:
    // How long a burst of announcements is gathered before the assignments are read again once.
    static constexpr int SettleMs = 50;

    // Watches for `library`'s person (not owned; it must outlive the watch).
    explicit AssignmentWatch(Library *library, QObject *parent = nullptr);

    // Remembers what is assigned now (those are not new) and starts watching; false and `error` when the
    // library cannot be read. With `seen` (the keys the person had seen, as known() gave them), what is
    // assigned now but not in `seen` is reported first (made while the program was closed).
    bool start(LibraryError *error, const std::optional<QSet<qint64>> &seen = std::nullopt);
    // The keys (AssignmentNotice::key) of what is assigned to the person as last read.
    QSet<qint64> known() const { return m_known; }

    // The keys the person had seen of `library` (their person on it), kept in `settings`; none before the
    // first remember().
    static std::optional<QSet<qint64>> seen(const QSettings &settings, const Library &library);
    static void remember(QSettings &settings, const Library &library, const QSet<qint64> &keys);
    // Reads the person's assignments again and reports the new ones now (the watch does it by itself after
    // an announcement by another connection). False and `error` when the library cannot be read.
    bool check(LibraryError *error = nullptr);

Q_SIGNALS:
    // Someone else made the person the entry's assignee or reviewer (each role its own notice; never for an
    // assignment the person made themselves).
    void assigned(const DigestStudio::AssignmentNotice &notice);
    // Reading the library failed while watching; the watch goes on and tries again at the next change.
    void failed(const QString &message);

private:
    // An (entry, role) key: the entry id, negative for the reviewer.
    using Key = qint64;
    bool readKeys(QSet<Key> *keys, QVector<AssignmentNotice> *found, LibraryError *error);
    // Who made the person the entry's assignee (or reviewer) last: from the entry's history.
    QString assigner(qint64 entryId, bool asReviewer, LibraryError *error);
    void complete(AssignmentNotice *notice, LibraryError *error);

    Library *m_library;
    QSet<Key> m_known;
    QTimer *m_settle;
    bool m_started = false;
};

} // namespace DigestStudio

Q_DECLARE_METATYPE(DigestStudio::AssignmentNotice)
