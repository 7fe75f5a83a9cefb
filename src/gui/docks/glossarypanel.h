// The glossary dock's contents: the term table with a filter, add and remove, CSV import and export, each
// change an undo step on the panel's own stack (the window's Undo acts on it while the panel has the focus).
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace DigestStudio {

class Glossary;
class GlossaryModel;

class GlossaryPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit GlossaryPanel(Glossary *glossary, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Replaces the glossary with a CSV file's terms; false and `error` (naming file and line) on failure.
    bool importCsv(const QString &path, QString *error);
    bool exportCsv(const QString &path, QString *error) const;

public Q_SLOTS:
    void addTerm();
    void removeSelected();
    void importInteractively();
    void exportInteractively();

Q_SIGNALS:
    // A term was activated (double click, Return): its Chinese rendering is to be inserted.
    void renderingRequested(const QString &chinese);

private:
    Glossary *m_glossary; // not owned
    QUndoStack *m_undoStack;
    GlossaryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
};

} // namespace DigestStudio
