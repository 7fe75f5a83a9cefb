// The writing step under ExportService: renders a digest in one format and writes the post itself, one file
// or the numbered images, and reads the entries' first figures from the library. The faces call
// ExportService, which adds what goes beside the post, the warning and the notification.
#pragma once

#include "formats/exportoptions.h"
#include "formats/exportresult.h"
#include "model/digest.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace DigestStudio {

class DigestExporter;
class Library;

class PostExport final
{
public:
    // The first figure of each stored entry of `digest`, by arXiv id (ExportOptions::figures).
    static QHash<QString, QByteArray> firstFigures(Library *library, const Digest &digest);
    // Every figure of each stored entry of `digest`, in order, by entry id (what the WeChat draft carries).
    static QHash<qint64, QVector<QByteArray>> entryFigures(Library *library, const Digest &digest);

    // Renders `digest` in `format` and writes it to `target` (QSaveFile): the text formats to that file, the
    // image format as numbered PNGs (ImageExporter::save). `written` gets the paths, `result` the rendering
    // (its warnings). False with `error` when nothing could be rendered or written.
    static bool exportTo(const DigestExporter &format, const Digest &digest, const ExportOptions &options,
                         const QString &target, ExportResult *result, QStringList *written, QString *error);
    // True for a format whose result is images rather than text.
    static bool writesImages(const DigestExporter &format);
};

} // namespace DigestStudio
