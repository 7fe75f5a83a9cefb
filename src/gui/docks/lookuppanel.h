// The lookup dock: paste ids to add them, search arXiv, browse today's listing (ranked by the suggestions,
// with a score bar, the reasons on hover and a "suggested" mark on the best) and add the papers ticked;
// lookups go through PaperIntake, the listing through ListingService and the ranking through
// SuggestionService, as in digestctl.
#pragma once

#include "arxiv/arxivresults.h"
#include "model/paper.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
class QPushButton;
class QTreeWidget;

namespace DigestStudio {

class ListingService;
class PaperIntake;
class PaperStore;
class SuggestionService;
struct Suggestion;

class LookupPanel final : public QWidget
{
    Q_OBJECT

public:
    // Neither is owned. The intake's client also searches; its store (may be null) tells which papers earlier
    // digests featured. The listing's default categories and cross-list choice are the panel's first ones.
    LookupPanel(PaperIntake *intake, ListingService *listing, QWidget *parent = nullptr);

    // The digest being edited: its own entries do not count as "featured before".
    void setCurrentDigestId(qint64 id) { m_digestId = id; }
    void setListingCategories(const QStringList &categories) { m_categories = categories; }
    QStringList listingCategories() const { return m_categories; }
    void setIncludeCrossLists(bool include);
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    // Ranks today's listing (not owned; null: the feed's order and no suggestions).
    void setSuggestions(SuggestionService *suggestions);
    // What the suggestions go by now, in words (the cold start is said).
    QString suggestionStateText() const;

    // What the panel says: progress, results, notices and errors, in words.
    QString message() const;
    bool isBusy() const { return m_operation != 0; }
    // Papers listed and not hidden by the keyword filters or the score threshold.
    int visibleResultCount() const;
    // Listing papers scored below this percentage of the way from the listing's lowest score to its highest
    // are hidden (0: none), as `digestctl suggest --min-score`.
    int minScore() const;
    void setMinScore(int percent);

public Q_SLOTS:
    void addPasted();
    void search();
    void nextPage();
    void previousPage();
    void loadListing();
    void addSelected();
    void cancel();
    // Ticks the papers marked "suggested" that the filters show.
    void tickSuggested();
    // Marks the selected papers "not for us": stored, and the suggestions learn from it.
    void markNotForUs();

Q_SIGNALS:
    // Papers to add to the digest (looked up in full, in the order given).
    void papersChosen(const QVector<DigestStudio::Paper> &papers);
    // The editor changed the score threshold (remembered in the settings).
    void minScoreChanged(int percent);

private:
    enum class Purpose { None, Paste, Selected, Search, Listing };

    void createWidgets();
    void createLayout();
    void connectSignals();

    void start(quint64 operation, Purpose purpose, const QString &what);
    void finish();
    void showMessage(const QString &text, bool error = false);
    void showResults(const QVector<Paper> &papers);
    void applyFilters();
    void updatePaging();
    void applySuggestions();
    void updateSuggestionState();
    QString reasonsText(const Suggestion &suggestion) const;
    QString featuredText(const QString &arxivId) const;

    void onLookupFinished(quint64 operation, const ArxivLookupResult &result);
    void onListingFinished(quint64 operation, const ArxivListingResult &result);
    void onSearchFinished(quint64 operation, const ArxivSearchResult &result);
    void onProgress(quint64 operation, int done, int total);
    void onRetrying(quint64 operation, const QString &reason, int delayMs);

    PaperIntake *m_intake;
    ListingService *m_listing;
    PaperStore *m_store; // the intake's
    qint64 m_digestId = 0;
    QStringList m_categories;
    int m_pageSize = 25;
    int m_searchStart = 0;
    int m_searchTotal = 0;
    QString m_searchQuery;
    quint64 m_operation = 0;
    Purpose m_purpose = Purpose::None;
    QVector<ArxivId> m_pastedMalformed; // named again when the lookup ends
    QVector<Paper> m_papers;            // the papers in m_results, by index
    SuggestionService *m_suggestions = nullptr;
    bool m_showingListing = false;

    QPlainTextEdit *m_pasteEdit = nullptr;
    QPushButton *m_addPastedButton = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPushButton *m_listingButton = nullptr;
    QCheckBox *m_crossCheck = nullptr;
    QLineEdit *m_includeEdit = nullptr;
    QLineEdit *m_excludeEdit = nullptr;
    QTreeWidget *m_results = nullptr;
    QPushButton *m_addSelectedButton = nullptr;
    QCheckBox *m_sortCheck = nullptr;
    QSpinBox *m_minScoreSpin = nullptr;
    QPushButton *m_tickSuggestedButton = nullptr;
    QPushButton *m_notForUsButton = nullptr;
    QLabel *m_suggestionLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace DigestStudio
