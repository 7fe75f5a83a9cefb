#include "services/paperintake.h"

#include "model/paperstore.h"
#include "services/preferences.h"

#include <QEventLoop>
#include <QSettings>

namespace DigestStudio {

namespace {

PaperIntake::Request distinct(const QVector<ArxivId> &ids, const QVector<ArxivId> &malformed)
{
    PaperIntake::Request request;
    request.malformed = malformed;
    QSet<QString> seen;
    for (const ArxivId &id : ids) {
        if (!id.isValid()) {
            request.malformed.append(id);
        } else if (!seen.contains(id.id())) {
            seen.insert(id.id());
            request.ids.append(id);
        }
    }
    return request;
}

} // namespace

PaperIntake::PaperIntake(ArxivClient *client, PaperStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    connect(m_client, &ArxivClient::lookupFinished, this, &PaperIntake::onLookupFinished);
}

EntryDefaults PaperIntake::entryDefaults() const
{
    if (m_defaults)
        return *m_defaults;
    EntryDefaults defaults = Preferences::entryDefaults(QSettings());
    defaults.setStore(m_store);
    return defaults;
}

PaperIntake::Request PaperIntake::readIds(const QStringList &arguments)
{
    QVector<ArxivId> ids;
    for (const QString &argument : arguments)
        ids.append(ArxivId::parse(argument));
    return distinct(ids, {});
}

PaperIntake::Request PaperIntake::readText(const QString &text)
{
    const ArxivId::Extraction found = ArxivId::extractAll(text);
    return distinct(found.ids, found.invalid);
}

quint64 PaperIntake::lookup(const QVector<ArxivId> &ids)
{
    // The client answers later, never inside lookup(): the number is known before the answer comes.
    const quint64 operation = m_client->lookup(ids);
    m_operations.insert(operation);
    return operation;
}

ArxivClient::LookupResult PaperIntake::lookupAndWait(const QVector<ArxivId> &ids)
{
    ArxivClient::LookupResult result;
    QEventLoop loop;
    const quint64 operation = lookup(ids);
    connect(this, &PaperIntake::lookupFinished, &loop,
            [&](quint64 finished, const ArxivClient::LookupResult &answer) {
                if (finished != operation)
                    return;
                result = answer;
                loop.quit();
            });
    loop.exec();
    return result;
}

void PaperIntake::onLookupFinished(quint64 operation, const ArxivClient::LookupResult &result)
{
    if (m_operations.remove(operation))
        Q_EMIT lookupFinished(operation, result);
}

int PaperIntake::positionOf(const QVector<DigestEntry> &entries, const QString &arxivId)
{
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).arxivId() == arxivId)
            return i + 1;
    }
    return 0;
}

PaperIntake::Batch PaperIntake::entriesFor(const QVector<Paper> &papers,
                                           const QVector<DigestEntry> &existing) const
{
    const EntryDefaults defaults = entryDefaults();
    Batch batch;
    for (const Paper &paper : papers) {
        int position = positionOf(existing, paper.id());
        if (position == 0 && positionOf(batch.entries, paper.id()) > 0)
            position = static_cast<int>(existing.size()) + positionOf(batch.entries, paper.id());
        if (position > 0)
            batch.present.append({paper.id(), position});
        else
            batch.entries.append(defaults.entryFor(paper));
    }
    return batch;
}

PaperIntake::Batch PaperIntake::entriesForIds(const QStringList &ids,
                                              const QVector<DigestEntry> &existing) const
{
    const EntryDefaults defaults = entryDefaults();
    Batch batch;
    for (const QString &id : ids) {
        int position = positionOf(existing, id);
        if (position == 0 && positionOf(batch.entries, id) > 0)
            position = static_cast<int>(existing.size()) + positionOf(batch.entries, id);
        if (position > 0) {
            batch.present.append({id, position});
            continue;
        }
        // A paper the library holds starts complete; others by id, for the lookup to fill in.
        Paper paper;
        if (m_store && m_store->findPaper(id, &paper)) {
            batch.entries.append(defaults.entryFor(paper));
            continue;
        }
        DigestEntry entry;
        entry.setArxivId(id);
        entry.setLink(QStringLiteral("https://arxiv.org/abs/") + id);
        batch.entries.append(entry);
        batch.toLookUp.append(id);
    }
    return batch;
}

QVector<PaperIntake::Fill> PaperIntake::placeholderFills(const DigestEntry &entry, const Paper &paper) const
{
    QVector<Fill> fills;
    if (entry.arxivId() != paper.id())
        return fills;
    const DigestEntry filled = entryDefaults().entryFor(paper);
    for (int f = 0; f < DigestEntry::FieldCount; ++f) {
        const auto field = static_cast<DigestEntry::Field>(f);
        const QString value = filled.field(field);
        if (!value.isEmpty() && entry.field(field).isEmpty())
            fills.append({field, value});
    }
    return fills;
}

} // namespace DigestStudio
