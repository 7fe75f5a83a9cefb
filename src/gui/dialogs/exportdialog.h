// File ▸ Export…: every registered format, its options (separator lines, the long images' size, the Weibo
// thread's images) and where to save. The export controller writes it (ExportService) with what it returns.
#pragma once

#include "formats/exportoptions.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace DigestStudio {

class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &formatId, const ExportOptions &options, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString formatId() const;
    void setFormatId(const QString &formatId);
    QStringList formatIds() const;
    // The options given, with the dialog's choices.
    ExportOptions options() const;
    QString destination() const;
    void setDestination(const QString &path);
    // Whether Export can be pressed (a destination is given).
    bool canExport() const;

private:
    void formatChanged();
    void browse();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    ExportOptions m_options;
};

} // namespace DigestStudio
