// The `image` format: the post as long PNG images for Weibo and WeChat Moments, cut between entries.
#pragma once

#include "formats/digestexporter.h"

#include <QStringList>

namespace DigestStudio {

class ImageExporter final : public DigestExporter
{
public:
    QString id() const override { return QStringLiteral("image"); }
    QString name() const override;
    QString fileExtension() const override { return QStringLiteral("png"); }
    QString mimeType() const override { return QStringLiteral("image/png"); }

    // `images` are the long images (each at most options.imageMaxHeight logical pixels high, cut between
    // entries, an entry taller than that between its lines); `text` lists them (ExportResult). Needs a
    // QGuiApplication (fonts): without one, no images and a warning saying so.
    ExportResult render(const Digest &digest, const ExportOptions &options) const override;

    // `post-01.png`: the name of image `index` (0-based) when written with `base`.
    static QString fileName(int index, const QString &base = QStringLiteral("post"));
    // Writes the images of `result` (through QSaveFile): into `target` when it is a folder (made when
    // missing) as post-01.png ...; beside it as NAME-01.png ... when `target` is NAME.png. `written` gets
    // the paths. On failure nothing stays written, and `error` says what failed.
    static bool save(const ExportResult &result, const QString &target, QStringList *written, QString *error);
    // The paths save() would write for `count` images.
    static QStringList targetPaths(const QString &target, int count);
};

} // namespace DigestStudio
