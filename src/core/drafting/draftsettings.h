// How to reach the drafting model: provider, endpoint, model and request limits (resolved by LaunchConfig).
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace DigestStudio {

struct DraftSettings
{
    QString provider = QStringLiteral("openai"); // a DraftProviderRegistry id: "openai" | "deepl"
    QUrl baseUrl; // `http://127.0.0.1:11434/v1`; DeepL: `https://api-free.deepl.com`
    QString model;
    double temperature = 0.2;
    int maxTokens = 2048;
    int concurrency = 4;
    int timeoutMs = 120000;  // silence: a request during which no byte arrives for this long fails
    int deadlineMs = 180000; // a request in all, its retries and their waits included: no trickle extends it
    int maxRetries = 4;      // for 429 and 5xx answers
    QJsonObject extraJson;   // merged into the request body (e.g. {"thinking":{"type":"disabled"}})
    QString apiKey;          // never logged, saved or shown
    QString deeplGlossaryId;
};

} // namespace DigestStudio
