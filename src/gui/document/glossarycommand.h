// One change a person makes to the glossary (add, remove, edit, import), as an undo step on the glossary
// panel's stack. Terms are found by their text when undone or redone (rows move when terms come back; the
// library gives them new ids), so the steps stay right in any order the stack replays them.
#pragma once

#include "model/glossaryterm.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

namespace DigestStudio {

class Glossary;

class GlossaryCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DigestStudio::GlossaryCommand)

public:
    static GlossaryCommand *add(Glossary *glossary, const GlossaryTerm &term);
    static GlossaryCommand *remove(Glossary *glossary, const QList<int> &rows);
    static GlossaryCommand *edit(Glossary *glossary, int row, const GlossaryTerm &after);
    static GlossaryCommand *replace(Glossary *glossary, const QVector<GlossaryTerm> &after);

    void redo() override;
    void undo() override;
    // After add's redo(): the row of the new term.
    int addedRow() const { return m_addedRow; }
    // True while a command changes the glossary: a reset seen then is the command's, not a reload.
    static bool applying() { return s_applying > 0; }

private:
    enum class Kind { Add, Remove, Edit, Replace };
    GlossaryCommand(Kind kind, Glossary *glossary, const QString &text);

    // The row of the last term with this text, or -1.
    int rowOf(const GlossaryTerm &term) const;
    void addAll(const QVector<GlossaryTerm> &terms);
    void removeAll(const QVector<GlossaryTerm> &terms);

    void apply(bool forward);
    void applyEdit(const GlossaryTerm &from, const GlossaryTerm &to);

    static int s_applying;
    Kind m_kind;
    Glossary *m_glossary; // not owned
    QVector<GlossaryTerm> m_before;
    QVector<GlossaryTerm> m_after;
    int m_addedRow = -1;
};

} // namespace DigestStudio
