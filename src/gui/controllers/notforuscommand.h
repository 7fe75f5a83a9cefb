// Undo step beside a drop: the dropped papers marked "not for us" in the library (the ranker learns from the
// mark, as from the lookup panel's button); undo takes the marks it set away again.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

namespace DigestStudio {

class SuggestionService;

class NotForUsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(NotForUsCommand)

public:
    // `service` is not owned and outlives the undo stack.
    NotForUsCommand(SuggestionService *service, const QStringList &arxivIds, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    SuggestionService *m_service;
    QStringList m_ids; // only those not marked before
};

} // namespace DigestStudio
