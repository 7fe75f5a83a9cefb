// Undo step: the tag of one or more entries changed (re-tag from the paper list or the editor).
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

namespace DigestStudio {

class DigestDocument;

class SetTagCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetTagCommand)

public:
    SetTagCommand(DigestDocument *document, const QList<int> &rows, const QString &tag,
                  QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    DigestDocument *m_document; // not owned
    QVector<int> m_rows;
    QVector<QString> m_oldTags;
    QString m_tag;
};

} // namespace DigestStudio
