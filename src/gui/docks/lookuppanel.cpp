#include "docks/lookuppanel.h"

#include "common/plaintext.h"
#include "docks/suggestionscoredelegate.h"
#include "model/arxivid.h"
#include "model/paperstore.h"
#include "model/tagtable.h"
#include "services/intakereport.h"
#include "services/listingservice.h"
#include "services/paperintake.h"
#include "services/preferences.h"
#include "services/suggestionservice.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace DigestStudio {

namespace {

enum Column { TitleColumn, AuthorsColumn, FeaturedColumn, ScoreColumn };

QStringList keywords(const QString &text)
{
    QStringList words;
    for (const QString &w : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString k = w.trimmed();
        if (!k.isEmpty())
            words.append(k);
    }
    return words;
}

} // namespace

LookupPanel::LookupPanel(PaperIntake *intake, ListingService *listing, QWidget *parent)
    : QWidget(parent)
    , m_intake(intake)
    , m_listing(listing)
    , m_store(intake->store())
    , m_categories(listing->defaultCategories())
{
    createWidgets();
    createLayout();
    connectSignals();
    updatePaging();
}

void LookupPanel::createWidgets()
{
    m_pasteEdit = new QPlainTextEdit(this);
    m_pasteEdit->setObjectName(QStringLiteral("pasteEdit"));
    m_pasteEdit->setPlaceholderText(tr("Paste arXiv ids, links or any text holding them"));
    m_pasteEdit->setMaximumHeight(90);
    m_addPastedButton = new QPushButton(tr("Add"), this);
    m_addPastedButton->setObjectName(QStringLiteral("addPastedButton"));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search arXiv"));
    m_searchButton = new QPushButton(tr("Search"), this);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_previousButton = new QPushButton(tr("Previous"), this);
    m_previousButton->setObjectName(QStringLiteral("previousButton"));
    m_nextButton = new QPushButton(tr("Next"), this);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_pageLabel = PlainText::label(new QLabel(this));
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_listingButton = new QPushButton(tr("Today's listing"), this);
    m_listingButton->setObjectName(QStringLiteral("listingButton"));
    m_crossCheck = new QCheckBox(tr("Cross-lists"), this);
    m_crossCheck->setObjectName(QStringLiteral("crossCheck"));
    m_crossCheck->setChecked(m_listing->crossListsByDefault());
    m_includeEdit = new QLineEdit(this);
    m_includeEdit->setObjectName(QStringLiteral("includeEdit"));
    m_includeEdit->setPlaceholderText(tr("Only with: keywords, comma-separated"));
    m_excludeEdit = new QLineEdit(this);
    m_excludeEdit->setObjectName(QStringLiteral("excludeEdit"));
    m_excludeEdit->setPlaceholderText(tr("Without: keywords, comma-separated"));
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setHeaderLabels({tr("Title"), tr("Authors"), tr("Featured before"), tr("Suggestion")});
    m_results->setItemDelegateForColumn(ScoreColumn, new SuggestionScoreDelegate(m_results));
    m_results->setColumnHidden(ScoreColumn, true);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    // Short columns as wide as their header or their widest cell, whichever is wider (a translated header
    // is longer than the English one).
    m_results->header()->setSectionResizeMode(FeaturedColumn, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(ScoreColumn, QHeaderView::ResizeToContents);
    m_sortCheck = new QCheckBox(tr("Sort by suggestion"), this);
    m_sortCheck->setObjectName(QStringLiteral("sortCheck"));
    m_sortCheck->setChecked(true);
    m_sortCheck->setVisible(false);
    m_minScoreSpin = new QSpinBox(this);
    m_minScoreSpin->setObjectName(QStringLiteral("minScoreSpin"));
    m_minScoreSpin->setRange(0, 100);
    m_minScoreSpin->setSingleStep(10);
    m_minScoreSpin->setPrefix(tr("Hide below "));
    m_minScoreSpin->setSuffix(QStringLiteral("%"));
    m_minScoreSpin->setSpecialValueText(tr("Show every score"));
    m_minScoreSpin->setToolTip(tr("Hide the papers whose score bar is shorter than this: a share of the way "
                                  "from today's lowest score to its highest"));
    m_minScoreSpin->setVisible(false);
    m_tickSuggestedButton = new QPushButton(tr("Tick suggested"), this);
    m_tickSuggestedButton->setObjectName(QStringLiteral("tickSuggestedButton"));
    m_tickSuggestedButton->setToolTip(tr("Tick the papers marked as suggested"));
    m_notForUsButton = new QPushButton(tr("Not for us"), this);
    m_notForUsButton->setObjectName(QStringLiteral("notForUsButton"));
    m_notForUsButton->setToolTip(tr("The selected papers are not for this digest: suggest fewer like them"));
    m_suggestionLabel = PlainText::label(new QLabel(this));
    m_suggestionLabel->setObjectName(QStringLiteral("suggestionLabel"));
    m_suggestionLabel->setWordWrap(true);
    for (QWidget *w : {static_cast<QWidget *>(m_tickSuggestedButton),
                       static_cast<QWidget *>(m_notForUsButton), static_cast<QWidget *>(m_suggestionLabel)})
        w->setVisible(false);
    m_addSelectedButton = new QPushButton(tr("Add selected"), this);
    m_addSelectedButton->setObjectName(QStringLiteral("addSelectedButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setVisible(false);
    m_messageLabel = PlainText::label(new QLabel(this)); // the server's errors among them
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void LookupPanel::createLayout()
{
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_pasteEdit, 1);
    pasteRow->addWidget(m_addPastedButton, 0, Qt::AlignTop);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_searchButton);
    auto *listingRow = new QHBoxLayout;
    listingRow->addWidget(m_listingButton);
    listingRow->addWidget(m_crossCheck);
    listingRow->addStretch(1);
    auto *filters = new QFormLayout;
    filters->addRow(tr("Include:"), m_includeEdit);
    filters->addRow(tr("Exclude:"), m_excludeEdit);
    auto *pageRow = new QHBoxLayout;
    pageRow->addWidget(m_previousButton);
    pageRow->addWidget(m_pageLabel, 1, Qt::AlignCenter);
    pageRow->addWidget(m_nextButton);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pasteRow);
    layout->addLayout(searchRow);
    layout->addLayout(listingRow);
    layout->addLayout(filters);
    auto *suggestRow = new QHBoxLayout;
    suggestRow->addWidget(m_sortCheck);
    suggestRow->addWidget(m_minScoreSpin);
    suggestRow->addStretch(1);
    suggestRow->addWidget(m_tickSuggestedButton);
    suggestRow->addWidget(m_notForUsButton);
    layout->addLayout(suggestRow);
    layout->addWidget(m_suggestionLabel);
    layout->addWidget(m_results, 1);
    layout->addLayout(pageRow);
    layout->addWidget(m_addSelectedButton);
    layout->addLayout(progressRow);
    layout->addWidget(m_messageLabel);
}

void LookupPanel::connectSignals()
{
    connect(m_addPastedButton, &QPushButton::clicked, this, &LookupPanel::addPasted);
    connect(m_searchButton, &QPushButton::clicked, this, &LookupPanel::search);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &LookupPanel::search);
    connect(m_previousButton, &QPushButton::clicked, this, &LookupPanel::previousPage);
    connect(m_nextButton, &QPushButton::clicked, this, &LookupPanel::nextPage);
    connect(m_listingButton, &QPushButton::clicked, this, &LookupPanel::loadListing);
    connect(m_includeEdit, &QLineEdit::textChanged, this, &LookupPanel::applyFilters);
    connect(m_excludeEdit, &QLineEdit::textChanged, this, &LookupPanel::applyFilters);
    connect(m_addSelectedButton, &QPushButton::clicked, this, &LookupPanel::addSelected);
    connect(m_sortCheck, &QCheckBox::toggled, this, &LookupPanel::applySuggestions);
    connect(m_minScoreSpin, QOverload<int>::of(&QSpinBox::valueChanged), this, [this](int percent) {
        applyFilters();
        Q_EMIT minScoreChanged(percent);
    });
    connect(m_tickSuggestedButton, &QPushButton::clicked, this, &LookupPanel::tickSuggested);
    connect(m_notForUsButton, &QPushButton::clicked, this, &LookupPanel::markNotForUs);
    connect(m_cancelButton, &QPushButton::clicked, this, &LookupPanel::cancel);
    connect(m_intake, &PaperIntake::lookupFinished, this, &LookupPanel::onLookupFinished);
    connect(m_listing, &ListingService::finished, this, &LookupPanel::onListingFinished);
    connect(m_intake, &PaperIntake::searchFinished, this, &LookupPanel::onSearchFinished);
    connect(m_intake, &PaperIntake::progress, this, &LookupPanel::onProgress);
    connect(m_intake, &PaperIntake::retrying, this, &LookupPanel::onRetrying);
    connect(m_listing, &ListingService::progress, this, &LookupPanel::onProgress);
    connect(m_listing, &ListingService::retrying, this, &LookupPanel::onRetrying);
}

