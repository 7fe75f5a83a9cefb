#include "teamload.h"

#include "storage/library.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QThread>

namespace DigestStudio::Test {

const QVector<DigestEntry::Field> &TeamLoad::fields()
{
    static const QVector<DigestEntry::Field> list{
        DigestEntry::Field::ZhTitle, DigestEntry::Field::ZhShortTitle, DigestEntry::Field::ZhSummary};
    return list;
}

TeamLoad::TeamLoad(const QStringList &locations, const QVector<qint64> &entryIds, int editors, quint32 seed)
    : m_locations(locations)
    , m_entryIds(entryIds)
    , m_seed(seed)
    , m_logs(editors)
{}

TeamLoad::~TeamLoad()
{
    stop();
    wait(60000);
    qDeleteAll(m_threads);
}

void TeamLoad::start(int durationMs)
{
    m_stop = false;
    for (int i = 0; i < m_logs.size(); ++i) {
        QVector<LoadAttempt> *log = &m_logs[i];
        QThread *thread = QThread::create([this, i, durationMs, log] { edit(i, durationMs, log); });
        m_threads.append(thread);
        thread->start();
    }
}

bool TeamLoad::wait(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (QThread *thread : std::as_const(m_threads)) {
        if (!thread->wait(deadline))
            return false;
    }
    return true;
}

QVector<LoadAttempt> TeamLoad::attempts() const
{
    QVector<LoadAttempt> all;
    for (const QVector<LoadAttempt> &log : m_logs)
        all += log;
    return all;
}

void TeamLoad::edit(int editor, int durationMs, QVector<LoadAttempt> *log)
{
    LibraryError error;
    auto library = Library::open(m_locations.at(editor % m_locations.size()), &error);
    if (!library) {
        LoadAttempt failed;
        failed.editor = editor;
        failed.error = error.message;
        log->append(failed);
        return;
    }
    QRandomGenerator random(m_seed + static_cast<quint32>(editor));
    // The revision this editor saw last of each entry, as an open editor holds it.
    QHash<qint64, qint64> seen;
    for (const qint64 id : std::as_const(m_entryIds)) {
        DigestEntry entry;
        library->loadEntry(id, &entry);
        seen.insert(id, entry.revision());
    }
    const QDeadlineTimer deadline(durationMs);
    for (int n = 0; !m_stop && !deadline.hasExpired(); ++n) {
        LoadAttempt attempt;
        attempt.editor = editor;
        attempt.entryId = m_entryIds.at(random.bounded(static_cast<int>(m_entryIds.size())));
        attempt.field = fields().at(random.bounded(static_cast<int>(fields().size())));
        attempt.value = QStringLiteral("编辑%1第%2次").arg(editor).arg(n);
        attempt.base = seen.value(attempt.entryId);
        const SaveResult result =
            library->saveField(attempt.entryId, attempt.base, attempt.field, attempt.value);
        attempt.status = result.status;
        attempt.revision = result.revision;
        attempt.error = result.error.message;
        if (result.saved())
            seen.insert(attempt.entryId, result.revision);
        else if (result.isConflict()) // the editor takes their text and goes on, as the conflict dialog lets
            seen.insert(attempt.entryId, result.theirs.revision());
        log->append(attempt);
        // A person types between saves: a few milliseconds, so that the server is shared, not flooded.
        QThread::msleep(static_cast<unsigned long>(random.bounded(5, 40)));
    }
}

} // namespace DigestStudio::Test
