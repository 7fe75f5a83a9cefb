#include "dialogs/publishwechatdialog.h"
#include "common/plaintext.h"
#include "ui_publishwechatdialog.h"

#include "checks/untoucheddrafts.h"
#include "publishing/titlecard.h"
#include "publishing/wechatarticle.h"
#include "services/preferences.h"
#include "services/settingskeys.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace DigestStudio {

namespace {

enum CoverKind { TitleCardCover, FigureCover, FileCover };

void showCount(QLabel *label, int length, int limit)
{
    label->setText(QStringLiteral("%1/%2").arg(length).arg(limit));
    label->setStyleSheet(length > limit ? QStringLiteral("color:#c62828;font-weight:bold;") : QString());
}

} // namespace

PublishWeChatDialog::PublishWeChatDialog(PublishingService *service, const Digest &digest,
                                         const QVector<CoverFigure> &figures,
                                         const WeChatCredentials &credentials,
                                         bool credentialsFromEnvironment, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PublishWeChatDialog>())
    , m_service(service)
    , m_digest(digest)
    , m_figures(figures)
    , m_credentials(credentials)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    // The preview keeps its size whatever it shows, so the rows below never move under it.
    m_ui->coverPreview->setFixedSize(m_ui->coverPreview->minimumSize());
    const QSettings settings;
    m_ui->titleEdit->setText(WeChatDraftPlan::defaultTitle(digest));
    m_ui->authorEdit->setText(settings.value(SettingsKeys::WeChatAuthor.name()).toString());
    m_ui->summaryEdit->setPlainText(WeChatDraftPlan::defaultSummary(digest));
    m_ui->commentsCheck->setChecked(settings.value(SettingsKeys::WeChatOpenComment.name(), false).toBool());
    m_ui->coverKindBox->addItem(tr("Title card"), TitleCardCover);
    if (!figures.isEmpty())
        m_ui->coverKindBox->addItem(tr("A figure"), FigureCover);
    m_ui->coverKindBox->addItem(tr("A file"), FileCover);
    for (const CoverFigure &figure : figures)
        m_ui->figureBox->addItem(QIcon(QPixmap::fromImage(figure.thumbnail)), figure.label, figure.imageId);

    m_ui->appIdEdit->setText(credentials.appId);
    m_ui->secretEdit->setPlaceholderText(credentials.secret.isEmpty() ? tr("Not set")
                                                                      : tr("Saved; type to replace it"));
    m_ui->credentialsNote->setText(
        credentialsFromEnvironment ? tr("From $DIGEST_WECHAT_APPID and $DIGEST_WECHAT_SECRET.")
                                   : tr("Both are shown in the Official Account platform under 设置与开发 → "
                                        "基本配置; this computer's IP address must be on the IP whitelist "
                                        "there."));
    m_ui->appIdEdit->setEnabled(!credentialsFromEnvironment);
    m_ui->secretEdit->setEnabled(!credentialsFromEnvironment);
    m_ui->saveCredentialsCheck->setVisible(!credentialsFromEnvironment);

    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, [this] {
        updateCounts();
        updateCover();
    });
    connect(m_ui->authorEdit, &QLineEdit::textChanged, this, &PublishWeChatDialog::updateCounts);
    connect(m_ui->summaryEdit, &QPlainTextEdit::textChanged, this, &PublishWeChatDialog::updateCounts);
    connect(m_ui->coverKindBox, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &PublishWeChatDialog::updateCover);
    connect(m_ui->figureBox, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &PublishWeChatDialog::updateCover);
    connect(m_ui->coverFileEdit, &QLineEdit::textChanged, this, &PublishWeChatDialog::updateCover);
    connect(m_ui->browseButton, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Cover Image"), QString(),
                                                          tr("Images (*.jpg *.jpeg *.png)"));
        if (!file.isEmpty())
            m_ui->coverFileEdit->setText(file);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PublishWeChatDialog::publish);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PublishWeChatDialog::reject);

    connect(m_service, &PublishingService::stepStarted, this,
            [this](PublishingService::Step, const QString &text) {
                m_ui->stepLabel->setText(text + QStringLiteral("…"));
            });
    connect(m_service, &PublishingService::progress, this, [this](int done, int total) {
        m_ui->progressBar->setMaximum(total);
        m_ui->progressBar->setValue(done);
    });
    connect(m_service, &PublishingService::notice, this, &PublishWeChatDialog::say);
    connect(m_service, &PublishingService::finished, this, &PublishWeChatDialog::onFinished);

    m_confirm = [this](const QString &question) {
        return PlainText::question(this, tr("Publish Again?"), question,
                                   QMessageBox::Yes | QMessageBox::Cancel,
                                   QMessageBox::Cancel) == QMessageBox::Yes;
    };
    updateCounts();
    updateCover();
    setRunning(false);
    // Listed before Publish is pressed (the service says it again): a warning, not a refusal.
    const QString untouched = UntouchedDrafts::warning(digest, Preferences::checkSettings(QSettings()));
    if (!untouched.isEmpty())
        say(tr("Warning: %1").arg(untouched));
}

