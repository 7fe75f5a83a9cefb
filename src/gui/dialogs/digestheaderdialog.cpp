#include "dialogs/digestheaderdialog.h"
#include "ui_digestheaderdialog.h"

#include "model/tagtable.h"
#include "services/preferences.h"
#include "services/settingskeys.h"

#include <QSettings>

namespace DigestStudio {

DigestHeaderDialog::DigestHeaderDialog(const Digest &digest, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DigestHeaderDialog>())
    , m_digest(digest)
{
    m_ui->setupUi(this);
    m_ui->titleEdit->setText(digest.title());
    m_ui->legendEdit->setText(digest.legend());
    m_ui->attributionEdit->setText(digest.attribution());
    // The two labels published digests use: ASCII and full-width colon.
    m_ui->summaryLabelBox->addItems({QStringLiteral("摘要:"), QStringLiteral("摘要：")});
    m_ui->summaryLabelBox->setCurrentText(digest.summaryLabel());
    m_ui->footerEdit->setPlainText(digest.footer());
    connect(m_ui->usedTagsButton, &QPushButton::clicked, this, [this] {
        QStringList used;
        for (const DigestEntry &entry : m_digest.entries()) {
            if (!entry.tag().isEmpty() && !used.contains(entry.tag()))
                used.append(entry.tag());
        }
        // In the table's order, so the legend reads the same from one day to the next.
        const TagTable table = Preferences::tagTable(QSettings());
        QStringList ordered;
        for (const QString &tag : table.tags()) {
            if (used.contains(tag))
                ordered.append(tag);
        }
        for (const QString &tag : qAsConst(used)) {
            if (!ordered.contains(tag))
                ordered.append(tag);
        }
        m_ui->legendEdit->setText(table.legendFor(ordered));
    });
}

DigestHeaderDialog::~DigestHeaderDialog() = default;

Digest DigestHeaderDialog::result() const
{
    Digest digest = m_digest;
    digest.setTitle(m_ui->titleEdit->text().trimmed());
    digest.setLegend(m_ui->legendEdit->text());
    digest.setAttribution(m_ui->attributionEdit->text());
    digest.setSummaryLabel(m_ui->summaryLabelBox->currentText());
    digest.setFooter(m_ui->footerEdit->toPlainText());
    return digest;
}

bool DigestHeaderDialog::useAsDefaults() const
{
    return m_ui->defaultsCheck->isChecked();
}

void DigestHeaderDialog::saveDefaults() const
{
    const Digest digest = result();
    QSettings settings;
    SettingsKeys::DefaultLegend.setValue(settings, digest.legend());
    SettingsKeys::DefaultAttribution.setValue(settings, digest.attribution());
    SettingsKeys::DefaultSummaryLabel.setValue(settings, digest.summaryLabel());
    SettingsKeys::DefaultFooter.setValue(settings, digest.footer());
}

} // namespace DigestStudio
