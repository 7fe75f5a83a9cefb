// The glossary dock's table: English term, Chinese rendering and note, editable in place.
#pragma once

#include <QAbstractTableModel>

class QUndoStack;

namespace DigestStudio {

class Glossary;

class GlossaryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EnglishColumn, ChineseColumn, NoteColumn, ColumnCount };

    explicit GlossaryModel(Glossary *glossary, QObject *parent = nullptr);
    // Edits in the table become undo steps there (not owned); without one they apply directly.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    Glossary *m_glossary; // not owned
    QUndoStack *m_undoStack = nullptr;
};

} // namespace DigestStudio
