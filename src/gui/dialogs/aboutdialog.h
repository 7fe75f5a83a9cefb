// The About box: version, Qt version and whether KSyntaxHighlighting is there.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace DigestStudio {

class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    QString versionText() const;
    QString qtVersionText() const;
    QString syntaxHighlightingText() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace DigestStudio
