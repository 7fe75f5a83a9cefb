#include "dialogs/importpostsdialog.h"
#include "common/plaintext.h"
#include "ui_importpostsdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>

#include <algorithm>
#include <functional>

namespace DigestStudio {

namespace {

enum Column { FileColumn, DateColumn, ResultColumn };

} // namespace

ImportPostsDialog::ImportPostsDialog(const QStringList &files, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportPostsDialog>())
{
    m_ui->setupUi(this);
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->filesTable->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    m_ui->filesTable->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_import = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_undo = m_ui->buttonBox->addButton(tr("&Undo Import"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setToolTip(tr("Remove the digests this import made from the library"));
    m_undo->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, [this] {
        m_import->setEnabled(false);
        Q_EMIT importRequested();
    });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        m_undo->setEnabled(false);
        Q_EMIT undoRequested();
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &ImportPostsDialog::chooseFiles);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ImportPostsDialog::removeSelected);
    connect(m_ui->oneDateCheck, &QCheckBox::toggled, m_ui->dateEdit, &QWidget::setEnabled);
    connect(m_ui->oneDateCheck, &QCheckBox::toggled, this, &ImportPostsDialog::refreshDates);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &ImportPostsDialog::refreshDates);
    addFiles(files);
}

ImportPostsDialog::~ImportPostsDialog() = default;

void ImportPostsDialog::addFiles(const QStringList &files)
{
    for (const QString &file : files) {
        if (m_files.contains(file))
            continue;
        m_files.append(file);
        const int row = m_ui->filesTable->rowCount();
        m_ui->filesTable->insertRow(row);
        auto *name = new QTableWidgetItem(QFileInfo(file).fileName());
        name->setToolTip(PlainText::toolTip(file));
        m_ui->filesTable->setItem(row, FileColumn, name);
        m_ui->filesTable->setItem(row, DateColumn, new QTableWidgetItem);
        m_ui->filesTable->setItem(row, ResultColumn, new QTableWidgetItem(tr("Not imported yet")));
    }
    refreshDates();
}

QDate ImportPostsDialog::date() const
{
    return m_ui->oneDateCheck->isChecked() ? m_ui->dateEdit->date() : QDate();
}

QString ImportPostsDialog::dateText(int row) const
{
    const QTableWidgetItem *item = m_ui->filesTable->item(row, DateColumn);
    return item ? item->text() : QString();
}

QString ImportPostsDialog::resultText(int row) const
{
    const QTableWidgetItem *item = m_ui->filesTable->item(row, ResultColumn);
    return item ? item->text() : QString();
}

QString ImportPostsDialog::summary() const
{
    return m_ui->summaryLabel->text();
}

void ImportPostsDialog::refreshDates()
{
    const QDate chosen = date();
    for (int row = 0; row < m_files.size(); ++row) {
        QString text;
        if (chosen.isValid()) {
            text = tr("%1 (chosen)").arg(chosen.toString(Qt::ISODate));
        } else {
            const QDate named = PostImport::dateFromName(m_files.at(row));
            text =
                named.isValid()
                    ? tr("%1 (from the name)").arg(named.toString(Qt::ISODate))
                    : tr("%1 (today: no date in the name)").arg(QDate::currentDate().toString(Qt::ISODate));
        }
        m_ui->filesTable->item(row, DateColumn)->setText(text);
    }
    m_import->setEnabled(!m_files.isEmpty() && m_outcomes.isEmpty());
    m_ui->summaryLabel->setText(m_outcomes.isEmpty()
                                    ? tr("%n file(s) to import.", nullptr, static_cast<int>(m_files.size()))
                                    : summary());
}

void ImportPostsDialog::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Published Posts"), QString(), tr("Published posts (*.txt *.md);;All files (*)"));
    addFiles(files);
}

void ImportPostsDialog::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->filesTable->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (const int row : rows) {
        m_ui->filesTable->removeRow(row);
        m_files.removeAt(row);
    }
    refreshDates();
}

void ImportPostsDialog::showOutcomes(const QVector<PostImportOutcome> &outcomes)
{
    m_outcomes = outcomes;
    int imported = 0;
    for (int row = 0; row < outcomes.size() && row < m_files.size(); ++row) {
        const PostImportOutcome &o = outcomes.at(row);
        QTableWidgetItem *item = m_ui->filesTable->item(row, ResultColumn);
        if (o.ok) {
            ++imported;
            item->setText(tr("Imported as digest %1 (%n entries)", nullptr, o.entries).arg(o.digestId));
            item->setForeground(QColor(0x2e, 0x8b, 0x57));
        } else {
            item->setText(tr("Refused: %1").arg(o.why()));
            item->setForeground(QColor(0xc0, 0x39, 0x2b));
        }
        item->setToolTip(PlainText::toolTip(item->text()));
        m_ui->filesTable->item(row, DateColumn)->setText(o.date.toString(Qt::ISODate));
    }
    m_ui->filesTable->resizeRowsToContents();
    m_ui->addButton->setEnabled(false);
    m_ui->removeButton->setEnabled(false);
    m_ui->oneDateCheck->setEnabled(false);
    m_ui->dateEdit->setEnabled(false);
    m_import->setEnabled(false);
    m_undo->setEnabled(imported > 0);
    m_ui->summaryLabel->setText(
        tr("Imported %1 of %n file(s).", nullptr, static_cast<int>(outcomes.size())).arg(imported) +
        (imported < outcomes.size() ? QLatin1Char(' ') + tr("The refused files changed nothing.")
                                    : QString()));
}

void ImportPostsDialog::showUndone(bool ok, const QString &error)
{
    m_undo->setEnabled(!ok);
    for (int row = 0; row < m_outcomes.size(); ++row) {
        if (ok && m_outcomes.at(row).ok)
            m_ui->filesTable->item(row, ResultColumn)->setText(tr("Imported, then undone"));
    }
    m_ui->summaryLabel->setText(ok ? tr("The import was undone: its digests are gone from the library.")
                                   : tr("The import could not be undone: %1").arg(error));
}

} // namespace DigestStudio
