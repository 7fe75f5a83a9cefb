#include "services/glossarysync.h"

#include "storage/library.h"
#include "text/glossary.h"

namespace DigestStudio {

GlossarySync::GlossarySync(Library *library, Glossary *glossary, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_glossary(glossary)
{
    connect(glossary, &Glossary::termAdded, this, [this](int index) {
        if (m_loading)
            return;
        GlossaryTerm term = m_glossary->term(index);
        LibraryError error;
        if (m_library->addGlossaryTerm(&term, &error))
            m_glossary->setTermId(index, term.id());
        else
            Q_EMIT failed(error.message);
    });
    connect(glossary, &Glossary::termChanged, this, [this](int index) {
        if (m_loading)
            return;
        const GlossaryTerm &term = m_glossary->term(index);
        LibraryError error;
        if (term.id() == 0) {
            GlossaryTerm stored = term;
            if (m_library->addGlossaryTerm(&stored, &error))
                m_glossary->setTermId(index, stored.id());
            else
                Q_EMIT failed(error.message);
        } else if (!m_library->updateGlossaryTerm(term, &error)) {
            Q_EMIT failed(error.message);
        }
    });
    connect(glossary, &Glossary::termRemoved, this, [this](int, const GlossaryTerm &term) {
        if (m_loading || term.id() == 0)
            return;
        LibraryError error;
        if (!m_library->removeGlossaryTerm(term.id(), &error))
            Q_EMIT failed(error.message);
    });
    connect(glossary, &Glossary::termsReplaced, this, [this](const QVector<GlossaryTerm> &) {
        if (m_loading)
            return;
        // An import: the stored glossary becomes the imported one, all or nothing.
        QVector<GlossaryTerm> terms = m_glossary->terms();
        LibraryError error;
        if (!m_library->replaceGlossary(&terms, &error)) {
            reload(); // the library kept its glossary: show that one, not an import that did not happen
            Q_EMIT failed(error.message);
            return;
        }
        for (int i = 0; i < terms.size(); ++i)
            m_glossary->setTermId(i, terms.at(i).id());
    });
    reload();
}

void GlossarySync::reload()
{
    m_loading = true;
    m_glossary->setTerms(m_library->glossaryTerms());
    m_loading = false;
}

} // namespace DigestStudio
