// File ▸ Import Published Posts…: the files with the date each will get, then per file imported or refused
// and why, and Undo Import while it is open. The window runs the import (PostImport) when asked.
#pragma once

#include "services/postimport.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ImportPostsDialog;
}

namespace DigestStudio {

class ImportPostsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportPostsDialog(const QStringList &files, QWidget *parent = nullptr);
    ~ImportPostsDialog() override;

    QStringList files() const { return m_files; }
    void addFiles(const QStringList &files);
    // The one date for all when chosen, else invalid (each file's own).
    QDate date() const;
    // The text in the Date and Result columns of `row`.
    QString dateText(int row) const;
    QString resultText(int row) const;
    QPushButton *importButton() const { return m_import; }
    QPushButton *undoButton() const { return m_undo; }
    QString summary() const;

    // The outcome of each file, in order: shown in the Result column; Undo Import is offered.
    void showOutcomes(const QVector<PostImportOutcome> &outcomes);
    const QVector<PostImportOutcome> &outcomes() const { return m_outcomes; }
    // Undo Import ran: `ok`, or `error` said why not.
    void showUndone(bool ok, const QString &error);

Q_SIGNALS:
    void importRequested();
    void undoRequested();

private:
    void refreshDates();
    void chooseFiles();
    void removeSelected();

    std::unique_ptr<Ui::ImportPostsDialog> m_ui;
    QStringList m_files;
    QVector<PostImportOutcome> m_outcomes;
    QPushButton *m_import = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace DigestStudio
