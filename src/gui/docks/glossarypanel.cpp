#include "docks/glossarypanel.h"

#include "common/plaintext.h"
#include "document/glossarycommand.h"
#include "formats/glossarycsv.h"
#include "models/glossarymodel.h"
#include "models/roles.h"
#include "text/glossary.h"
#include "util/boundedfile.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace DigestStudio {

GlossaryPanel::GlossaryPanel(Glossary *glossary, QWidget *parent)
    : QWidget(parent)
    , m_glossary(glossary)
    , m_undoStack(new QUndoStack(this))
    , m_model(new GlossaryModel(glossary, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
{
    setObjectName(QStringLiteral("GlossaryPanel"));
    m_undoStack->setObjectName(QStringLiteral("glossaryUndoStack"));
    m_model->setUndoStack(m_undoStack);
    // A glossary loaded again (another library, another process's change) makes the steps meaningless.
    connect(m_glossary, &Glossary::termsReset, this, [this] {
        if (!GlossaryCommand::applying())
            m_undoStack->clear();
    });
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("glossaryView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(GlossaryModel::EnglishColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(GlossaryModel::EnglishColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(GlossaryModel::EnglishColumn,
                                              fontMetrics().averageCharWidth() * 18);
    m_view->horizontalHeader()->resizeSection(GlossaryModel::ChineseColumn,
                                              fontMetrics().averageCharWidth() * 14);
    m_view->setWordWrap(false);

    m_filter->setObjectName(QStringLiteral("glossaryFilter"));
    m_filter->setPlaceholderText(tr("Filter terms"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addTermButton"));
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add a term"));
    connect(add, &QToolButton::clicked, this, &GlossaryPanel::addTerm);
    auto *remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("removeTermsButton"));
    remove->setText(QStringLiteral("\u2212"));
    remove->setToolTip(tr("Remove the selected terms"));
    connect(remove, &QToolButton::clicked, this, &GlossaryPanel::removeSelected);
    // Import and export are rarer: one menu button keeps the dock narrow.
    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("csvButton"));
    more->setText(tr("CSV"));
    more->setToolTip(tr("Import or export the glossary as CSV"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addAction(tr("Import…"), this, &GlossaryPanel::importInteractively)
        ->setToolTip(tr("Replace the glossary with the terms of a CSV file"));
    menu->addAction(tr("Export…"), this, &GlossaryPanel::exportInteractively);
    more->setMenu(menu);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_filter, 1);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(more);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_view);

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == GlossaryModel::ChineseColumn ||
            index.column() == GlossaryModel::EnglishColumn) {
            const int row = index.data(Roles::TermIndexRole).toInt();
            Q_EMIT renderingRequested(m_glossary->term(row).chinese());
        }
    });
}

void GlossaryPanel::addTerm()
{
    m_filter->clear();
    auto *command = GlossaryCommand::add(m_glossary, GlossaryTerm(tr("new term"), QString()));
    m_undoStack->push(command);
    const int row = command->addedRow();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, GlossaryModel::EnglishColumn));
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void GlossaryPanel::removeSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    if (!rows.isEmpty())
        m_undoStack->push(GlossaryCommand::remove(m_glossary, rows));
}

bool GlossaryPanel::importCsv(const QString &path, QString *error)
{
    QByteArray bytes;
    if (!BoundedFile::read(path, GlossaryCsv::MaxBytes, &bytes, error))
        return false;
    QVector<GlossaryTerm> terms;
    QString why;
    if (!GlossaryCsv::read(bytes, &terms, &why)) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    m_undoStack->push(GlossaryCommand::replace(m_glossary, terms));
    return true;
}

bool GlossaryPanel::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(GlossaryCsv::write(m_glossary->terms())) < 0 ||
        !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void GlossaryPanel::importInteractively()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Glossary"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importCsv(path, &error))
        PlainText::warning(this, tr("Import Glossary"), error);
}

void GlossaryPanel::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Glossary"), tr("glossary.csv"),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        PlainText::warning(this, tr("Export Glossary"), error);
}

} // namespace DigestStudio
