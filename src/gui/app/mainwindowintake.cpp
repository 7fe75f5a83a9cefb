// MainWindow, continued: papers added by id (dropped or pasted) or chosen in the lookup panel, and entries
// added by id only filled in from arXiv. Kept apart, as they were, for the paper-intake service to take over.
#include "app/mainwindow.h"

#include "arxiv/arxivclient.h"
#include "arxiv/arxivid.h"
#include "arxiv/entrydefaults.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "storage/library.h"

#include <QStatusBar>
#include <QUndoStack>

#include <algorithm>

namespace DigestStudio {

void MainWindow::connectLookups()
{
    // Papers dropped or pasted by id only are looked up; what comes back fills their empty fields.
    connect(this, &MainWindow::lookupRequested, this, [this](const QStringList &ids) {
        QVector<ArxivId> parsed;
        for (const QString &id : ids)
            parsed.append(ArxivId::parse(id));
        m_placeholderLookups.append(m_arxiv->lookup(parsed));
        statusBar()->showMessage(
            tr("Looking up %n paper(s) on arXiv…", nullptr, static_cast<int>(ids.size())));
    });
    connect(m_arxiv, &ArxivClient::lookupFinished, this,
            [this](quint64 operation, const ArxivClient::LookupResult &result) {
                if (!m_placeholderLookups.removeOne(operation))
                    return;
                fillPlaceholders(result.papers);
                QStringList problems;
                for (const ArxivId &id : result.invalid)
                    problems.append(tr("arXiv refused %1: %2").arg(id.input(), id.error()));
                if (!result.missing.isEmpty())
                    problems.append(
                        tr("not found on arXiv: %1").arg(result.missing.join(QStringLiteral(", "))));
                if (!result.error.isEmpty())
                    problems.append(tr("could not look up %1: %2")
                                        .arg(result.failed.join(QStringLiteral(", ")), result.error));
                if (problems.isEmpty())
                    statusBar()->showMessage(
                        tr("Looked up %n paper(s).", nullptr, static_cast<int>(result.papers.size())), 6000);
                else
                    statusBar()->showMessage(problems.join(QStringLiteral("; ")));
            });
    connect(m_arxiv, &ArxivClient::newerVersionFound, this, [this](const Paper &paper, int) {
        DigestDocument::Markers markers = m_document->markers(paper.id());
        markers.newestVersion = qMax(markers.newestVersion, paper.version());
        m_document->setMarkers(paper.id(), markers);
    });
}

void MainWindow::addPapers(const QStringList &arxivIds, int row)
{
    QVector<DigestEntry> entries;
    QStringList present;
    QStringList added;
    for (const QString &id : arxivIds) {
        bool known = false;
        for (const DigestEntry &entry : m_document->digest().entries())
            known = known || entry.arxivId() == id;
        if (known || added.contains(id)) {
            present.append(id);
            continue;
        }
        // A paper the library already holds starts complete; others by id, for the lookup to fill in.
        Paper paper;
        if (m_library && m_library->findPaper(id, &paper)) {
            EntryDefaults defaults = EntryDefaults::fromSettings();
            defaults.setStore(m_library);
            entries.append(defaults.entryFor(paper));
            continue;
        }
        DigestEntry entry;
        entry.setArxivId(id);
        entry.setLink(QStringLiteral("https://arxiv.org/abs/") + id);
        entries.append(entry);
        added.append(id);
    }
    if (!present.isEmpty())
        statusBar()->showMessage(tr("Already in this digest: %1").arg(present.join(QStringLiteral(", "))),
                                 6000);
    if (entries.isEmpty())
        return;
    const int at = row < 0 || row > m_document->entryCount() ? m_document->entryCount() : row;
    m_document->addEntries(at, entries);
    setCurrentEntry(at);
    if (!added.isEmpty())
        Q_EMIT lookupRequested(added);
}

void MainWindow::addLookedUpPapers(const QVector<Paper> &papers)
{
    // With nothing open yet, papers go into a new digest for today rather than nowhere.
    if (m_autosave && m_autosave->digestId() == 0 && !m_document->digest().date().isValid())
        newDigestForToday();
    EntryDefaults defaults = EntryDefaults::fromSettings();
    defaults.setStore(m_library);
    QVector<DigestEntry> entries;
    QStringList present;
    for (const Paper &paper : papers) {
        const bool known =
            std::any_of(m_document->digest().entries().cbegin(), m_document->digest().entries().cend(),
                        [&](const DigestEntry &e) { return e.arxivId() == paper.id(); });
        if (known)
            present.append(paper.id());
        else
            entries.append(defaults.entryFor(paper));
    }
    if (!present.isEmpty())
        statusBar()->showMessage(tr("Already in this digest: %1").arg(present.join(QStringLiteral(", "))),
                                 6000);
    if (entries.isEmpty())
        return;
    const int at = m_document->entryCount();
    m_document->addEntries(at, entries);
    setCurrentEntry(at);
}

void MainWindow::fillPlaceholders(const QVector<Paper> &papers)
{
    // Only empty fields are filled: whatever was typed meanwhile stays. One undo step for the lot.
    EntryDefaults defaults = EntryDefaults::fromSettings();
    defaults.setStore(m_library);
    bool began = false;
    for (const Paper &paper : papers) {
        for (int row = 0; row < m_document->entryCount(); ++row) {
            if (m_document->entry(row).arxivId() != paper.id())
                continue;
            const DigestEntry filled = defaults.entryFor(paper);
            for (int f = 0; f < DigestEntry::FieldCount; ++f) {
                const auto field = static_cast<DigestEntry::Field>(f);
                const QString value = filled.field(field);
                const QString current = m_document->entry(row).field(field);
                const bool placeholderLink = field == DigestEntry::Field::Link && current == value;
                if (value.isEmpty() || (!current.isEmpty()) || placeholderLink)
                    continue;
                if (!began) {
                    m_document->undoStack()->beginMacro(tr("Fill in papers from arXiv"));
                    began = true;
                }
                m_document->closeMergeWindow();
                m_document->setField(row, field, value);
            }
        }
    }
    if (began) {
        m_document->closeMergeWindow();
        m_document->undoStack()->endMacro();
    }
}

} // namespace DigestStudio
