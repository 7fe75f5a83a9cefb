// MainWindow's Publish menu: the WeChat draft box dialog over PublishingService.
#include "app/mainwindow.h"

#include "dialogs/publishwechatdialog.h"
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "services/arxivservice.h"
#include "services/launchconfig.h"
#include "services/publishingservice.h"
#include "services/suggestionservice.h"
#include "storage/library.h"

#include <QMessageBox>

namespace DigestStudio {

void MainWindow::publishToWeChat()
{
    const Digest &digest = m_document->digest();
    if (!m_library || digest.id() == 0) {
        QMessageBox::information(this, tr("Publish to WeChat"), tr("Open a digest of the library first."));
        return;
    }
    // What is published is what the library holds: store the last keystrokes first.
    if (m_autosave)
        m_autosave->saveNow();
    QVector<PublishWeChatDialog::CoverFigure> figures;
    for (int e = 0; e < digest.entryCount(); ++e) {
        for (const EntryImage &image : m_library->images(digest.entries().at(e).id())) {
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
    const LaunchConfig config = LaunchConfig::application();
    auto *service = new PublishingService(m_library, m_arxivService->network(), config.wechatApiUrl());
    service->setDeadlineMs(config.wechatDeadlineMs());
    if (m_suggestions)
        m_suggestions->watch(service);
    auto *dialog = new PublishWeChatDialog(service, digest, figures, WeChatCredentials::resolve(environment),
                                           fromEnvironment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, service, &QObject::deleteLater);
    dialog->open();
}

} // namespace DigestStudio
