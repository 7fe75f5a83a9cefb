#include "dialogs/exportdialog.h"
#include "ui_exportdialog.h"

#include "formats/formatregistry.h"
#include "services/exportservice.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace DigestStudio {

ExportDialog::ExportDialog(const QString &formatId, const ExportOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_options(options)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    for (const DigestExporter *format : FormatRegistry::instance().formats())
        m_ui->formatBox->addItem(format->name(), format->id());
    m_ui->separatorCheck->setChecked(options.separatorLines);
    m_ui->attachCheck->setChecked(options.weiboAttachImages);
    m_ui->widthSpin->setValue(options.imageWidth);
    m_ui->scaleSpin->setValue(options.imageScale);
    m_ui->heightSpin->setValue(options.imageMaxHeight);
    connect(m_ui->formatBox, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &ExportDialog::formatChanged);
    connect(m_ui->attachCheck, &QCheckBox::toggled, this, &ExportDialog::formatChanged);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->destinationEdit, &QLineEdit::textChanged, this,
            [this] { m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canExport()); });
    setFormatId(formatId);
    formatChanged();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canExport());
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::formatId() const
{
    return m_ui->formatBox->currentData().toString();
}

void ExportDialog::setFormatId(const QString &formatId)
{
    const int index = m_ui->formatBox->findData(formatId);
    if (index >= 0)
        m_ui->formatBox->setCurrentIndex(index);
}

QStringList ExportDialog::formatIds() const
{
    QStringList ids;
    for (int i = 0; i < m_ui->formatBox->count(); ++i)
        ids.append(m_ui->formatBox->itemData(i).toString());
    return ids;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o = m_options;
    o.separatorLines = m_ui->separatorCheck->isChecked();
    o.weiboAttachImages = m_ui->attachCheck->isChecked();
    o.imageWidth = m_ui->widthSpin->value();
    o.imageScale = m_ui->scaleSpin->value();
    o.imageMaxHeight = m_ui->heightSpin->value();
    return o;
}

QString ExportDialog::destination() const
{
    return m_ui->destinationEdit->text().trimmed();
}

void ExportDialog::setDestination(const QString &path)
{
    m_ui->destinationEdit->setText(path);
}

bool ExportDialog::canExport() const
{
    return !destination().isEmpty();
}

void ExportDialog::formatChanged()
{
    const DigestExporter *format = FormatRegistry::instance().format(formatId());
    const bool images = format && ExportService::writesImages(*format);
    const bool weibo = formatId() == QLatin1String("weibo");
    m_ui->attachCheck->setVisible(weibo);
    m_ui->separatorCheck->setVisible(!images);
    m_ui->imageGroup->setVisible(images || (weibo && m_ui->attachCheck->isChecked()));
    if (images)
        m_ui->hintLabel->setText(tr("A folder gets post-01.png, post-02.png …; a name such as day.png gets "
                                    "day-01.png, day-02.png …"));
    else if (weibo && m_ui->attachCheck->isChecked())
        m_ui->hintLabel->setText(
            tr("The images are saved beside the thread: thread.txt gets thread-01.png …"));
    else
        m_ui->hintLabel->setText(tr("The entries' figures are not part of this file."));
    // Keep the name, change the extension to the format's.
    if (format && !destination().isEmpty() && !QFileInfo(destination()).isDir()) {
        const QFileInfo info(destination());
        setDestination(
            info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + format->fileExtension()));
    }
    // Shrink as well as grow when a group hides.
    layout()->activate();
    resize(width(), sizeHint().height());
}

void ExportDialog::browse()
{
    const DigestExporter *format = FormatRegistry::instance().format(formatId());
    if (!format)
        return;
    const QString filter = tr("%1 (*.%2)").arg(format->name(), format->fileExtension());
    const QString suggested =
        destination().isEmpty() ? QStringLiteral("post.") + format->fileExtension() : destination();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Post"), suggested, filter);
    if (!path.isEmpty())
        setDestination(path);
}

} // namespace DigestStudio
