// MainWindow, continued: File ▸ Import Published Posts… and File ▸ Export…, through the PostImport and
// PostExport services digestctl uses too.
#include "app/mainwindow.h"
#include "checks/untoucheddrafts.h"

#include "dialogs/exportdialog.h"
#include "dialogs/importpostsdialog.h"
#include "docks/previewdock.h"
#include "document/digestdocument.h"
#include "formats/formatregistry.h"
#include "formats/imageexporter.h"
#include "services/postexport.h"
#include "services/postimport.h"
#include "services/preferences.h"
#include "services/suggestionservice.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace DigestStudio {

void MainWindow::importPublishedPosts()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Published Posts"), QString(), tr("Published posts (*.txt *.md);;All files (*)"));
    if (!files.isEmpty())
        openImportDialog(files);
}

ImportPostsDialog *MainWindow::openImportDialog(const QStringList &files)
{
    // Confirmed first: the dialog lists the files and their dates before anything is imported. Undo Import
    // (while it is open, so nothing else changed the library view meanwhile) removes what it made.
    auto *dialog = new ImportPostsDialog(files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportPostsDialog::importRequested, this, [this, dialog] {
        if (!m_library) {
            statusBar()->showMessage(tr("No library is open: nothing was imported."), 8000);
            return;
        }
        const QVector<PostImportOutcome> outcomes =
            PostImport::importFiles(m_library, dialog->files(), dialog->date());
        dialog->showOutcomes(outcomes);
        refreshDigestList();
        statusBar()->showMessage(dialog->summary(), 8000);
    });
    connect(dialog, &ImportPostsDialog::undoRequested, this, [this, dialog] {
        QString error;
        const bool ok = m_library && PostImport::undo(m_library, dialog->outcomes(), &error);
        dialog->showUndone(ok, error);
        refreshDigestList();
    });
    dialog->open();
    return dialog;
}

void MainWindow::exportPost()
{
    ExportDialog dialog(m_previewDock->currentFormat(), m_previewDock->options(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList written;
    QString error;
    if (!exportTo(dialog.formatId(), dialog.options(), dialog.destination(), &written, &error)) {
        QMessageBox::warning(this, tr("Export"), error);
        return;
    }
    announceExport(written);
}

void MainWindow::announceExport(const QStringList &written)
{
    const QString exported = tr("Exported %1").arg(written.join(QStringLiteral(", ")));
    const QString untouched =
        UntouchedDrafts::warning(m_document->digest(), Preferences::checkSettings(QSettings()));
    // As Qt Linguist and Poedit do on release: the file is written, and unrevised text is said beside it.
    // The notice stays until the next status message, so it is not missed.
    if (untouched.isEmpty())
        statusBar()->showMessage(exported, 8000);
    else
        statusBar()->showMessage(tr("%1. Warning: %2").arg(exported, untouched));
}

bool MainWindow::exportTo(const QString &formatId, const ExportOptions &options, const QString &target,
                          QStringList *written, QString *error)
{
    const DigestExporter *format = FormatRegistry::instance().format(formatId);
    if (!format) {
        *error = tr("There is no format '%1'.").arg(formatId);
        return false;
    }
    ExportOptions withFigures = options;
    if (m_library)
        withFigures.figures = PostExport::firstFigures(m_library, m_document->digest());
    ExportResult result;
    if (!PostExport::exportTo(*format, m_document->digest(), withFigures, target, &result, written, error))
        return false;
    if (!result.images.isEmpty() && !PostExport::writesImages(*format)) {
        // A Weibo thread with its images: beside it, thread-01.png … for thread.txt.
        const QFileInfo info(target);
        QStringList images;
        if (!ImageExporter::save(result,
                                 info.dir().filePath(info.completeBaseName() + QStringLiteral(".png")),
                                 &images, error))
            return false;
        *written += images;
    }
    // An exported digest holds the day's picks, as one saved from the preview does: learn from it.
    if (m_suggestions)
        m_suggestions->retrain();
    return true;
}

} // namespace DigestStudio
