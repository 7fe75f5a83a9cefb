// What the publisher asked for when sending a digest to the WeChat draft box: the article's fields, the cover
// and whether to publish a digest again.
#pragma once

#include <QString>

namespace DigestStudio {

struct WeChatPublishRequest
{
    enum class Cover { TitleCard, File, Figure };

    qint64 digestId = 0;
    QString title;   // empty: the digest's title, else `arXiv 每日速递 YYYY-MM-DD`
    QString author;  // may stay empty
    QString summary; // the article's `digest`; null: the 摘要 line, shortened
    bool openComment = false;
    Cover cover = Cover::TitleCard;
    QString coverFile;       // Cover::File
    qint64 coverImageId = 0; // Cover::Figure: an entry image of the digest
    // The article's `content_source_url`, the page 阅读原文 opens (http or https); empty: none. Never a
    // default: one paper's link is the wrong page for a digest of many.
    QString sourceUrl;
    // Publish although the library says this digest was published (or sent) before.
    bool force = false;
    // Publish although the morning run's proposals are not decided yet (the `proposed-entry` check).
    bool includeProposed = false;
    // Publish although comment threads of the team are open (the `unresolved-comment` check).
    bool withOpenComments = false;
};

} // namespace DigestStudio
