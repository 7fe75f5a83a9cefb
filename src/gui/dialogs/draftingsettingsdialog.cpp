#include "dialogs/draftingsettingsdialog.h"

#include "services/connectiontest.h"
#include "services/draftkey.h"
#include "services/secretstore.h"
#include "services/settingskeys.h"
#include "util/secrettext.h"

#include "ui_draftingsettingsdialog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLayout>
#include <QPushButton>

namespace DigestStudio {

namespace K = SettingsKeys;

DraftingSettingsDialog::DraftingSettingsDialog(SecretStore *secrets, QNetworkAccessManager *network,
                                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DraftingSettingsDialog>())
    , m_secrets(secrets)
    , m_test(new ConnectionTest(network, this))
{
    m_ui->setupUi(this);
    m_ui->providerBox->addItem(tr("OpenAI-compatible chat completions"), QStringLiteral("openai"));
    m_ui->providerBox->addItem(tr("DeepL"), QStringLiteral("deepl"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DraftingSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->testButton, &QPushButton::clicked, this, &DraftingSettingsDialog::testConnection);
    connect(m_ui->forgetKeyButton, &QPushButton::clicked, this,
            [this] { forgetKey(SecretStore::LlmApiKey); });
    connect(m_ui->forgetDeeplKeyButton, &QPushButton::clicked, this,
            [this] { forgetKey(SecretStore::DeeplApiKey); });
    connect(m_test, &ConnectionTest::finished, this, [this](bool ok, const QString &message) {
        m_ui->testButton->setEnabled(true);
        m_ui->testResult->setText(ok ? message : tr("Failed: %1").arg(message));
    });
    load();
}

DraftingSettingsDialog::~DraftingSettingsDialog() = default;

void DraftingSettingsDialog::load()
{
    m_ui->providerBox->setCurrentIndex(qMax(0, m_ui->providerBox->findData(K::DraftProvider.value())));
    m_ui->urlEdit->setText(K::DraftUrl.value());
    m_ui->modelEdit->setText(K::DraftModel.value());
    m_ui->temperatureSpin->setValue(K::DraftTemperature.value());
    m_ui->maxTokensSpin->setValue(K::DraftMaxTokens.value());
    m_ui->concurrencySpin->setValue(K::DraftConcurrency.value());
    m_ui->timeoutSpin->setValue(K::DraftTimeoutMs.value() / 1000);
    m_ui->deadlineSpin->setValue(K::DraftDeadlineSeconds.value());
    m_ui->extraJsonEdit->setPlainText(K::DraftExtraJson.value());
    m_ui->glossaryIdEdit->setText(K::DraftDeepLGlossaryId.value());
    updateKeyNotes();
}

void DraftingSettingsDialog::updateKeyNotes()
{
    // The key itself is never shown: the field stays empty and says whether one is stored.
    const auto show = [this](const char *name, QLineEdit *edit, QPushButton *forget) {
        const bool stored = !m_secrets->read(QString::fromLatin1(name)).isEmpty();
        edit->setPlaceholderText(stored ? tr("stored; type a new one to replace it") : tr("none stored"));
        forget->setEnabled(stored);
    };
    show(SecretStore::LlmApiKey, m_ui->keyEdit, m_ui->forgetKeyButton);
    show(SecretStore::DeeplApiKey, m_ui->deeplKeyEdit, m_ui->forgetDeeplKeyButton);
    m_ui->keyNote->setText(
        m_secrets->keychainAvailable()
            ? tr("Keys are kept in the system keychain. $DIGEST_LLM_API_KEY, when set, "
                 "comes first.")
            : tr("No system keychain is running: a key typed here is kept for this session "
                 "only and asked for again next time."));
}

void DraftingSettingsDialog::forgetKey(const char *name)
{
    QString error;
    const bool deepl = qstrcmp(name, SecretStore::DeeplApiKey) == 0;
    if (m_secrets->remove(QString::fromLatin1(name), &error))
        m_ui->testResult->setText(deepl ? tr("The stored DeepL key was removed from the keychain.")
                                        : tr("The stored model key was removed from the keychain."));
    else
        m_ui->testResult->setText(tr("The key could not be removed: %1").arg(error));
    updateKeyNotes();
}

DraftSettings DraftingSettingsDialog::settings() const
{
    DraftSettings settings;
    settings.provider = m_ui->providerBox->currentData().toString();
    settings.baseUrl = QUrl(m_ui->urlEdit->text().trimmed());
    settings.model = m_ui->modelEdit->text().trimmed();
    settings.temperature = m_ui->temperatureSpin->value();
    settings.maxTokens = m_ui->maxTokensSpin->value();
    settings.concurrency = m_ui->concurrencySpin->value();
    settings.timeoutMs = m_ui->timeoutSpin->value() * 1000;
    settings.deadlineMs = m_ui->deadlineSpin->value() * 1000;
    settings.maxRetries = K::DraftMaxRetries.value();
    settings.extraJson = QJsonDocument::fromJson(m_ui->extraJsonEdit->toPlainText().toUtf8()).object();
    settings.deeplGlossaryId = m_ui->glossaryIdEdit->text().trimmed();
    const bool deepl = settings.provider == QLatin1String("deepl");
    const QString typed = (deepl ? m_ui->deeplKeyEdit : m_ui->keyEdit)->text().trimmed();
    settings.apiKey = typed.isEmpty() ? DraftKey::resolve(settings.provider) : typed;
    return settings;
}

QString DraftingSettingsDialog::problem() const
{
    const QString url = m_ui->urlEdit->text().trimmed();
    const QUrl parsed(url, QUrl::StrictMode);
    // What is refused here never reaches the settings file: keys belong in the key fields (the keychain).
    if (SecretText::keyInUrl(url))
        return tr(
            "The base URL holds what looks like a key. Type the key in the API key field: it is kept in "
            "the system keychain, never in the settings file.");
    if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())
        return tr("The base URL is not a URL: %1").arg(SecretText::url(url));
    if (SecretText::isCleartext(parsed))
        return tr("The base URL %1 would send the key in clear text: use https:// (http:// only to this "
                  "machine: localhost, 127.0.0.1, ::1).")
            .arg(SecretText::url(url));
    const QByteArray extra = m_ui->extraJsonEdit->toPlainText().trimmed().toUtf8();
    if (!extra.isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(extra, &error);
        if (error.error != QJsonParseError::NoError)
            return tr("The extra JSON is not valid JSON (at character %1: %2).")
                .arg(error.offset)
                .arg(error.errorString());
        if (!document.isObject())
            return tr("The extra JSON must be one object, like {\"thinking\": {\"type\": \"disabled\"}}.");
        const QString member = SecretText::keyInJson(document.object());
        if (!member.isEmpty())
            return tr("The extra JSON holds what looks like a key (the member %1). Type the key in the API "
                      "key "
                      "field: it is kept in the system keychain, never in the settings file.")
                .arg(member);
    }
    return QString();
}

bool DraftingSettingsDialog::save(QString *error)
{
    const QString why = problem();
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    const DraftSettings edited = settings();
    K::DraftProvider.setValue(edited.provider);
    K::DraftUrl.setValue(m_ui->urlEdit->text().trimmed());
    K::DraftModel.setValue(edited.model);
    K::DraftTemperature.setValue(edited.temperature);
    K::DraftMaxTokens.setValue(edited.maxTokens);
    K::DraftConcurrency.setValue(edited.concurrency);
    K::DraftTimeoutMs.setValue(edited.timeoutMs);
    K::DraftDeadlineSeconds.setValue(edited.deadlineMs / 1000);
    K::DraftExtraJson.setValue(m_ui->extraJsonEdit->toPlainText().trimmed());
    K::DraftDeepLGlossaryId.setValue(edited.deeplGlossaryId);
    // Keys go to the keychain only; an empty field keeps what is stored.
    const std::pair<QLineEdit *, const char *> keys[] = {{m_ui->keyEdit, SecretStore::LlmApiKey},
                                                         {m_ui->deeplKeyEdit, SecretStore::DeeplApiKey}};
    for (const auto &key : keys) {
        const QString typed = key.first->text().trimmed();
        if (!typed.isEmpty() && !m_secrets->write(QString::fromLatin1(key.second), typed, error))
            return false;
    }
    return true;
}

void DraftingSettingsDialog::accept()
{
    QString error;
    if (!save(&error)) {
        m_ui->errorLabel->setText(error);
        growToFit();
        return;
    }
    QDialog::accept();
}

void DraftingSettingsDialog::growToFit()
{
    // A refusal of several lines takes room: grow rather than squeeze the rows (and cut the words) together.
    layout()->activate();
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height() < wanted)
        resize(width(), wanted);
}

void DraftingSettingsDialog::testConnection()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_ui->testResult->setText(why);
        growToFit();
        return;
    }
    m_ui->testButton->setEnabled(false);
    m_ui->testResult->setText(tr("Asking %1…").arg(SecretText::url(m_ui->urlEdit->text().trimmed())));
    m_test->start(settings());
}

QString DraftingSettingsDialog::testResult() const
{
    return m_ui->testResult->text();
}

} // namespace DigestStudio
