// Undo step: papers handed to a person (their assignee) or to a reviewer, stored in the library at once (the
// library's assignment, not a save of the entry); undo gives each paper back the names it had.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>
#include <QVector>

#include <optional>

namespace DigestStudio {

class DigestDocument;
class Library;

class AssignCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssignCommand)

public:
    // The stored papers at `rows`; `assignee` and `reviewer` unset leave that name as it is, empty unsets it.
    // Neither `document` nor `library` is owned.
    AssignCommand(DigestDocument *document, Library *library, const QList<int> &rows,
                  const std::optional<QString> &assignee, const std::optional<QString> &reviewer);

    bool isEmpty() const { return m_ids.isEmpty(); }
    // Stores the new names before the command is pushed (its first redo then does nothing); false and
    // `error` when the library refused (a name the server does not know, a role that may not assign).
    bool apply(QString *error);
    void undo() override;
    void redo() override;

private:
    struct Names
    {
        QString assignee;
        QString reviewer;
    };
    // Stores `names` per paper (by id: rows may have moved since); what failed goes to `error`.
    bool store(const QVector<Names> &names, QString *error);

    DigestDocument *m_document;
    Library *m_library;
    QVector<qint64> m_ids;
    QVector<Names> m_before;
    QVector<Names> m_after;
    bool m_applied = false;
};

} // namespace DigestStudio
