#include "text/glossary.h"

#include <algorithm>

namespace DigestStudio {

Glossary::Glossary(QObject *parent)
    : QObject(parent)
{}

const GlossaryMatcher &Glossary::matcher() const
{
    if (!m_matcherValid) {
        m_matcher = GlossaryMatcher(m_terms);
        m_matcherValid = true;
    }
    return m_matcher;
}

void Glossary::invalidate()
{
    m_matcherValid = false;
    Q_EMIT changed();
}

void Glossary::setTerms(const QVector<GlossaryTerm> &terms)
{
    const QVector<GlossaryTerm> previous = m_terms;
    m_terms = terms;
    Q_EMIT termsReset();
    Q_EMIT termsReplaced(previous);
    invalidate();
}

int Glossary::addTerm(const GlossaryTerm &term)
{
    m_terms.append(term);
    const int index = count() - 1;
    Q_EMIT termAdded(index);
    invalidate();
    return index;
}

void Glossary::setTerm(int index, const GlossaryTerm &term)
{
    if (index < 0 || index >= count() || m_terms.at(index) == term)
        return;
    const qint64 id = m_terms.at(index).id();
    m_terms[index] = term;
    if (term.id() == 0)
        m_terms[index].setId(id);
    Q_EMIT termChanged(index);
    invalidate();
}

void Glossary::removeTerms(QList<int> indexes)
{
    std::sort(indexes.begin(), indexes.end(), std::greater<int>());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    bool removed = false;
    for (int index : qAsConst(indexes)) {
        if (index < 0 || index >= count())
            continue;
        Q_EMIT termAboutToBeRemoved(index);
        const GlossaryTerm term = m_terms.takeAt(index);
        Q_EMIT termRemoved(index, term);
        removed = true;
    }
    if (removed)
        invalidate();
}

} // namespace DigestStudio