PublishWeChatDialog::~PublishWeChatDialog() = default;

void PublishWeChatDialog::updateCounts()
{
    showCount(m_ui->titleCount, WeChatArticle::length(m_ui->titleEdit->text().trimmed()),
              WeChatArticle::MaxTitle);
    showCount(m_ui->authorCount, WeChatArticle::length(m_ui->authorEdit->text().trimmed()),
              WeChatArticle::MaxAuthor);
    showCount(m_ui->summaryCount, WeChatArticle::length(m_ui->summaryEdit->toPlainText().trimmed()),
              WeChatArticle::MaxDigest);
}

void PublishWeChatDialog::updateCover()
{
    const int kind = m_ui->coverKindBox->currentData().toInt();
    m_ui->figureBox->setVisible(kind == FigureCover);
    m_ui->coverFileEdit->setVisible(kind == FileCover);
    m_ui->browseButton->setVisible(kind == FileCover);
    QImage preview;
    if (kind == TitleCardCover) {
        const QString title = m_ui->titleEdit->text().trimmed();
        // The service's tag table: the preview is the card that will be sent.
        preview =
            TitleCard::render(m_digest, title.isEmpty() ? WeChatDraftPlan::defaultTitle(m_digest) : title,
                              m_service->exportOptions().tagTable);
    } else if (kind == FigureCover && m_ui->figureBox->currentIndex() >= 0) {
        preview = m_figures.value(m_ui->figureBox->currentIndex()).thumbnail;
    } else if (kind == FileCover) {
        preview.load(m_ui->coverFileEdit->text());
    }
    const QSize box = m_ui->coverPreview->minimumSize();
    if (preview.isNull()) {
        m_ui->coverPreview->setPixmap(QPixmap());
        m_ui->coverPreview->setText(tr("No preview"));
    } else {
        m_ui->coverPreview->setPixmap(QPixmap::fromImage(
            preview.scaled(box * devicePixelRatioF(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
}

WeChatPublishRequest PublishWeChatDialog::request() const
{
    WeChatPublishRequest r;
    r.digestId = m_digest.id();
    r.title = m_ui->titleEdit->text().trimmed();
    r.author = m_ui->authorEdit->text().trimmed();
    r.summary = m_ui->summaryEdit->toPlainText().trimmed();
    if (r.summary.isNull())
        r.summary = QLatin1String("");
    r.openComment = m_ui->commentsCheck->isChecked();
    r.sourceUrl = m_ui->sourceUrlEdit->text().trimmed();
    switch (m_ui->coverKindBox->currentData().toInt()) {
    case FigureCover:
        r.cover = WeChatPublishRequest::Cover::Figure;
        r.coverImageId = m_ui->figureBox->currentData().toLongLong();
        break;
    case FileCover:
        r.cover = WeChatPublishRequest::Cover::File;
        r.coverFile = m_ui->coverFileEdit->text().trimmed();
        break;
    default:
        r.cover = WeChatPublishRequest::Cover::TitleCard;
        break;
    }
    return r;
}

WeChatCredentials PublishWeChatDialog::credentials() const
{
    WeChatCredentials c = m_credentials;
    if (m_ui->appIdEdit->isEnabled() && !m_ui->appIdEdit->text().trimmed().isEmpty())
        c.appId = m_ui->appIdEdit->text().trimmed();
    if (m_ui->secretEdit->isEnabled() && !m_ui->secretEdit->text().isEmpty())
        c.secret = m_ui->secretEdit->text().trimmed();
    return c;
}

void PublishWeChatDialog::publish()
{
    if (m_service->isRunning())
        return;
    WeChatPublishRequest r = request();
    PublicationRecord previous;
    if (m_service->previous(r.digestId, &previous)) {
        const QString question =
            previous.confirmed()
                ? tr("This digest is already in the WeChat draft box (media_id %1, %2). Publish it again as "
                     "a "
                     "second draft?")
                      .arg(previous.mediaId, previous.publishedAt.toLocalTime().toString(Qt::ISODate))
                : tr("A draft of this digest was sent on %1 but WeChat's answer never arrived; it may be in "
                     "the "
                     "draft box (草稿箱). Publish again anyway?")
                      .arg(previous.publishedAt.toLocalTime().toString(Qt::ISODate));
        if (!m_confirm(question))
            return;
        r.force = true;
    }
    const WeChatCredentials c = credentials();
    if (m_ui->saveCredentialsCheck->isVisible() && m_ui->saveCredentialsCheck->isChecked() &&
        c.isComplete() && (c.appId != m_credentials.appId || c.secret != m_credentials.secret)) {
        QString error;
        if (!WeChatCredentials::save(c, &error))
            say(tr("The keychain did not keep the AppID and AppSecret: %1").arg(error));
        m_credentials = c;
    }
    QSettings settings;
    settings.setValue(SettingsKeys::WeChatAuthor.name(), r.author);
    settings.setValue(SettingsKeys::WeChatOpenComment.name(), r.openComment);
    m_ui->messagesView->clear();
    m_service->setCredentials(c);
    setRunning(true);
    m_service->publish(r);
}

void PublishWeChatDialog::setRunning(bool running)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->titleEdit), static_cast<QWidget *>(m_ui->authorEdit),
          static_cast<QWidget *>(m_ui->summaryEdit), static_cast<QWidget *>(m_ui->sourceUrlEdit),
          static_cast<QWidget *>(m_ui->coverKindBox), static_cast<QWidget *>(m_ui->figureBox),
          static_cast<QWidget *>(m_ui->coverFileEdit), static_cast<QWidget *>(m_ui->browseButton),
          static_cast<QWidget *>(m_ui->commentsCheck)})
        w->setEnabled(!running);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!running);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(running ? tr("&Cancel") : tr("&Close"));
    m_ui->progressBar->setVisible(running || m_ui->progressBar->value() > 0);
    // The progress bar takes room: grow rather than squeeze the rows together.
    if (height() < sizeHint().height())
        resize(width(), sizeHint().height());
}

void PublishWeChatDialog::onFinished(const PublishOutcome &outcome)
{
    m_outcome = outcome;
    setRunning(false);
    for (const QString &problem : outcome.problems)
        say(problem);
    const bool ok = outcome.published();
    // Plain text (a step may name what the server said); the success stands out in bold.
    QFont font = m_ui->stepLabel->font();
    font.setBold(ok);
    m_ui->stepLabel->setFont(font);
    m_ui->stepLabel->setText(ok ? tr("The draft is in the draft box (草稿箱).")
                             : outcome.status == PublishOutcome::Status::NotReady
                                 ? tr("Nothing was sent: fix what is listed below.")
                                 : tr("The draft was not created."));
    if (outcome.status != PublishOutcome::Status::NotReady)
        say(outcome.message);
    if (ok)
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void PublishWeChatDialog::say(const QString &text)
{
    m_ui->messagesView->appendPlainText(text);
}

void PublishWeChatDialog::reject()
{
    if (m_service->isRunning()) {
        m_service->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace DigestStudio
