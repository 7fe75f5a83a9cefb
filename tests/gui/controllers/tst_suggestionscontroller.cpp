// SuggestionsController: the ranking follows the listing's categories, the lookup panel's score threshold is
// remembered for the next window, and a retraining (after an export) is said in the status bar.
#include "common/guiresources.h"
#include "common/windowstatusbar.h"
#include "controllers/suggestionscontroller.h"
#include "docks/lookuppanel.h"
#include "services/arxivservice.h"
#include "services/listingservice.h"
#include "services/settingskeys.h"
#include "services/suggestionservice.h"
#include "storage/library.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

namespace {

// The lookup panel over an arXiv side that is never asked (nothing is fetched here), and the controller.
struct Window
{
    ArxivService arxiv;
    QWidget widget;
    LookupPanel *panel;
    WindowStatusBar *statusBar;
    SuggestionsController *suggestions;

    Window(const LaunchConfig &config, Library *library)
        : arxiv(config, library)
        , panel(new LookupPanel(arxiv.intake(), arxiv.listing(), &widget))
        , statusBar(new WindowStatusBar(&widget))
        , suggestions(new SuggestionsController(library, arxiv.listing(), panel, statusBar, &widget))
    {}
};

} // namespace

class TestSuggestionsController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-suggestions-test"));
        GuiResources::init();
        QSettings().clear();
    }

    void theRankingFollowsTheListingsCategories()
    {
        LaunchConfig config;
        config.set(SettingsKeys::ArxivListingCategories.name(),
                   QStringList{QStringLiteral("cs.RO"), QStringLiteral("cs.CV")});
        Window window(config, nullptr);
        QCOMPARE(window.suggestions->service()->options().categories,
                 (QStringList{QStringLiteral("cs.RO"), QStringLiteral("cs.CV")}));
    }

    void theScoreThresholdIsRememberedForTheNextWindow()
    {
        {
            Window window(LaunchConfig(), nullptr);
            QCOMPARE(window.panel->minScore(), 0);
            window.panel->setMinScore(35);
        }
        Window next(LaunchConfig(), nullptr);
        QCOMPARE(next.panel->minScore(), 35);
        SettingsKeys::SuggestionsMinScore.setValue(0);
    }

    void aRetrainingIsSaidInTheStatusBar()
    {
        QTemporaryDir dir;
        LibraryError error;
        auto library = Library::open(dir.filePath(QStringLiteral("suggestions.sqlite")), &error);
        QVERIFY2(library, qPrintable(error.message));
        Window window(LaunchConfig(), library.get());
        SuggestionService *service = window.suggestions->service();
        QTRY_VERIFY(!service->isTraining()); // the training at start
        QSignalSpy trained(service, &SuggestionService::trained);
        window.suggestions->retrain();
        QTRY_COMPARE_WITH_TIMEOUT(trained.count(), 1, 20000);
        QCOMPARE(window.statusBar->currentMessage(), QStringLiteral("Suggestions updated."));
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestSuggestionsController)
#include "tst_suggestionscontroller.moc"