void LookupPanel::setIncludeCrossLists(bool include)
{
    m_crossCheck->setChecked(include);
}

QString LookupPanel::message() const
{
    return m_messageLabel->text();
}

int LookupPanel::visibleResultCount() const
{
    int count = 0;
    for (int i = 0; i < m_results->topLevelItemCount(); ++i)
        count += m_results->topLevelItem(i)->isHidden() ? 0 : 1;
    return count;
}

void LookupPanel::start(quint64 operation, Purpose purpose, const QString &what)
{
    m_operation = operation;
    m_purpose = purpose;
    m_progress->setRange(0, 0); // busy until the first progress report
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    for (QWidget *w : {static_cast<QWidget *>(m_addPastedButton), static_cast<QWidget *>(m_searchButton),
                       static_cast<QWidget *>(m_listingButton), static_cast<QWidget *>(m_addSelectedButton),
                       static_cast<QWidget *>(m_previousButton), static_cast<QWidget *>(m_nextButton)})
        w->setEnabled(false);
    showMessage(what);
}

void LookupPanel::finish()
{
    m_operation = 0;
    m_purpose = Purpose::None;
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_addPastedButton->setEnabled(true);
    m_searchButton->setEnabled(true);
    m_listingButton->setEnabled(true);
    m_addSelectedButton->setEnabled(true);
    updatePaging();
}

