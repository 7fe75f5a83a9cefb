// The lookup dock: paste ids to add them, search arXiv, browse today's listing and add the papers ticked.
#pragma once

#include "arxiv/arxivclient.h"
#include "model/paper.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace DigestStudio {

class PaperStore;

class LookupPanel final : public QWidget
{
    Q_OBJECT

public:
    // `store` (may be null) tells which papers earlier digests featured.
    explicit LookupPanel(ArxivClient *client, PaperStore *store, QWidget *parent = nullptr);

    // The digest being edited: its own entries do not count as "featured before".
    void setCurrentDigestId(qint64 id) { m_digestId = id; }
    void setListingCategories(const QStringList &categories) { m_categories = categories; }
    QStringList listingCategories() const { return m_categories; }
    void setIncludeCrossLists(bool include);
    void setPageSize(int size) { m_pageSize = qMax(1, size); }

    // What the panel says: progress, results, notices and errors, in words.
    QString message() const;
    bool isBusy() const { return m_operation != 0; }
    // Papers listed and not hidden by the keyword filters.
    int visibleResultCount() const;

public Q_SLOTS:
    void addPasted();
    void search();
    void nextPage();
    void previousPage();
    void loadListing();
    void addSelected();
    void cancel();

Q_SIGNALS:
    // Papers to add to the digest (looked up in full, in the order given).
    void papersChosen(const QVector<DigestStudio::Paper> &papers);

private:
    enum class Purpose { None, Paste, Selected, Search, Listing };

    void start(quint64 operation, Purpose purpose, const QString &what);
    void finish();
    void showMessage(const QString &text, bool error = false);
    void showResults(const QVector<Paper> &papers);
    void applyFilters();
    void updatePaging();
    QString featuredText(const QString &arxivId) const;

    void onLookupFinished(quint64 operation, const ArxivClient::LookupResult &result);
    void onListingFinished(quint64 operation, const ArxivClient::ListingResult &result);
    void onSearchFinished(quint64 operation, const ArxivClient::SearchResult &result);
    void onProgress(quint64 operation, int done, int total);
    void onRetrying(quint64 operation, const QString &reason, int delayMs);

    ArxivClient *m_client;
    PaperStore *m_store;
    qint64 m_digestId = 0;
    QStringList m_categories;
    int m_pageSize = 25;
    int m_searchStart = 0;
    int m_searchTotal = 0;
    QString m_searchQuery;
    quint64 m_operation = 0;
    Purpose m_purpose = Purpose::None;
    QStringList m_pastedInvalid; // named again when the lookup ends
    QVector<Paper> m_papers;     // the papers in m_results, by index

    QPlainTextEdit *m_pasteEdit;
    QPushButton *m_addPastedButton;
    QLineEdit *m_searchEdit;
    QPushButton *m_searchButton;
    QPushButton *m_previousButton;
    QPushButton *m_nextButton;
    QLabel *m_pageLabel;
    QPushButton *m_listingButton;
    QCheckBox *m_crossCheck;
    QLineEdit *m_includeEdit;
    QLineEdit *m_excludeEdit;
    QTreeWidget *m_results;
    QPushButton *m_addSelectedButton;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QLabel *m_messageLabel;
};

} // namespace DigestStudio
