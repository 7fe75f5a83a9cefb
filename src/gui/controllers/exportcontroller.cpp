#include "controllers/exportcontroller.h"

#include "checks/untoucheddrafts.h"
#include "common/plaintext.h"
#include "common/windowstatusbar.h"
#include "dialogs/exportdialog.h"
#include "dialogs/publishwechatdialog.h"
#include "docks/previewdock.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "document/workspace.h"
#include "formats/formatregistry.h"
#include "services/postexport.h"
#include "services/preferences.h"
#include "services/publishingservice.h"
#include "storage/library.h"

#include <QMessageBox>
#include <QProcessEnvironment>
#include <QSettings>

namespace DigestStudio {

ExportController::ExportController(Workspace *workspace, QNetworkAccessManager *network,
                                   const QUrl &wechatApiUrl, WindowStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_network(network)
    , m_wechatApiUrl(wechatApiUrl)
    , m_statusBar(statusBar)
    , m_window(window)
    , m_previewDock(new PreviewDock(window))
{
    setObjectName(QStringLiteral("exportController"));
    m_previewDock->setObjectName(QStringLiteral("previewDock"));
    connect(m_previewDock, &PreviewDock::copied, this, [this](const QString &what) {
        m_statusBar->showMessage(tr("Copied %1").arg(what), 4000);
        Q_EMIT digestExported();
    });
    connect(m_previewDock, &PreviewDock::saveRequested, this, [this](const QString &path) {
        QString error;
        if (!savePreview(path, &error) && !error.isEmpty())
            PlainText::warning(m_window, tr("Save Post"), error);
    });
}

void ExportController::refreshPreview()
{
    m_previewDock->setDigest(m_workspace->document()->digest());
}

void ExportController::refreshFigures()
{
    Library *library = m_workspace->library();
    const Digest &digest = m_workspace->document()->digest();
    m_previewDock->setFigures(library ? PostExport::firstFigures(library, digest)
                                      : QHash<QString, QByteArray>());
    m_previewDock->setEntryFigures(PostExport::entryFigures(library, digest));
}

bool ExportController::savePreview(const QString &path, QString *error)
{
    QStringList written;
    if (!exportTo(m_previewDock->currentFormat(), m_previewDock->options(), path, &written, error))
        return false;
    // The post itself, or the images when the post is images.
    const DigestExporter *format = FormatRegistry::instance().format(m_previewDock->currentFormat());
    const bool images = format && ExportService::writesImages(*format);
    m_statusBar->showMessage(tr("Saved %1").arg(images ? written.join(QStringLiteral(", ")) : path), 6000);
    return true;
}

void ExportController::exportPost()
{
    ExportDialog dialog(m_previewDock->currentFormat(), m_previewDock->options(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList written;
    QString error;
    if (!exportTo(dialog.formatId(), dialog.options(), dialog.destination(), &written, &error)) {
        PlainText::warning(m_window, tr("Export"), error);
        return;
    }
    announceExport(written);
}

void ExportController::announceExport(const QStringList &written)
{
    const QString exported = tr("Exported %1").arg(written.join(QStringLiteral(", ")));
    const QString untouched =
        UntouchedDrafts::warning(m_workspace->document()->digest(), Preferences::checkSettings(QSettings()));
    // As Qt Linguist and Poedit do on release: the file is written, and unrevised text is said beside it.
    // The notice stays until the next status message, so it is not missed.
    if (untouched.isEmpty())
        m_statusBar->showMessage(exported, 8000);
    else
        m_statusBar->showMessage(tr("%1. Warning: %2").arg(exported, untouched));
}

ExportService::Outcome ExportController::write(const QString &formatId, const ExportOptions &options,
                                               const QString &target, bool forced) const
{
    ExportService service(m_workspace->library(), Preferences::checkSettings(QSettings()));
    service.setForced(forced);
    service.setIncludeProposed(forced);
    return service.exportTo(m_workspace->document()->digest(), formatId, options, target);
}

bool ExportController::exportTo(const QString &formatId, const ExportOptions &options, const QString &target,
                                QStringList *written, QString *error)
{
    ExportService::Outcome outcome = write(formatId, options, target, false);
    // As digestctl export --force: said first, written only when the person insists.
    if (!outcome.ok && outcome.refused &&
        PlainText::warning(m_window, tr("Export"), tr("%1\n\nExport anyway?").arg(outcome.error),
                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
        outcome = write(formatId, options, target, true);
    *written = outcome.written;
    *error = outcome.error;
    if (!outcome.ok)
        return false;
    // An exported digest holds the day's picks, as one saved from the preview does.
    Q_EMIT digestExported();
    return true;
}

void ExportController::publishToWeChat()
{
    Library *library = m_workspace->library();
    const Digest &digest = m_workspace->document()->digest();
    if (!library || digest.id() == 0) {
        QMessageBox::information(m_window, tr("Publish to WeChat"),
                                 tr("Open a digest of the library first."));
        return;
    }
    // What is published is what the library holds: store the last keystrokes first, and publish nothing
    // when they could not be stored (the post would lack them).
    AutosaveController *autosave = m_workspace->autosave();
    if (autosave && !autosave->saveNow()) {
        showNotPublished(autosave->lastError());
        return;
    }
    QVector<PublishWeChatDialog::CoverFigure> figures;
    for (int e = 0; e < digest.entryCount(); ++e) {
        for (const EntryImage &image : library->images(digest.entries().at(e).id())) {
            PublishWeChatDialog::CoverFigure figure;
            figure.imageId = image.id;
            figure.label = tr("Entry %1, figure %2").arg(e + 1).arg(image.position);
            figure.thumbnail =
                QImage::fromData(image.data).scaled(282, 120, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            figures.append(figure);
        }
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const bool fromEnvironment = !environment.value(QStringLiteral("DIGEST_WECHAT_APPID")).isEmpty() &&
                                 !environment.value(QStringLiteral("DIGEST_WECHAT_SECRET")).isEmpty();
    auto *service = new PublishingService(library, m_network, m_wechatApiUrl);
    if (m_wechatDeadlineMs > 0)
        service->setDeadlineMs(m_wechatDeadlineMs);
    Q_EMIT publishingStarted(service);
    auto *dialog = new PublishWeChatDialog(service, digest, figures, WeChatCredentials::resolve(environment),
                                           fromEnvironment, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, service, &QObject::deleteLater);
    dialog->open();
}

void ExportController::showNotPublished(const QString &saveError)
{
    const QString why =
        saveError.isEmpty() ? tr("Another change to the same entry waits to be resolved.") : saveError;
    const QString text = tr("The last changes could not be saved, so nothing was published:\n%1").arg(why);
    m_statusBar->showMessage(text);
    // Not modal to the application: the person can fix the cause (free space, a lock) and try again.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Publish to WeChat"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("notPublishedMessage"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace DigestStudio