void LookupPanel::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void LookupPanel::addPasted()
{
    if (isBusy())
        return;
    const PaperIntake::Request request = PaperIntake::readText(m_pasteEdit->toPlainText());
    m_pastedMalformed = request.malformed;
    if (request.ids.isEmpty()) {
        IntakeReport report;
        report.malformed = request.malformed;
        showMessage(report.malformed.isEmpty() ? tr("No arXiv ids found in the pasted text.")
                                               : report.summary(),
                    true);
        return;
    }
    start(m_intake->lookup(request.ids), Purpose::Paste,
          tr("Looking up %n paper(s)...", "", int(request.ids.size())));
}

void LookupPanel::search()
{
    if (isBusy())
        return;
    const QString query = m_searchEdit->text().simplified();
    if (query.isEmpty()) {
        showMessage(tr("Type words to search for."), true);
        return;
    }
    if (query != m_searchQuery)
        m_searchStart = 0;
    m_searchQuery = query;
    start(m_intake->search(query, m_searchStart, m_pageSize), Purpose::Search, tr("Searching arXiv..."));
}

void LookupPanel::nextPage()
{
    if (isBusy() || m_searchStart + m_pageSize >= m_searchTotal)
        return;
    m_searchStart += m_pageSize;
    start(m_intake->search(m_searchQuery, m_searchStart, m_pageSize), Purpose::Search,
          tr("Searching arXiv..."));
}

