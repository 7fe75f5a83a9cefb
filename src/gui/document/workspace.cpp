#include "document/workspace.h"

#include "arxiv/entrydefaults.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "document/entryfigures.h"
#include "formats/exportoptions.h"
#include "services/digestchecks.h"
#include "services/glossarysync.h"
#include "services/identity.h"
#include "services/preferences.h"
#include "services/settingskeys.h"
#include "storage/library.h"
#include "text/glossary.h"

#include <QLocale>
#include <QSettings>

namespace DigestStudio {

Workspace::Workspace(const QString &libraryLocation, QObject *parent)
    : QObject(parent)
    , m_libraryLocation(libraryLocation)
    , m_document(new DigestDocument(this))
    , m_glossary(new Glossary(this))
{
    setObjectName(QStringLiteral("workspace"));
    LibraryError openError;
    m_library = Library::open(m_libraryLocation, &openError);
    if (!m_library) {
        m_libraryError = openError.message;
        return;
    }
    Identity::apply(m_library.get(), QSettings());
    startAutosave();
    m_glossarySync = new GlossarySync(m_library.get(), m_glossary, this);
    connect(m_glossarySync, &GlossarySync::failed, this, &Workspace::problem);
    connect(m_library.get(), &Library::digestChanged, this, &Workspace::digestListChanged);
}

Workspace::~Workspace()
{
    // They use the library, which goes before the children would.
    delete m_figures;
    delete m_autosave;
    delete m_glossarySync;
}

void Workspace::startAutosave()
{
    m_figures = new EntryFigures(m_library.get(), m_document, this);
    connect(m_figures, &EntryFigures::failed, this, &Workspace::problem);
    m_autosave = new AutosaveController(m_library.get(), m_document, this);
    m_autosave->setDelay(qBound(50, SettingsKeys::WorkspaceAutosaveDelayMs.value(), 1000));
    connect(m_autosave, &AutosaveController::entryStored, m_figures, &EntryFigures::restoreFiguresOf);
    // The switcher shows the title; the autosave has stored it by now.
    connect(m_document, &DigestDocument::headerChanged, this, &Workspace::digestListChanged);
}

QVector<Workspace::DigestChoice> Workspace::digestChoices() const
{
    QVector<DigestChoice> choices;
    if (!m_library)
        return choices;
    for (const DigestSummary &summary : m_library->digests()) {
        DigestChoice choice;
        choice.id = summary.id;
        choice.label = QLocale().toString(summary.date, QLocale::ShortFormat);
        if (!summary.title.isEmpty())
            choice.label += QStringLiteral(" · ") + summary.title;
        choice.label += QLatin1Char(' ') + tr("(%n paper(s))", nullptr, summary.entryCount);
        choices.append(choice);
    }
    return choices;
}

qint64 Workspace::currentDigestId() const
{
    return m_autosave ? m_autosave->digestId() : 0;
}

bool Workspace::openStoredDigest(qint64 digestId, QString *error)
{
    return m_autosave && m_autosave->openDigest(digestId, error);
}

qint64 Workspace::latestDigestId() const
{
    return m_library ? m_library->latestDigestId() : 0;
}

void Workspace::openUnstoredDigest(const Digest &digest)
{
    if (m_autosave)
        m_autosave->closeDigest();
    m_document->setDigest(digest);
}

qint64 Workspace::createDigestForToday(QString *error)
{
    if (!m_library)
        return 0;
    Digest digest;
    digest.setDate(QDate::currentDate());
    Preferences::applyDefaultTemplates(&digest, QSettings());
    LibraryError failure;
    const qint64 id = m_library->createDigest(digest, &failure);
    if (id != 0)
        Q_EMIT digestListChanged();
    else if (error)
        *error = failure.message;
    return id;
}

QStringList Workspace::affiliationCompletions(int row) const
{
    QStringList candidates;
    if (m_library && row >= 0 && row < m_document->entryCount()) {
        Paper paper;
        if (m_library->findPaper(m_document->entry(row).arxivId(), &paper)) {
            for (const QString &author : paper.authors()) {
                for (const QString &affiliation : m_library->rememberedAffiliations(author)) {
                    if (!candidates.contains(affiliation))
                        candidates.append(affiliation);
                }
            }
        }
    }
    for (const DigestEntry &entry : m_document->digest().entries()) {
        const QStringList parts = entry.affiliations().split(QStringLiteral(" & "), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty() && !candidates.contains(trimmed))
                candidates.append(trimmed);
        }
    }
    return candidates;
}

bool Workspace::rememberAffiliations(int row, QString *error)
{
    if (!m_library || row < 0 || row >= m_document->entryCount())
        return true;
    const DigestEntry &entry = m_document->entry(row);
    Paper paper;
    if (!m_library->findPaper(entry.arxivId(), &paper) || paper.authors().isEmpty())
        return true;
    QStringList parts;
    for (const QString &part : entry.affiliations().split(QStringLiteral(" & "), Qt::SkipEmptyParts))
        parts.append(part.trimmed());
    const QStringList authors = paper.authors();
    QStringList perAuthor;
    if (parts.size() == 1) {
        for (int i = 0; i < authors.size(); ++i)
            perAuthor.append(parts.first());
    } else if (parts.size() == authors.size()) {
        perAuthor = parts;
    } else {
        return true;
    }
    LibraryError failure;
    if (EntryDefaults::rememberAffiliations(m_library.get(), authors, perAuthor, &failure))
        return true;
    if (error)
        *error = failure.message;
    return false;
}

CheckContext Workspace::checkContext() const
{
    CheckContext context;
    if (m_library) {
        context = DigestChecks::context(m_library.get(), m_document->digest(),
                                        Preferences::checkSettings(QSettings()));
    } else {
        context.digest = m_document->digest();
        context.settings = Preferences::checkSettings(QSettings());
    }
    context.glossary = m_glossary->terms();
    return context;
}

} // namespace DigestStudio
