#include "controllers/suggestionscontroller.h"

#include "common/windowstatusbar.h"
#include "docks/lookuppanel.h"
#include "services/listingservice.h"
#include "services/settingskeys.h"
#include "services/suggestionservice.h"

#include <QSettings>

namespace DigestStudio {

SuggestionsController::SuggestionsController(Library *library, ListingService *listing, LookupPanel *panel,
                                             WindowStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_service(new SuggestionService(library, this))
    , m_statusBar(statusBar)
{
    setObjectName(QStringLiteral("suggestionsController"));
    RankerOptions options;
    options.categories = listing->defaultCategories();
    m_service->setOptions(options);
    const QSettings settings;
    m_service->setTopCount(SettingsKeys::SuggestionsTopCount.value(settings));
    m_service->watch(listing);
    panel->setSuggestions(m_service);
    panel->setMinScore(SettingsKeys::SuggestionsMinScore.value(settings));
    connect(panel, &LookupPanel::minScoreChanged, this,
            [](int percent) { SettingsKeys::SuggestionsMinScore.setValue(percent); });
    connect(m_service, &SuggestionService::trainingProgress, this, [this](int done, int total) {
        m_statusBar->showMessage(tr("Training the suggestions: step %1 of %2…").arg(done).arg(total), 3000);
    });
    connect(m_service, &SuggestionService::trained, this,
            [this] { m_statusBar->showMessage(tr("Suggestions updated."), 3000); });
    connect(m_service, &SuggestionService::failed, this,
            [this](const QString &message) { m_statusBar->showMessage(message, 8000); });
    if (library)
        m_service->retrain();
}

void SuggestionsController::retrain()
{
    m_service->retrain();
}

void SuggestionsController::watch(PublishingService *publishing)
{
    m_service->watch(publishing);
}

} // namespace DigestStudio
