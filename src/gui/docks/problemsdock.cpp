#include "docks/problemsdock.h"

#include "checks/checkregistry.h"
#include "common/fieldlabels.h"
#include "common/plaintext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace DigestStudio {

namespace {
constexpr int FindingIndexRole = Qt::UserRole + 1;
} // namespace

ProblemsDock::ProblemsDock(QWidget *parent)
    : QDockWidget(tr("Problems"), parent)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<Finding>();
    setObjectName(QStringLiteral("ProblemsDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    m_tree = new QTreeWidget(content);
    m_tree->setObjectName(QStringLiteral("problemsTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("Where"), tr("Problem")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree);

    auto *buttons = new QHBoxLayout;
    m_summary = PlainText::label(new QLabel(content));
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    buttons->addWidget(m_summary, 1);
    m_fixButton = new QPushButton(tr("&Fix"), content);
    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    m_fixButton->setToolTip(tr("Apply the safe fix of the selected problem (undoable)"));
    m_fixAllButton = new QPushButton(tr("Fix &All"), content);
    m_fixAllButton->setObjectName(QStringLiteral("fixAllButton"));
    m_fixAllButton->setToolTip(tr("Apply every safe fix listed (undoable)"));
    buttons->addWidget(m_fixButton);
    buttons->addWidget(m_fixAllButton);
    layout->addLayout(buttons);
    setWidget(content);

    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &ProblemsDock::checkNow);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = item->data(0, FindingIndexRole).toInt();
        if (index >= 0 && index < m_findings.size())
            Q_EMIT findingActivated(m_findings.at(index));
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ProblemsDock::updateButtons);
    connect(m_fixButton, &QPushButton::clicked, this, [this] {
        const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
        if (selected.isEmpty())
            return;
        const int index = selected.first()->data(0, FindingIndexRole).toInt();
        if (index >= 0 && index < m_findings.size() && m_findings.at(index).hasFix)
            Q_EMIT fixRequested(m_findings.at(index));
    });
    connect(m_fixAllButton, &QPushButton::clicked, this, [this] {
        // Later ranges first, so that a fix never shifts the range of one still to come in the same field.
        QVector<Finding> fixes;
        for (const Finding &f : qAsConst(m_findings)) {
            if (f.hasFix)
                fixes.append(f);
        }
        std::sort(fixes.begin(), fixes.end(),
                  [](const Finding &a, const Finding &b) { return a.start > b.start; });
        for (const Finding &f : qAsConst(fixes))
            Q_EMIT fixRequested(f);
    });
    rebuild();
}

void ProblemsDock::setContext(const CheckContext &context)
{
    m_context = context;
    m_timer->start();
}

void ProblemsDock::checkNow()
{
    m_timer->stop();
    m_findings = CheckRegistry::instance().run(m_context);
    rebuild();
    Q_EMIT findingsChanged();
}

QVector<Finding> ProblemsDock::findingsFor(int entry) const
{
    QVector<Finding> result;
    for (const Finding &f : m_findings) {
        if (f.entry == entry)
            result.append(f);
    }
    return result;
}

int ProblemsDock::errorCount() const
{
    return static_cast<int>(std::count_if(m_findings.cbegin(), m_findings.cend(), [](const Finding &f) {
        return f.severity == Finding::Severity::Error;
    }));
}

int ProblemsDock::warningCount() const
{
    return static_cast<int>(std::count_if(m_findings.cbegin(), m_findings.cend(), [](const Finding &f) {
        return f.severity == Finding::Severity::Warning;
    }));
}

QString ProblemsDock::summaryText() const
{
    if (m_findings.isEmpty())
        return tr("No problems found");
    return tr("%n error(s)", nullptr, errorCount()) + QStringLiteral(", ") +
           tr("%n warning(s)", nullptr, warningCount());
}

QString ProblemsDock::locationText(const Finding &finding) const
{
    if (finding.entry < 0)
        return tr("Digest");
    QString where = tr("Paper %1").arg(finding.entry + 1);
    if (finding.hasField)
        where += QStringLiteral(" · ") + FieldLabels::title(finding.field);
    return where;
}

void ProblemsDock::rebuild()
{
    m_tree->clear();
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &f = m_findings.at(i);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, locationText(f));
        item->setText(1, f.message);
        item->setToolTip(1, PlainText::toolTip(f.message));
        item->setData(0, FindingIndexRole, i);
        const QStyle::StandardPixmap icon =
            f.severity == Finding::Severity::Error     ? QStyle::SP_MessageBoxCritical
            : f.severity == Finding::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                       : QStyle::SP_MessageBoxInformation;
        item->setIcon(0, style()->standardIcon(icon));
    }
    m_summary->setText(summaryText());
    updateButtons();
}

void ProblemsDock::updateButtons()
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    bool selectedHasFix = false;
    if (!selected.isEmpty()) {
        const int index = selected.first()->data(0, FindingIndexRole).toInt();
        selectedHasFix = index >= 0 && index < m_findings.size() && m_findings.at(index).hasFix;
    }
    m_fixButton->setEnabled(selectedHasFix);
    m_fixAllButton->setEnabled(
        std::any_of(m_findings.cbegin(), m_findings.cend(), [](const Finding &f) { return f.hasFix; }));
}

} // namespace DigestStudio
