// The one way a digest leaves the program as a file (File > Export..., the preview's Save, digestctl export):
// the format by id, the entries' figures from the library, the post written with QSaveFile (or to a stream),
// and beside a text post the Weibo thread's long images and each entry's first figure as a numbered file;
// the untouched-drafts warning, the refusal while proposals are undecided, and a signal a caller hooks its
// follow-ups to (the GUI retrains the suggestions).
#pragma once

#include "checks/checkcontext.h"
#include "formats/exportoptions.h"
#include "formats/exportresult.h"
#include "model/digest.h"

#include <QObject>
#include <QStringList>

class QTextStream;

namespace DigestStudio {

class DigestExporter;
class Library;

class ExportService final : public QObject
{
    Q_OBJECT

public:
    // What an export wrote, or why not.
    struct Outcome
    {
        bool ok = false;
        QString error;           // why it stopped (`cannot write PATH: REASON`); empty when ok
        QStringList written;     // every file written, the post (or its first image) first
        QStringList warnings;    // the format's (a cut line, too many images for one Weibo post ...)
        QString untouchedDrafts; // UntouchedDrafts::warning(): a warning only, the post is still written
        bool refusedProposals = false; // `error` is ProposedEntries::refusal(): nothing was written
        bool refused = false;          // refused (proposals, open comments): forcing would write it
    };

    // `library` (not owned; may be null: no figures) gives the entries' figures; `checks` decide the
    // untouched-drafts warning (Preferences::checkSettings()).
    ExportService(Library *library, const CheckSettings &checks, QObject *parent = nullptr);

    // Undecided proposals of the morning run refuse the export (ProposedEntries) unless this is on.
    void setIncludeProposed(bool include) { m_includeProposed = include; }

    // Writes `digest` in the format `formatId` with `options` (ExportOptions::figures, when empty, come from
    // the library):
    //  - a text format: the post to `target` through QSaveFile; beside it, the Weibo thread's long images
    //    as NAME-01.png, NAME-02.png ... (with options.weiboAttachImages), and the first figure of each
    //    entry that has one as NN-ID.EXT (FormatRegistry::figureFileName: 01-2210.06441.png);
    //  - the image format: `target` is a folder (post-01.png ...) or NAME.png (NAME-01.png ...).
    // Emits exported() when everything was written.
    Outcome exportTo(const Digest &digest, const QString &formatId, const ExportOptions &options,
                     const QString &target);
    // A text format's post alone to `out` (digestctl's stdout): no images, nothing beside it. The image
    // format is refused (it needs a target). Emits exported() too.
    Outcome exportTo(const Digest &digest, const QString &formatId, const ExportOptions &options,
                     QTextStream *out);

    // A digest of the library with comment threads no one resolved is refused (Outcome::error) unless
    // forced.
    void setForced(bool forced) { m_forced = forced; }

    // True for a format whose result is images rather than text.
    static bool writesImages(const DigestExporter &format);

Q_SIGNALS:
    // `digest` went out, all of it (`written`: the files; empty for a stream).
    void exported(const Digest &digest, const QStringList &written);

private:
    // Looks the format up and fills what every export has: the warning; null after setting the error.
    const DigestExporter *begin(const Digest &digest, const QString &formatId, Outcome *outcome) const;
    // The first stored figure of each entry, by index (empty data when it has none).
    QVector<QByteArray> firstFigures(const Digest &digest, QStringList *mimeTypes) const;
    bool writeBeside(const Digest &digest, const ExportResult &result, const QString &target,
                     const QVector<QByteArray> &figures, const QStringList &mimeTypes,
                     Outcome *outcome) const;

    Library *m_library; // not owned
    CheckSettings m_checks;
    bool m_forced = false;
    bool m_includeProposed = false;
};

} // namespace DigestStudio
