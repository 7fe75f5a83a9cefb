// The suggestions that rank the lookup panel's listing: every listing the panel fetches is stored and trained
// on, and so is every digest exported, copied or published; the panel's score threshold is remembered; the
// training is said in the status bar.
#pragma once

#include <QObject>

namespace DigestStudio {

class Library;
class ListingService;
class LookupPanel;
class PublishingService;
class SuggestionService;
class WindowStatusBar;

class SuggestionsController final : public QObject
{
    Q_OBJECT

public:
    // `library` may be null (nothing is remembered). None owned.
    SuggestionsController(Library *library, ListingService *listing, LookupPanel *panel,
                          WindowStatusBar *statusBar, QObject *parent);

    SuggestionService *service() const { return m_service; }

public Q_SLOTS:
    // The digest's papers are the day's picks (it was exported, saved or copied): learn from them.
    void retrain();
    // A digest this service puts in the WeChat draft box is learnt from when it gets there.
    void watch(DigestStudio::PublishingService *publishing);

private:
    SuggestionService *m_service;
    WindowStatusBar *m_statusBar;
};

} // namespace DigestStudio
