// Publish ▸ To WeChat Draft Box: the article's title, author, summary, cover and comment switch, the
// account's AppID and AppSecret (kept in the keychain), then the publish with progress per step and cancel,
// all through PublishingService.
#pragma once

#include "model/digest.h"
#include "publishing/wechatpublishrequest.h"
#include "services/publishingservice.h"
#include "services/wechatcredentials.h"

#include <QDialog>
#include <QImage>

#include <functional>
#include <memory>

namespace Ui {
class PublishWeChatDialog;
}

namespace DigestStudio {

class PublishWeChatDialog final : public QDialog
{
    Q_OBJECT

public:
    struct CoverFigure
    {
        qint64 imageId = 0;
        QString label; // `Entry 2, figure 1`
        QImage thumbnail;
    };
    // Asked before publishing a digest again; true to go on. The default shows a question box.
    using Confirm = std::function<bool(const QString &question)>;

    // `service` is not owned; `credentials` are what the environment or keychain hold (may be incomplete).
    PublishWeChatDialog(PublishingService *service, const Digest &digest, const QVector<CoverFigure> &figures,
                        const WeChatCredentials &credentials, bool credentialsFromEnvironment,
                        QWidget *parent = nullptr);
    ~PublishWeChatDialog() override;

    void setConfirmation(const Confirm &confirm) { m_confirm = confirm; }
    // The request the fields describe.
    WeChatPublishRequest request() const;
    // The credentials the fields describe.
    WeChatCredentials credentials() const;
    // Starts publishing (the Publish button).
    void publish();
    // The last outcome, once finished.
    PublishOutcome outcome() const { return m_outcome; }
    // Close, or Cancel while publishing (the dialog then stays open).
    void reject() override;

private:
    void updateCounts();
    void updateCover();
    void setRunning(bool running);
    void onFinished(const PublishOutcome &outcome);
    void say(const QString &text);

    std::unique_ptr<Ui::PublishWeChatDialog> m_ui;
    PublishingService *m_service;
    Digest m_digest;
    QVector<CoverFigure> m_figures;
    WeChatCredentials m_credentials;
    Confirm m_confirm;
    PublishOutcome m_outcome;
};

} // namespace DigestStudio
