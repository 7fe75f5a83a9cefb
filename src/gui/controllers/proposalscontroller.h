// The morning run's proposals in the window: Keep (Enter in the paper list) makes a proposal an ordinary
// entry; Delete drops it (removed, and marked "not for us" so that the ranker learns), each one undo step;
// and the bar that says what the last run did, with a button to the first proposal.
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace DigestStudio {

class DigestDocument;
class Library;
class MorningRunBar;
class ReviewController;
class SuggestionService;

class ProposalsController final : public QObject
{
    Q_OBJECT

public:
    // `library` may be null (no bar). None owned.
    ProposalsController(DigestDocument *document, ReviewController *review, SuggestionService *suggestions,
                        QWidget *window);

    void setLibrary(Library *library) { m_library = library; }
    QAction *keepAction() const { return m_keep; }
    MorningRunBar *bar() const { return m_bar; }

public Q_SLOTS:
    void keepSelected();
    // Delete in the paper list: the selected papers leave the digest; the proposals among them are dropped.
    void removeSelected();
    void goToFirstProposal();
    // After a digest is opened: the bar, when the last run prepared this digest and proposals remain.
    void showLastRun();

private:
    void updateActions();

    DigestDocument *m_document;
    ReviewController *m_review;
    SuggestionService *m_suggestions;
    Library *m_library = nullptr;
    QAction *m_keep;
    MorningRunBar *m_bar;
};

} // namespace DigestStudio
