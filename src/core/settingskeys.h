// Every settings key of the application, typed, with its default (Tiled's Preference<T> idea).
#pragma once

#include "settingskey.h"

#include <QByteArray>
#include <QStringList>

namespace DigestStudio::SettingsKeys {

// Window
inline const SettingsKey<QByteArray> MainWindowGeometry{"MainWindow/geometry", QByteArray()};
inline const SettingsKey<QByteArray> MainWindowState{"MainWindow/state", QByteArray()};

// Interface
inline const SettingsKey<QString> InterfaceLanguage{"Interface/language", QString()}; // empty: the system's

// Library
inline const SettingsKey<QString> LibraryLocation{"Library/location", QString()}; // empty: the default file

// arXiv lookup, daily listings, affiliations and entry defaults (issue 4)
inline const SettingsKey<QString> ArxivApiUrl{"Arxiv/apiUrl",
                                              QStringLiteral("https://export.arxiv.org/api/query")};
inline const SettingsKey<int> ArxivIntervalMs{"Arxiv/intervalMs", 3000}; // arXiv's terms: one request per 3 s
inline const SettingsKey<int> ArxivTimeoutMs{"Arxiv/timeoutMs", 30000};
inline const SettingsKey<int> ArxivMaxRetries{"Arxiv/maxRetries", 4};
inline const SettingsKey<int> ArxivBatchSize{"Arxiv/batchSize", 100};
inline const SettingsKey<QString> ArxivListingUrl{"Arxiv/listingUrl",
                                                  QStringLiteral("https://rss.arxiv.org/rss/")};
inline const SettingsKey<QStringList> ArxivListingCategories{
    "Arxiv/listingCategories",
    {QStringLiteral("cs.LG"), QStringLiteral("cs.CV"), QStringLiteral("cs.CL"), QStringLiteral("cs.RO"),
     QStringLiteral("eess.AS")}};
inline const SettingsKey<bool> ArxivListingCrossLists{"Arxiv/listingCrossLists", false};
inline const SettingsKey<bool> OpenAlexEnabled{"OpenAlex/enabled", false};
inline const SettingsKey<QString> OpenAlexUrl{"OpenAlex/url", QStringLiteral("https://api.openalex.org")};
inline const SettingsKey<QString> OpenAlexApiKey{"OpenAlex/apiKey", QString()};
inline const SettingsKey<int> EntryAuthorsListAllUpTo{"Entry/authorsListAllUpTo", 7};
inline const SettingsKey<int> EntryAuthorsShownWhenCut{"Entry/authorsShownWhenCut", 4};

} // namespace DigestStudio::SettingsKeys
