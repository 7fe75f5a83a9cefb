// The Weibo thread: the plain-text post split into numbered posts within Weibo's weighted length limit.
#pragma once

#include "formats/digestexporter.h"

namespace DigestStudio {

class WeiboExporter final : public DigestExporter
{
public:
    // Weibo's limit of images on one post.
    static constexpr int MaxImagesPerPost = 18;

    QString id() const override { return QStringLiteral("weibo"); }
    QString name() const override;
    QString fileExtension() const override { return QStringLiteral("txt"); }
    QString mimeType() const override { return QStringLiteral("text/plain"); }

    // `text` is the file form: each part begins with `(k/n)`, parts separated by a `---` line. With
    // options.weiboAttachImages the long images come too, each part naming the ones it carries.
    ExportResult render(const Digest &digest, const ExportOptions &options) const override;

    // Weibo's weighted count: U+0000–U+00FF ½, other BMP characters 1, beyond the BMP 2, a URL `urlWeight`,
    // rounded up.
    static int weight(const QString &text, int urlWeight = 10);
    // The same in half units, not rounded (counts add up).
    static qint64 halfWeight(const QString &text, int urlWeight = 10);
    // Where the URL starting at `start` ends (one past it), or `start` when none starts there.
    static int urlEnd(const QString &text, int start);
    // The thread for `blocks` (cut only between blocks; a block longer than a post between its paragraphs, a
    // paragraph longer than a post between its lines, a line longer than a post between words, never inside a
    // link). `warnings` gets the cuts inside an entry.
    static QVector<WeiboPart> split(const QStringList &blocks, const QString &join, int limit, int urlWeight,
                                    QStringList *warnings = nullptr);

private:
    static void attachImages(const Digest &digest, const ExportOptions &options, ExportResult *result);
};

} // namespace DigestStudio
