// Everything a WeChat draft needs that can be made without the network: the digest, the article's fields
// checked against the API's limits, the figures and the cover made ready for upload, and the pre-flight
// findings. Built before anything is sent, so that bad input sends nothing.
#pragma once

#include "formats/exportoptions.h"
#include "model/digest.h"
#include "publishing/wechatarticle.h"
#include "publishing/wechatimage.h"
#include "publishing/wechatpublishrequest.h"

#include <QHash>
#include <QVector>

namespace DigestStudio {

class Library;

struct WeChatDraftPlan
{
    // The largest cover file read.
    static constexpr qint64 MaxCoverFileBytes = 32 * 1024 * 1024;

    struct Figure
    {
        qint64 imageId = 0;
        QByteArray hash; // of the stored bytes: the same figure twice is uploaded once
        WeChatImage image;
    };

    Digest digest;
    WeChatArticle article;                           // content empty until render()
    QVector<Figure> figures;                         // unique by content, in the order they first appear
    QHash<qint64, QVector<QByteArray>> entryFigures; // entry id → its figures' hashes, in order
    WeChatImage cover;
    ExportOptions options;
    QStringList problems; // what stops publishing (check errors, limits, unreadable files), in words
    QStringList notes;    // what was done on the way (an image converted)
    QStringList warnings; // pre-flight warnings that do not stop publishing (untouched machine drafts)

    bool isReady() const { return problems.isEmpty(); }

    static WeChatDraftPlan build(Library *library, const WeChatPublishRequest &request,
                                 const ExportOptions &options);
    // The WeChat export with each figure at `urls[hash]` (figures without a URL are left out).
    QString render(const QHash<QByteArray, QString> &urls) const;

    // `arXiv 每日速递 2022-10-14`, or the digest's own title.
    static QString defaultTitle(const Digest &digest);
    // The 摘要 line (label and short titles) shortened to WeChatArticle::MaxDigest at a title's end, never
    // ending in "、"; empty when no entry has a short title yet.
    static QString defaultSummary(const Digest &digest);

private:
    void collectFigures(Library *library);
    void prepareCover(const WeChatPublishRequest &request, Library *library);
};

} // namespace DigestStudio
