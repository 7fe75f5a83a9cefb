// Every settings key of the application, typed, with its default (Tiled's Preference<T> idea).
#pragma once

#include "arxiv/arxivlane.h"
#include "arxiv/arxivlistingclient.h"
#include "arxiv/arxivlookupclient.h"
#include "arxiv/openalexclient.h"
#include "fulltext/fulltextsite.h"
#include "model/digest.h"
#include "util/settingskey.h"

#include <QByteArray>
#include <QStringList>
#include <QVariantMap>

namespace DigestStudio::SettingsKeys {

// Window
inline const SettingsKey<QByteArray> MainWindowGeometry{"MainWindow/geometry", QByteArray()};
inline const SettingsKey<QByteArray> MainWindowState{"MainWindow/state", QByteArray()};

// Interface
inline const SettingsKey<QString> InterfaceLanguage{"Interface/language", QString()}; // empty: the system's
inline const SettingsKey<QString> InterfaceTheme{"Interface/theme",
                                                 QStringLiteral("system")}; // or light, dark

// Library
inline const SettingsKey<QString> LibraryLocation{"Library/location", QString()}; // empty: the default file

// Formats: export options, header and footer defaults for new digests, checks (formats area)
inline const SettingsKey<bool> ExportSeparatorLines{"Export/separatorLines", true};
inline const SettingsKey<QString> ExportLegendMode{"Export/legendMode",
                                                   QStringLiteral("fixed")}; // or usedTags
inline const SettingsKey<QString> DefaultLegend{"Export/defaultLegend", Digest::defaultLegend()};
inline const SettingsKey<QString> DefaultAttribution{"Export/defaultAttribution", QString()};
inline const SettingsKey<QString> DefaultSummaryLabel{"Export/defaultSummaryLabel",
                                                      Digest::defaultSummaryLabel()};
inline const SettingsKey<QString> DefaultFooter{"Export/defaultFooter", Digest::defaultFooter()};
inline const SettingsKey<int> WeiboLimit{"Weibo/limit", 2000};
inline const SettingsKey<int> WeiboUrlWeight{"Weibo/urlWeight", 10};
inline const SettingsKey<bool> WeiboAttachImages{"Weibo/attachImages", false};
// Long images: logical width, scale, the most logical height of one image
inline const SettingsKey<int> ImageWidth{"Image/width", 750};
inline const SettingsKey<int> ImageScale{"Image/scale", 2};
inline const SettingsKey<int> ImageMaxHeight{"Image/maxHeight", 5000};
inline const SettingsKey<QString> WeChatStyleId{"WeChat/style", QStringLiteral("classic")};
inline const SettingsKey<QString> WeChatLinks{"WeChat/links", QStringLiteral("references")}; // or plainText
inline const SettingsKey<QString> WeChatCustomFontFamily{"WeChat/custom/fontFamily", QString()};
inline const SettingsKey<QString> WeChatCustomFontSize{"WeChat/custom/fontSize", QString()};
inline const SettingsKey<QString> WeChatCustomLineHeight{"WeChat/custom/lineHeight", QString()};
inline const SettingsKey<QString> WeChatCustomTextColor{"WeChat/custom/textColor", QString()};
inline const SettingsKey<QString> WeChatCustomAccentColor{"WeChat/custom/accentColor", QString()};
inline const SettingsKey<QString> WeChatCustomMutedColor{"WeChat/custom/mutedColor", QString()};
inline const SettingsKey<QString> WeChatCustomBackground{"WeChat/custom/background", QString()};
inline const SettingsKey<QString> WeChatCustomEnglishSize{"WeChat/custom/englishSize", QString()};
// Publishing to the WeChat Official Account draft box; AppID, AppSecret and token never here.
inline const SettingsKey<QString> WeChatApiUrl{"WeChat/apiUrl", QStringLiteral("https://api.weixin.qq.com")};
inline const SettingsKey<QString> WeChatAuthor{"WeChat/author", QString()};
inline const SettingsKey<bool> WeChatOpenComment{"WeChat/openComment", false};
// The most one WeChat API call may take in all, its retries included (--wechat-timeout).
inline const SettingsKey<int> WeChatDeadlineSeconds{"WeChat/deadlineSeconds", 120};
// House style: a space between Chinese and Latin text (the sample has none, so off).
inline const SettingsKey<bool> CheckCjkLatinSpacing{"Checks/cjkLatinSpacing", false};
inline const SettingsKey<QStringList> CheckDisabledRules{"Checks/disabledRules", QStringList()};
// arXiv lookup, daily listings, affiliations and entry defaults
inline const SettingsKey<QString> ArxivApiUrl{"Arxiv/apiUrl", ArxivLookupClient::defaultUrl()};
inline const SettingsKey<int> ArxivIntervalMs{"Arxiv/intervalMs", ArxivLane::DefaultIntervalMs};
inline const SettingsKey<int> ArxivTimeoutMs{"Arxiv/timeoutMs", ArxivLane::DefaultTimeoutMs};
inline const SettingsKey<int> ArxivMaxRetries{"Arxiv/maxRetries", ArxivLane::DefaultMaxRetries};
inline const SettingsKey<int> ArxivBatchSize{"Arxiv/batchSize", ArxivLookupClient::DefaultBatchSize};
inline const SettingsKey<QString> ArxivListingUrl{"Arxiv/listingUrl", ArxivListingClient::defaultUrl()};
// The site papers are read from in full: `<site>/html/<id>`, `<site>/pdf/<id>` (--arxiv-site).
inline const SettingsKey<QString> ArxivSiteUrl{"Arxiv/siteUrl", FulltextSite::defaultUrl()};
// The most one paper's full-text read may take in all, page, PDF and retries included (--fulltext-timeout).
inline const SettingsKey<int> FulltextDeadlineSeconds{"Fulltext/deadlineSeconds",
                                                      FulltextSite::DefaultDeadlineMs / 1000};
// Suggestions: how many of today's best papers are marked "suggested".
inline const SettingsKey<int> SuggestionsTopCount{"Suggestions/topCount", 15};
// The lookup panel hides papers scored below this percentage of the way from today's lowest score to its
// highest (0: none hidden).
inline const SettingsKey<int> SuggestionsMinScore{"Suggestions/minScorePercent", 0};
// The morning run (digestctl prepare, the scheduled timer): how many of the day's best it proposes, and the
// lowest score (percent of the way from the listing's lowest to its highest) it proposes at all.
inline const SettingsKey<int> MorningTopCount{"Morning/topCount", 12};
inline const SettingsKey<int> MorningMinScore{"Morning/minScorePercent", 0};
inline const SettingsKey<QStringList> ArxivListingCategories{
    "Arxiv/listingCategories",
    {QStringLiteral("cs.LG"), QStringLiteral("cs.CV"), QStringLiteral("cs.CL"), QStringLiteral("cs.RO"),
     QStringLiteral("eess.AS")}};
inline const SettingsKey<bool> ArxivListingCrossLists{"Arxiv/listingCrossLists", false};
inline const SettingsKey<bool> OpenAlexEnabled{"OpenAlex/enabled", false};
inline const SettingsKey<QString> OpenAlexUrl{"OpenAlex/url", OpenAlexClient::defaultUrl()};
// Where versions before the keychain saved the OpenAlex key; read once to move it (SecretStore), then
// removed.
inline const SettingsKey<QString> LegacyOpenAlexApiKey{"OpenAlex/apiKey", QString()};
inline const SettingsKey<int> EntryAuthorsListAllUpTo{"Entry/authorsListAllUpTo", 7};
inline const SettingsKey<int> EntryAuthorsShownWhenCut{"Entry/authorsShownWhenCut", 4};

// Drafting: the machine-draft provider; the key is never a setting (DraftKey).
inline const SettingsKey<QString> DraftProvider{"Drafting/provider", QStringLiteral("openai")}; // or deepl
// OpenAI-compatible base URL (a local Ollama by default: nothing leaves the machine until one is set).
inline const SettingsKey<QString> DraftUrl{"Drafting/url", QStringLiteral("http://127.0.0.1:11434/v1")};
inline const SettingsKey<QString> DraftModel{"Drafting/model", QString()};
inline const SettingsKey<double> DraftTemperature{"Drafting/temperature", 0.2};
inline const SettingsKey<int> DraftMaxTokens{"Drafting/maxTokens", 2048};
inline const SettingsKey<int> DraftConcurrency{"Drafting/concurrency", 4};
inline const SettingsKey<int> DraftTimeoutMs{"Drafting/timeoutMs", 120000}; // silence
// The most one drafting request may take in all, however the server trickles (--llm-timeout).
inline const SettingsKey<int> DraftDeadlineSeconds{"Drafting/deadlineSeconds", 180};
inline const SettingsKey<int> DraftMaxRetries{"Drafting/maxRetries", 4};
// A JSON object merged into each request body, e.g. {"thinking":{"type":"disabled"}}.
inline const SettingsKey<QString> DraftExtraJson{"Drafting/extraJson", QString()};
inline const SettingsKey<QString> DraftDeepLGlossaryId{"Drafting/deeplGlossaryId", QString()};
// Tokens the providers reported today, the app's and digestctl's together (a running cost count, no secret).
inline const SettingsKey<QString> DraftTokensDay{"Drafting/tokensDay", QString()}; // ISO date of the count
inline const SettingsKey<int> DraftTokensToday{"Drafting/tokensToday", 0};

// Workspace: the paper list, the entry editor, spelling and autosave
inline const SettingsKey<QByteArray> WorkspaceEditorSplitter{"Workspace/editorSplitter", QByteArray()};
inline const SettingsKey<QByteArray> WorkspacePaperListHeader{"Workspace/paperListHeader", QByteArray()};
inline const SettingsKey<bool> WorkspaceSpellCheck{"Workspace/spellCheck", true};
// Hunspell dictionary, the path without .aff/.dic.
inline const SettingsKey<QString> WorkspaceSpellDictionary{"Workspace/spellDictionary",
                                                           QStringLiteral("/usr/share/hunspell/en_US")};
// Autosave runs this long after the last keystroke (the design allows at most a second).
inline const SettingsKey<int> WorkspaceAutosaveDelayMs{"Workspace/autosaveDelayMs", 700};

// The team: who this person is on a SQLite library (PostgreSQL names the database role); empty: the system
// user's full name (Identity::systemPersonName()).
inline const SettingsKey<QString> TeamPersonName{"Team/personName", QString()};
// The assignments the person had seen when the window last looked, per library and person (AssignmentWatch):
// what was assigned while the app was closed is news at the next start.
inline const SettingsKey<QVariantMap> TeamSeenAssignments{"Team/seenAssignments", QVariantMap()};

} // namespace DigestStudio::SettingsKeys
