// One article of a WeChat draft (`draft/add`) with the API's field limits, checked before anything is sent.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace DigestStudio {

struct WeChatArticle
{
    // The draft API's limits (characters are Unicode characters).
    static constexpr int MaxTitle = 32;
    static constexpr int MaxAuthor = 16;
    static constexpr int MaxDigest = 128;
    // The content's visible characters (as WeChat's editor counts them: tags and white space aside) and its
    // size in UTF-8.
    static constexpr int MaxContentCharacters = 20000;
    static constexpr qint64 MaxContentBytes = 1024 * 1024;

    QString title;
    QString author;
    QString digest;
    QString content; // HTML
    QString contentSourceUrl;
    QString thumbMediaId;
    bool openComment = false;

    // Every field over its limit, each naming the field, its length and the limit; empty when the article
    // may be sent. The content and the cover are checked only when `withContent` (they come last).
    QStringList problems(bool withContent = true) const;
    // `{"title":…,"author":…,…}`, one element of draft/add's `articles`.
    QJsonObject toJson() const;

    // True for an absolute http or https URL with a host: what `content_source_url` may hold (WeChat
    // documents no length for it).
    static bool isWebAddress(const QString &text);
    // Unicode characters (a character outside the BMP counts once).
    static int length(const QString &text);
    // `text` cut to at most `limit` characters, the last one `…` when it was cut; white space squeezed.
    static QString shortened(const QString &text, int limit);
    // The visible characters of HTML: text outside tags, an entity counting once, white space aside.
    static int visibleCharacters(const QString &html);
};

} // namespace DigestStudio
