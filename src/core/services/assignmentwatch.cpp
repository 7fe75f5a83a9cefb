#include "services/assignmentwatch.h"

#include "services/settingskeys.h"
#include "storage/entryhistorystore.h"
#include "storage/library.h"
#include "storage/teamstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace DigestStudio {

QString AssignmentNotice::sentence() const
{
    const QString who = byName.isEmpty() ? by : byName;
    const QString day = digestDate.toString(Qt::ISODate);
    if (who.isEmpty()) // stored already assigned (an import): nobody to name
        return asReviewer ? QCoreApplication::translate("DigestStudio::AssignmentWatch",
                                                        "You review paper %1 (%2): %3")
                                .arg(QString::number(position), day, shortTitle)
                          : QCoreApplication::translate("DigestStudio::AssignmentWatch",
                                                        "Paper %1 (%2) is assigned to you: %3")
                                .arg(QString::number(position), day, shortTitle);
    return asReviewer ? QCoreApplication::translate("DigestStudio::AssignmentWatch",
                                                    "%1 asked you to review paper %2 (%3): %4")
                            .arg(who, QString::number(position), day, shortTitle)
                      : QCoreApplication::translate("DigestStudio::AssignmentWatch",
                                                    "%1 assigned you paper %2 (%3): %4")
                            .arg(who, QString::number(position), day, shortTitle);
}

AssignmentWatch::AssignmentWatch(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_settle(new QTimer(this))
{
    qRegisterMetaType<AssignmentNotice>();
    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_settle, &QTimer::timeout, this, [this] {
        LibraryError error;
        if (!check(&error))
            Q_EMIT failed(error.message);
    });
}

bool AssignmentWatch::start(LibraryError *error, const std::optional<QSet<qint64>> &seen)
{
    if (seen) {
        m_known = *seen;
        if (!check(error))
            return false;
    } else {
        QSet<Key> keys;
        if (!readKeys(&keys, nullptr, error))
            return false;
        m_known = keys;
    }
    if (!m_started) {
        m_started = true;
        // An assignment is an entry change; a digest change may bring entries (an import) already assigned.
        const auto settle = [this] { m_settle->start(); };
        connect(m_library, &Library::entryChanged, this, settle);
        connect(m_library, &Library::digestChanged, this, settle);
    }
    return true;
}

bool AssignmentWatch::readKeys(QSet<Key> *keys, QVector<AssignmentNotice> *found, LibraryError *error)
{
    LibraryError readError;
    const QVector<AssignedEntry> entries = m_library->team().assignedTo(m_library->person(), &readError);
    if (readError.isError()) {
        if (error)
            *error = readError;
        return false;
    }
    for (const AssignedEntry &entry : entries) {
        for (const bool asReviewer : {false, true}) {
            if (!(asReviewer ? entry.asReviewer : entry.asAssignee))
                continue;
            const Key key = asReviewer ? -entry.entryId : entry.entryId;
            keys->insert(key);
            if (!found || m_known.contains(key))
                continue;
            AssignmentNotice notice;
            notice.digestId = entry.digestId;
            notice.digestDate = entry.digestDate;
            notice.entryId = entry.entryId;
            notice.position = entry.position;
            notice.arxivId = entry.arxivId;
            notice.title = entry.title;
            notice.shortTitle = entry.zhTitle.isEmpty() ? entry.title : entry.zhTitle;
            notice.asReviewer = asReviewer;
            found->append(notice);
        }
    }
    return true;
}

bool AssignmentWatch::check(LibraryError *error)
{
    QSet<Key> keys;
    QVector<AssignmentNotice> found;
    if (!readKeys(&keys, &found, error))
        return false;
    // What is no longer assigned is forgotten, so that being assigned it again is news again.
    m_known = keys;
    const QString me = m_library->person();
    for (AssignmentNotice &notice : found) {
        LibraryError readError;
        complete(&notice, &readError);
        if (readError.isError()) {
            if (error)
                *error = readError;
            return false;
        }
        if (notice.by != me)
            Q_EMIT assigned(notice);
    }
    return true;
}

void AssignmentWatch::complete(AssignmentNotice *notice, LibraryError *error)
{
    notice->by = assigner(notice->entryId, notice->asReviewer, error);
    if (error->isError())
        return;
    DigestEntry entry;
    if (m_library->loadEntry(notice->entryId, &entry, error) && !entry.zhShortTitle().isEmpty())
        notice->shortTitle = entry.zhShortTitle();
    if (error->isError())
        return;
    notice->byName = m_library->team().displayName(notice->by, error);
    if (notice->byName.isEmpty())
        notice->byName = notice->by;
}

namespace {

// Which library and person the seen keys are of, without the location in clear (it may hold a password).
QString seenTag(const Library &library)
{
    const QByteArray id = (library.location() + QLatin1Char('\n') + library.person()).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace

std::optional<QSet<qint64>> AssignmentWatch::seen(const QSettings &settings, const Library &library)
{
    const QVariantMap all = SettingsKeys::TeamSeenAssignments.value(settings);
    const auto it = all.constFind(seenTag(library));
    if (it == all.cend())
        return std::nullopt;
    QSet<qint64> keys;
    const QStringList list = it.value().toStringList();
    for (const QString &key : list)
        keys.insert(key.toLongLong());
    return keys;
}

void AssignmentWatch::remember(QSettings &settings, const Library &library, const QSet<qint64> &keys)
{
    QVariantMap all = SettingsKeys::TeamSeenAssignments.value(settings);
    QStringList list;
    for (const qint64 key : keys)
        list.append(QString::number(key));
    std::sort(list.begin(), list.end());
    all.insert(seenTag(library), list);
    SettingsKeys::TeamSeenAssignments.setValue(settings, all);
}

QString AssignmentWatch::assigner(qint64 entryId, bool asReviewer, LibraryError *error)
{
    const QVector<HistoryEvent> events = m_library->entryHistory().history(entryId, error);
    const QString field = asReviewer ? QStringLiteral("reviewer") : QStringLiteral("assignee");
    const QString me = m_library->person();
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->field == field && it->after == me)
            return it->author;
    }
    // Stored already assigned (an import): no history event names who did it.
    return QString();
}

} // namespace DigestStudio
