#include "docks/paperlistpanel.h"

#include "model/digestentry.h"
#include "model/tagtable.h"
#include "models/paperfilterproxymodel.h"
#include "models/paperlistmodel.h"
#include "models/roles.h"
#include "services/preferences.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

#include <QSettings>
#include <algorithm>

namespace DigestStudio {

PaperListPanel::PaperListPanel(DigestDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new PaperListModel(document, this))
    , m_proxy(new PaperFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("paperFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter papers"));
    m_filterEdit->setClearButtonEnabled(true);
    m_unfinishedOnly = new QCheckBox(tr("Unfinished"), this);
    m_unfinishedOnly->setObjectName(QStringLiteral("unfinishedOnly"));
    m_unfinishedOnly->setToolTip(tr("Show only papers not yet reviewed"));
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &PaperFilterProxyModel::setFilterText);
    connect(m_unfinishedOnly, &QCheckBox::toggled, m_proxy, &PaperFilterProxyModel::setUnfinishedOnly);
    m_mineOnly = new QCheckBox(tr("Mine"), this);
    m_mineOnly->setObjectName(QStringLiteral("mineOnly"));
    m_mineOnly->setVisible(false);
    connect(m_mineOnly, &QCheckBox::toggled, this,
            [this](bool on) { m_proxy->setMineOnly(on ? m_person : QString()); });
    setUpView();

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_unfinishedOnly);
    filterRow->addWidget(m_mineOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filterRow);
    layout->addWidget(m_view);
}

void PaperListPanel::setPerson(const QString &person)
{
    m_person = person;
    m_mineOnly->setToolTip(tr("Show only the papers assigned to %1 or for %1 to review").arg(person));
    m_mineOnly->setVisible(!person.isEmpty());
    if (person.isEmpty())
        m_mineOnly->setChecked(false);
    m_proxy->setMineOnly(m_mineOnly->isChecked() ? person : QString());
}

void PaperListPanel::setUpView()
{
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("paperView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropOverwriteMode(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PaperListModel::PositionColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PaperListModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PaperListModel::TagColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PaperListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PaperListModel::ZhShortTitleColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(PaperListModel::MarkersColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PaperListModel::PresenceColumn, QHeaderView::ResizeToContents);
    // Who else is here is shown beside the position, where a narrow list still shows it.
    header->moveSection(header->visualIndex(PaperListModel::PresenceColumn), 1);
    header->resizeSection(PaperListModel::ZhShortTitleColumn, fontMetrics().averageCharWidth() * 14);
    connect(m_view, &QWidget::customContextMenuRequested, this, &PaperListPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentEntryChanged(current.isValid() ? current.data(Roles::EntryIndexRole).toInt()
                                                             : -1);
            });
}

void PaperListPanel::showEntry(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_view->selectionModel()->clearCurrentIndex();
        return;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, PaperListModel::PositionColumn));
    if (!index.isValid()) {
        // Filtered out: show it anyway by clearing the filter.
        m_filterEdit->clear();
        m_unfinishedOnly->setChecked(false);
        m_mineOnly->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(row, PaperListModel::PositionColumn));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QList<int> PaperListPanel::selectedEntries() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.data(Roles::EntryIndexRole).toInt());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void PaperListPanel::showContextMenu(const QPoint &pos)
{
    if (selectedEntries().isEmpty())
        return;
    QMenu menu(this);
    QMenu *tagMenu = menu.addMenu(tr("&Tag as"));
    const TagTable table = Preferences::tagTable(QSettings());
    for (const QString &tag : table.tags()) {
        tagMenu->addAction(QStringLiteral("%1 - %2").arg(tag, table.chineseName(tag)), this,
                           [this, tag] { Q_EMIT tagRequested(tag); });
    }
    tagMenu->addSeparator();
    tagMenu->addAction(tr("Other…"), this, [this] {
        bool ok = false;
        const QString tag =
            QInputDialog::getText(this, tr("Tag Papers"), tr("Tag:"), QLineEdit::Normal, QString(), &ok)
                .trimmed()
                .toUpper();
        if (ok && !tag.isEmpty())
            Q_EMIT tagRequested(tag);
    });
    QMenu *statusMenu = menu.addMenu(tr("&Mark as"));
    statusMenu->addAction(QIcon(QStringLiteral(":/icons/status-draft.svg")), tr("Draft"), this,
                          [this] { Q_EMIT statusRequested(int(DigestEntry::Status::Draft)); });
    statusMenu->addAction(QIcon(QStringLiteral(":/icons/status-translated.svg")), tr("Translated"), this,
                          [this] { Q_EMIT statusRequested(int(DigestEntry::Status::Translated)); });
    statusMenu->addAction(QIcon(QStringLiteral(":/icons/status-reviewed.svg")), tr("Reviewed"), this,
                          [this] { Q_EMIT statusRequested(int(DigestEntry::Status::Reviewed)); });
    addAssignMenus(&menu);
    if (m_removeAction) {
        menu.addSeparator();
        menu.addAction(m_removeAction);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void PaperListPanel::addAssignMenus(QMenu *menu)
{
    if (m_people.isEmpty())
        return;
    QMenu *assignee = menu->addMenu(tr("&Assign to"));
    assignee->setObjectName(QStringLiteral("assignMenu"));
    QMenu *reviewer = menu->addMenu(tr("Re&viewer"));
    reviewer->setObjectName(QStringLiteral("reviewerMenu"));
    for (QMenu *sub : {assignee, reviewer}) {
        const bool asReviewer = sub == reviewer;
        for (const QString &person : qAsConst(m_people))
            sub->addAction(person, this,
                           [this, person, asReviewer] { Q_EMIT assignRequested(person, asReviewer); });
        sub->addSeparator();
        sub->addAction(tr("Nobody"), this,
                       [this, asReviewer] { Q_EMIT assignRequested(QString(), asReviewer); });
    }
}

} // namespace DigestStudio
