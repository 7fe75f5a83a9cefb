// The translators' term base (English → Chinese, note) shared by the editor's marking and the glossary dock.
#pragma once

#include "model/glossaryterm.h"
#include "text/glossarymatcher.h"

#include <QObject>
#include <QVector>

namespace DigestStudio {

class Glossary final : public QObject
{
    Q_OBJECT

public:
    explicit Glossary(QObject *parent = nullptr);

    const QVector<GlossaryTerm> &terms() const { return m_terms; }
    int count() const { return static_cast<int>(m_terms.size()); }
    const GlossaryTerm &term(int index) const { return m_terms.at(index); }
    // The matcher over the current terms (rebuilt after a change, on first use).
    const GlossaryMatcher &matcher() const;

    void setTerms(const QVector<GlossaryTerm> &terms);
    // Storage bookkeeping (the library's id of a term): no change signal.
    void setTermId(int index, qint64 id) { m_terms[index].setId(id); }
    // Returns the new term's index.
    int addTerm(const GlossaryTerm &term);
    void setTerm(int index, const GlossaryTerm &term);
    void removeTerms(QList<int> indexes);

Q_SIGNALS:
    void termsReset();
    // Emitted by setTerms() with the terms it replaced (an import replaces the whole glossary).
    void termsReplaced(const QVector<DigestStudio::GlossaryTerm> &previous);
    void termAdded(int index);
    void termChanged(int index);
    void termAboutToBeRemoved(int index);
    void termRemoved(int index, const DigestStudio::GlossaryTerm &term);
    // After any change: what the editors' marking and the storage listen to.
    void changed();

private:
    void invalidate();

    QVector<GlossaryTerm> m_terms;
    mutable GlossaryMatcher m_matcher;
    mutable bool m_matcherValid = true;
};

} // namespace DigestStudio
