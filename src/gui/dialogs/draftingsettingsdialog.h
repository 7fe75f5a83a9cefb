// Drafting settings (a Designer form): provider, base URL, model, temperature, max tokens, concurrency,
// timeout, extra JSON, the keys (into the keychain, never the settings file) and DeepL's glossary id, with a
// Test connection button that asks the core's ConnectionTest.
#pragma once

#include "drafting/draftsettings.h"

#include <QDialog>

#include <memory>

class QNetworkAccessManager;

namespace Ui {
class DraftingSettingsDialog;
}

namespace DigestStudio {

class ConnectionTest;
class SecretStore;

class DraftingSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // Shows the saved settings; `secrets` (not owned) says whether keys are stored and takes new ones; the
    // connection test goes through `network` (not owned).
    DraftingSettingsDialog(SecretStore *secrets, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~DraftingSettingsDialog() override;

    // The settings as edited, the key included (the one typed, else the stored one).
    DraftSettings settings() const;
    // Why the form cannot be saved (the extra JSON is not an object, the URL is not one), or empty.
    QString problem() const;
    // Writes the settings to QSettings and typed keys to the keychain. False (and `error`) when refused.
    bool save(QString *error);
    // What the last Test connection said.
    QString testResult() const;

public Q_SLOTS:
    void accept() override;
    void testConnection();

private:
    void load();
    // Taller when a message needs more lines than the dialog has room for.
    void growToFit();
    void updateKeyNotes();
    void forgetKey(const char *name);

    std::unique_ptr<Ui::DraftingSettingsDialog> m_ui;
    SecretStore *m_secrets;
    ConnectionTest *m_test;
};

} // namespace DigestStudio
