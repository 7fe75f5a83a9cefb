// The library's glossary: English terms with their Chinese rendering and a note.
#pragma once

#include "model/glossaryterm.h"
#include "model/libraryerror.h"

#include <QVector>

namespace DigestStudio {

class LibraryConnection;

class GlossaryStore final
{
public:
    explicit GlossaryStore(LibraryConnection &connection);

    QVector<GlossaryTerm> glossaryTerms(LibraryError *error);      // ordered by English term
    bool addGlossaryTerm(GlossaryTerm *term, LibraryError *error); // sets term->id()
    bool updateGlossaryTerm(const GlossaryTerm &term, LibraryError *error);
    bool removeGlossaryTerm(qint64 termId, LibraryError *error);
    // The glossary becomes `terms` (an import), all or nothing; sets each term's id.
    bool replaceGlossary(QVector<GlossaryTerm> *terms, LibraryError *error);

private:
    bool hasEnglish(const GlossaryTerm &term, LibraryError *error); // false, with `error`, when blank
    qint64 insert(const GlossaryTerm &term, LibraryError *error);

    LibraryConnection &m_connection;
};

} // namespace DigestStudio