void LookupPanel::previousPage()
{
    if (isBusy() || m_searchStart == 0)
        return;
    m_searchStart = qMax(0, m_searchStart - m_pageSize);
    start(m_intake->search(m_searchQuery, m_searchStart, m_pageSize), Purpose::Search,
          tr("Searching arXiv..."));
}

void LookupPanel::loadListing()
{
    if (isBusy())
        return;
    if (m_categories.isEmpty()) {
        showMessage(tr("Choose the categories of the daily listing in the preferences."), true);
        return;
    }
    m_searchQuery.clear();
    m_searchTotal = 0;
    start(m_listing->fetch(m_categories, m_crossCheck->isChecked()), Purpose::Listing,
          tr("Fetching today's listing for %1...").arg(m_categories.join(QStringLiteral(", "))));
}

void LookupPanel::addSelected()
{
    if (isBusy())
        return;
    QVector<ArxivId> ids;
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_results->topLevelItem(i);
        if (item->isHidden() || item->checkState(TitleColumn) != Qt::Checked)
            continue;
        const Paper &paper = m_papers.at(item->data(TitleColumn, Qt::UserRole).toInt());
        ids.append(ArxivId::parse(paper.id()));
    }
    if (ids.isEmpty()) {
        showMessage(tr("Tick the papers to add first."), true);
        return;
    }
    m_pastedMalformed.clear();
    start(m_intake->lookup(ids), Purpose::Selected, tr("Looking up %n paper(s)...", "", int(ids.size())));
}

void LookupPanel::cancel()
{
    if (!isBusy())
        return;
    if (m_purpose == Purpose::Listing)
        m_listing->cancel(m_operation);
    else
        m_intake->cancel(m_operation);
}

