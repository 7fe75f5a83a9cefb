// The library and the open digest of one window, without widgets: opening the library, the list of its
// digests, opening and creating digests, autosave, glossary sync and the figures of entries.
#pragma once

#include "checks/checkcontext.h"
#include "model/digest.h"

#include <QObject>
#include <QVector>

#include <memory>

namespace DigestStudio {

class AutosaveController;
class DigestDocument;
class EntryFigures;
class Glossary;
class GlossarySync;
class Library;

class Workspace final : public QObject
{
    Q_OBJECT

public:
    // A digest of the library as the digest switcher offers it.
    struct DigestChoice
    {
        qint64 id = 0;
        QString label; // date, title and number of papers
    };

    // Opens (creating when new) the library at `libraryLocation`, a SQLite path or postgresql:// location.
    // When it cannot be opened, library() is null and libraryError() says why.
    explicit Workspace(const QString &libraryLocation, QObject *parent = nullptr);
    ~Workspace() override;

    QString libraryLocation() const { return m_libraryLocation; }
    Library *library() const { return m_library.get(); }
    QString libraryError() const { return m_libraryError; }
    DigestDocument *document() const { return m_document; }
    Glossary *glossary() const { return m_glossary; }
    // Null without a library.
    AutosaveController *autosave() const { return m_autosave; }
    EntryFigures *figures() const { return m_figures; }

    // The library's digests, newest first.
    QVector<DigestChoice> digestChoices() const;
    // The stored digest being edited; 0 when none is, or the one shown is not stored.
    qint64 currentDigestId() const;
    // Saves what is pending, then shows the stored digest `digestId` (its undo history starts afresh).
    bool openStoredDigest(qint64 digestId, QString *error);
    // The newest digest of the library; 0 when there is none.
    qint64 latestDigestId() const;
    // Shows a digest that is not stored, replacing the one open, its undo history included.
    void openUnstoredDigest(const Digest &digest);
    // Creates an empty digest dated today from the header and footer templates in the settings; its id, or
    // 0 and `error`.
    qint64 createDigestForToday(QString *error);

    // Affiliations remembered for the authors of the paper at `row`, then those used elsewhere in the digest.
    QStringList affiliationCompletions(int row) const;
    // Remembers the affiliations line of the entry at `row` for the paper's authors, when it maps onto them
    // (one for all, or one per author in order). False and `error` when storing failed.
    bool rememberAffiliations(int row, QString *error);
    // What the pre-flight checks run on: the digest, the glossary, the settings and what the library knows.
    CheckContext checkContext() const;

Q_SIGNALS:
    // Digests were created, retitled or changed elsewhere: digestChoices() changed.
    void digestListChanged();
    // Something done in the background failed (the glossary or a figure was not stored).
    void problem(const QString &message);

private:
    void startAutosave();

    QString m_libraryLocation;
    std::unique_ptr<Library> m_library;
    QString m_libraryError;
    DigestDocument *m_document = nullptr;
    Glossary *m_glossary = nullptr;
    AutosaveController *m_autosave = nullptr;
    GlossarySync *m_glossarySync = nullptr;
    EntryFigures *m_figures = nullptr;
};

} // namespace DigestStudio
