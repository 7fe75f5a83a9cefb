#include "services/libraryfulltexttarget.h"

#include "model/digest.h"
#include "storage/library.h"

namespace DigestStudio {

LibraryFulltextTarget::LibraryFulltextTarget(Library *library, qint64 digestId)
    : m_library(library)
    , m_digestId(digestId)
{}

bool LibraryFulltextTarget::load(QString *error)
{
    Digest digest;
    LibraryError failure;
    if (!m_library->loadDigest(m_digestId, &digest, &failure)) {
        *error = failure.message;
        return false;
    }
    m_entryIds.clear();
    for (const DigestEntry &entry : digest.entries())
        m_entryIds.append(entry.id());
    return true;
}

bool LibraryFulltextTarget::entry(int position, DigestEntry *entry, QString *error)
{
    LibraryError failure;
    if (m_library->loadEntry(idAt(position), entry, &failure))
        return true;
    *error = failure.message;
    return false;
}

int LibraryFulltextTarget::figureCount(int position)
{
    return static_cast<int>(m_library->images(idAt(position)).size());
}

bool LibraryFulltextTarget::setAffiliations(int position, const DigestEntry &seen, const QString &line,
                                            const QString &machine, QString *error)
{
    // A person's way (saveField) clears the machine mark; a model's line is stored with its mark, the other
    // columns as `seen` has them (only changed columns are written, so a change meanwhile is a conflict).
    DigestEntry marked = seen;
    marked.setAffiliations(line);
    marked.setAffiliationsBy(machine);
    const SaveResult saved = machine.isEmpty() ? m_library->saveField(idAt(position), seen.revision(),
                                                                      DigestEntry::Field::Affiliations, line)
                                               : m_library->saveEntry(marked);
    if (saved.saved())
        return true;
    *error = saved.isConflict() ? QStringLiteral("the entry changed meanwhile: nothing filled")
                                : saved.error.message;
    return false;
}

qint64 LibraryFulltextTarget::addFigure(int position, const QByteArray &data, const QString &mimeType,
                                        const QString &caption, QString *error)
{
    LibraryError failure;
    const qint64 id = m_library->addFigure(idAt(position), data, mimeType, caption, &failure);
    if (id == 0)
        *error = failure.message;
    return id;
}

} // namespace DigestStudio
