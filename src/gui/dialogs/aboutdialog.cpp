#include "dialogs/aboutdialog.h"
#include "ui_aboutdialog.h"

#include "editor/syntaxrepository.h"
#include "util/appinfo.h"

#include <QFont>
#include <QIcon>

namespace DigestStudio {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/digest-studio.svg")).pixmap(64, 64));
    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    m_ui->versionLabel->setText(AppInfo::version());
    m_ui->qtLabel->setText(
        tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    const QString ksh = SyntaxRepository::isAvailable() ? SyntaxRepository::version() : tr("not available");
    m_ui->kshLabel->setText(ksh);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionText() const
{
    return m_ui->versionLabel->text();
}

QString AboutDialog::qtVersionText() const
{
    return m_ui->qtLabel->text();
}

QString AboutDialog::syntaxHighlightingText() const
{
    return m_ui->kshLabel->text();
}

} // namespace DigestStudio
