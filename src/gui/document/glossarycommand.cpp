#include "document/glossarycommand.h"

#include "text/glossary.h"

namespace DigestStudio {

namespace {

// A term as it goes back into the glossary: the library gives it an id again (setTerm keeps the row's).
GlossaryTerm withoutId(GlossaryTerm term)
{
    term.setId(0);
    return term;
}

QVector<GlossaryTerm> withoutIds(QVector<GlossaryTerm> terms)
{
    for (GlossaryTerm &term : terms)
        term.setId(0);
    return terms;
}

} // namespace

int GlossaryCommand::s_applying = 0;

GlossaryCommand::GlossaryCommand(Kind kind, Glossary *glossary, const QString &text)
    : m_kind(kind)
    , m_glossary(glossary)
{
    setText(text);
}

GlossaryCommand *GlossaryCommand::add(Glossary *glossary, const GlossaryTerm &term)
{
    auto *command = new GlossaryCommand(Kind::Add, glossary, tr("Add glossary term"));
    command->m_after = {withoutId(term)};
    return command;
}

GlossaryCommand *GlossaryCommand::remove(Glossary *glossary, const QList<int> &rows)
{
    auto *command = new GlossaryCommand(Kind::Remove, glossary, tr("Remove glossary terms"));
    for (int row : rows) {
        if (row >= 0 && row < glossary->count())
            command->m_before.append(glossary->term(row));
    }
    return command;
}

GlossaryCommand *GlossaryCommand::edit(Glossary *glossary, int row, const GlossaryTerm &after)
{
    auto *command = new GlossaryCommand(Kind::Edit, glossary, tr("Edit glossary term"));
    command->m_before = {withoutId(glossary->term(row))};
    command->m_after = {withoutId(after)};
    return command;
}

GlossaryCommand *GlossaryCommand::replace(Glossary *glossary, const QVector<GlossaryTerm> &after)
{
    auto *command = new GlossaryCommand(Kind::Replace, glossary, tr("Import glossary"));
    command->m_before = withoutIds(glossary->terms());
    command->m_after = withoutIds(after);
    return command;
}

int GlossaryCommand::rowOf(const GlossaryTerm &term) const
{
    const QVector<GlossaryTerm> &terms = m_glossary->terms();
    for (int row = int(terms.size()) - 1; row >= 0; --row) {
        if (terms.at(row) == term)
            return row;
    }
    return -1;
}

void GlossaryCommand::addAll(const QVector<GlossaryTerm> &terms)
{
    for (const GlossaryTerm &term : terms)
        m_addedRow = m_glossary->addTerm(withoutId(term));
}

void GlossaryCommand::removeAll(const QVector<GlossaryTerm> &terms)
{
    QList<int> rows;
    for (const GlossaryTerm &term : terms) {
        const int row = rowOf(term);
        if (row >= 0 && !rows.contains(row))
            rows.append(row);
    }
    m_glossary->removeTerms(rows);
}

void GlossaryCommand::redo()
{
    apply(true);
}

void GlossaryCommand::undo()
{
    apply(false);
}

void GlossaryCommand::apply(bool forward)
{
    ++s_applying;
    switch (m_kind) {
    case Kind::Add:
        forward ? addAll(m_after) : removeAll(m_after);
        break;
    case Kind::Remove:
        forward ? removeAll(m_before) : addAll(m_before);
        break;
    case Kind::Edit:
        forward ? applyEdit(m_before.constFirst(), m_after.constFirst())
                : applyEdit(m_after.constFirst(), m_before.constFirst());
        break;
    case Kind::Replace:
        m_glossary->setTerms(forward ? m_after : m_before);
        break;
    }
    --s_applying;
}

void GlossaryCommand::applyEdit(const GlossaryTerm &from, const GlossaryTerm &to)
{
    const int row = rowOf(from);
    if (row >= 0)
        m_glossary->setTerm(row, to);
}

} // namespace DigestStudio