void LookupPanel::onProgress(quint64 operation, int done, int total)
{
    if (operation != m_operation)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void LookupPanel::onRetrying(quint64 operation, const QString &reason, int delayMs)
{
    if (operation != m_operation)
        return;
    showMessage(tr("%1; trying again in %2 s...").arg(reason).arg(delayMs / 1000.0, 0, 'f', 1));
}

void LookupPanel::onLookupFinished(quint64 operation, const ArxivLookupResult &result)
{
    if (operation != m_operation)
        return;
    const Purpose purpose = m_purpose;
    finish();
    if (result.cancelled) {
        showMessage(tr("Cancelled."));
        return;
    }
    IntakeReport report(result);
    report.malformed = m_pastedMalformed;
    m_pastedMalformed.clear();
    const bool failed = report.failed();
    showMessage(report.summary(IntakeReport::Outcome::Added), failed);
    if (purpose == Purpose::Paste && !failed)
        m_pasteEdit->clear();
    if (!result.papers.isEmpty())
        Q_EMIT papersChosen(result.papers);
}

void LookupPanel::onListingFinished(quint64 operation, const ArxivListingResult &result)
{
    if (operation != m_operation)
        return;
    finish();
    if (result.cancelled) {
        showMessage(tr("Cancelled."));
        return;
    }
    if (!result.error.isEmpty()) {
        showMessage(tr("The daily listing could not be fetched: %1.").arg(result.error), true);
        return;
    }
    const QVector<Paper> papers = ListingService::papers(result);
    m_showingListing = true;
    showResults(papers);
    if (!result.notice.isEmpty())
        showMessage(result.notice);
    else
        showMessage(tr("%n new paper(s) today.", "", int(papers.size())));
}

void LookupPanel::onSearchFinished(quint64 operation, const ArxivSearchResult &result)
{
    if (operation != m_operation)
        return;
    finish();
    if (result.cancelled) {
        showMessage(tr("Cancelled."));
        return;
    }
    if (!result.error.isEmpty()) {
        showMessage(tr("The search failed: %1.").arg(result.error), true);
        return;
    }
    m_searchTotal = result.totalResults;
    m_searchStart = result.start;
    m_showingListing = false;
    showResults(result.papers);
    updatePaging();
    showMessage(result.totalResults == 0 ? tr("Nothing on arXiv matches '%1'.").arg(result.query)
                                         : tr("%n paper(s) match.", "", result.totalResults));
}

QString LookupPanel::featuredText(const QString &arxivId) const
{
    if (!m_store)
        return QString();
    const QVector<FeaturedIn> featured = m_store->featuredIn(arxivId, m_digestId);
    if (featured.isEmpty())
        return QString();
    const FeaturedIn &last = featured.constFirst();
    return tr("%1, #%2 (v%3)").arg(last.date.toString(Qt::ISODate)).arg(last.position).arg(last.version);
}

void LookupPanel::showResults(const QVector<Paper> &papers)
{
    m_papers = papers;
    m_results->clear();
    const TagTable tags = Preferences::tagTable(QSettings());
    for (int i = 0; i < papers.size(); ++i) {
        const Paper &p = papers.at(i);
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(TitleColumn,
                      QStringLiteral("[%1] %2").arg(tags.tagForCategory(p.primaryCategory()), p.title()));
        item->setToolTip(TitleColumn, PlainText::toolTip(p.abstract()));
        item->setText(AuthorsColumn, p.authors().join(QStringLiteral(", ")));
        const QString featured = featuredText(p.id());
        item->setText(FeaturedColumn, featured);
        if (!featured.isEmpty())
            item->setToolTip(FeaturedColumn, tr("An earlier digest featured this paper"));
        item->setData(TitleColumn, Qt::UserRole, i);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(TitleColumn, Qt::Unchecked);
    }
    applySuggestions();
    applyFilters();
}

int LookupPanel::minScore() const
{
    return m_minScoreSpin->value();
}

void LookupPanel::setMinScore(int percent)
{
    m_minScoreSpin->setValue(percent);
}

void LookupPanel::applyFilters()
{
    const QStringList include = keywords(m_includeEdit->text());
    const QStringList exclude = keywords(m_excludeEdit->text());
    const double minShare = m_minScoreSpin->value() / 100.0;
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_results->topLevelItem(i);
        const Paper &p = m_papers.at(item->data(TitleColumn, Qt::UserRole).toInt());
        const QString text = p.title() + QLatin1Char('\n') + p.abstract() + QLatin1Char('\n') +
                             p.authors().join(QStringLiteral(", "));
        bool shown = include.isEmpty();
        for (const QString &k : include)
            shown = shown || text.contains(k, Qt::CaseInsensitive);
        for (const QString &k : exclude)
            shown = shown && !text.contains(k, Qt::CaseInsensitive);
        // Only a ranked listing has a score (searches and pasted ids keep every row).
        const QVariant share = item->data(ScoreColumn, SuggestionScoreDelegate::ScoreRole);
        if (share.isValid() && !m_results->isColumnHidden(ScoreColumn))
            shown = shown && share.toDouble() >= minShare;
        item->setHidden(!shown);
    }
}

void LookupPanel::updatePaging()
{
    const bool paged = !m_searchQuery.isEmpty() && m_searchTotal > 0;
    m_previousButton->setVisible(paged);
    m_nextButton->setVisible(paged);
    m_pageLabel->setVisible(paged);
    if (!paged)
        return;
    const int last = qMin(m_searchStart + m_pageSize, m_searchTotal);
    m_pageLabel->setText(tr("%1–%2 of %3").arg(m_searchStart + 1).arg(last).arg(m_searchTotal));
    m_previousButton->setEnabled(!isBusy() && m_searchStart > 0);
    m_nextButton->setEnabled(!isBusy() && last < m_searchTotal);
}

} // namespace DigestStudio
