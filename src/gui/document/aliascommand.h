// Undo step: an alias the team's library remembers for an institution (LONG → SHORT), stored at once; undo
// gives LONG back the SHORT it had, or none.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

namespace DigestStudio {

class Library;

class AliasCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AliasCommand)

public:
    // `library` is not owned.
    AliasCommand(Library *library, const QString &longName, const QString &shortName);

    // Stores the alias before the command is pushed (its first redo then does nothing); false and `error`
    // when the library refused (on PostgreSQL, aliases are the admin's).
    bool apply(QString *error);
    void undo() override;
    void redo() override;

private:
    Library *m_library;
    QString m_longName;
    QString m_shortName;
    QString m_before; // the SHORT that LONG had; empty when it had none
    bool m_applied = false;
};

} // namespace DigestStudio
