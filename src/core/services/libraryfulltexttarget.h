// FulltextService's target for digestctl: a stored digest's entries, changed in the library at once.
#pragma once

#include "services/fulltexttarget.h"

#include <QVector>

namespace DigestStudio {

class Library;

class LibraryFulltextTarget final : public FulltextTarget
{
public:
    // `library` is not owned; load() reads which entries the digest has.
    LibraryFulltextTarget(Library *library, qint64 digestId);

    // Reads the digest's entries; false and `error` when there is no such digest.
    bool load(QString *error);

    int entryCount() const override { return static_cast<int>(m_entryIds.size()); }
    bool entry(int position, DigestEntry *entry, QString *error) override;
    int figureCount(int position) override;
    bool setAffiliations(int position, const DigestEntry &seen, const QString &line, const QString &machine,
                         QString *error) override;
    qint64 addFigure(int position, const QByteArray &data, const QString &mimeType, const QString &caption,
                     QString *error) override;

private:
    qint64 idAt(int position) const { return m_entryIds.value(position - 1); }

    Library *m_library;
    qint64 m_digestId;
    QVector<qint64> m_entryIds;
};

} // namespace DigestStudio
