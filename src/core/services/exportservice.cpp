#include "services/exportservice.h"

#include "checks/proposedentries.h"
#include "checks/untoucheddrafts.h"
#include "formats/digestexporter.h"
#include "formats/formatregistry.h"
#include "formats/imageexporter.h"
#include "services/postexport.h"
#include "storage/commentstore.h"
#include "storage/library.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace DigestStudio {

namespace {

// `png` for image/png, `svg` for image/svg+xml, as the figures are named in the GUI's figure strip.
QString suffixOf(const QString &mimeType)
{
    return mimeType.section(QLatin1Char('/'), 1).section(QLatin1Char('+'), 0, 0);
}

} // namespace

ExportService::ExportService(Library *library, const CheckSettings &checks, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_checks(checks)
{}

bool ExportService::writesImages(const DigestExporter &format)
{
    return PostExport::writesImages(format);
}

const DigestExporter *ExportService::begin(const Digest &digest, const QString &formatId,
                                           Outcome *outcome) const
{
    // Untouched machine text is a warning, not a refusal: the post is still written.
    outcome->untouchedDrafts = UntouchedDrafts::warning(digest, m_checks);
    // The team's open comments stop the post (the unresolved-comment check), unless forced.
    const int open = m_forced || !m_library || digest.id() == 0
                         ? 0
                         : m_library->comments().unresolvedCount(digest.id(), nullptr);
    if (open > 0) {
        outcome->error =
            tr("%n comment thread(s) of the team are not resolved: resolve them, or force the export",
               nullptr, open);
        outcome->refused = true;
        return nullptr;
    }
    if (!m_includeProposed) {
        outcome->error = ProposedEntries::refusal(digest, m_checks);
        if (!outcome->error.isEmpty()) {
            outcome->refusedProposals = true;
            outcome->refused = true;
            return nullptr;
        }
    }
    const DigestExporter *format = FormatRegistry::instance().format(formatId);
    if (!format)
        outcome->error = tr("there is no format '%1' (known: %2)")
                             .arg(formatId, FormatRegistry::instance().ids().join(QStringLiteral(", ")));
    return format;
}

QVector<QByteArray> ExportService::firstFigures(const Digest &digest, QStringList *mimeTypes) const
{
    QVector<QByteArray> figures;
    for (const DigestEntry &entry : digest.entries()) {
        QVector<EntryImage> images;
        if (m_library && entry.id() != 0)
            images = m_library->images(entry.id());
        figures.append(images.isEmpty() ? QByteArray() : images.first().data);
        mimeTypes->append(images.isEmpty() ? QString() : images.first().mimeType);
    }
    return figures;
}

ExportService::Outcome ExportService::exportTo(const Digest &digest, const QString &formatId,
                                               const ExportOptions &options, const QString &target)
{
    Outcome outcome;
    const DigestExporter *format = begin(digest, formatId, &outcome);
    if (!format)
        return outcome;
    QStringList mimeTypes;
    const QVector<QByteArray> figures = firstFigures(digest, &mimeTypes);
    ExportOptions withFigures = options;
    if (withFigures.figures.isEmpty()) {
        for (int i = 0; i < figures.size(); ++i) {
            const QString id = digest.entries().at(i).arxivId();
            if (!figures.at(i).isEmpty() && !withFigures.figures.contains(id))
                withFigures.figures.insert(id, figures.at(i));
        }
    }
    ExportResult result;
    if (!PostExport::exportTo(*format, digest, withFigures, target, &result, &outcome.written,
                              &outcome.error)) {
        outcome.warnings = result.warnings;
        return outcome;
    }
    outcome.warnings = result.warnings;
    if (!writesImages(*format) && !writeBeside(digest, result, target, figures, mimeTypes, &outcome))
        return outcome;
    outcome.ok = true;
    Q_EMIT exported(digest, outcome.written);
    return outcome;
}

bool ExportService::writeBeside(const Digest &digest, const ExportResult &result, const QString &target,
                                const QVector<QByteArray> &figures, const QStringList &mimeTypes,
                                Outcome *outcome) const
{
    const QFileInfo post(target);
    const QDir dir = post.dir();
    if (!result.images.isEmpty()) {
        // A Weibo thread with its images: thread-01.png ... beside thread.txt.
        QStringList images;
        if (!ImageExporter::save(result, dir.filePath(post.completeBaseName() + QStringLiteral(".png")),
                                 &images, &outcome->error))
            return false;
        outcome->written += images;
    }
    for (int i = 0; i < figures.size(); ++i) {
        if (figures.at(i).isEmpty())
            continue;
        // By position, so that two entries without an arXiv id (an OpenReview paper) keep their own figure.
        const QString id = digest.entries().at(i).arxivId();
        const QString path = dir.filePath(FormatRegistry::figureFileName(
            i + 1, id.isEmpty() ? QStringLiteral("figure") : id, suffixOf(mimeTypes.at(i))));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(figures.at(i)) != figures.at(i).size() ||
            !file.commit()) {
            outcome->error =
                tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        outcome->written.append(path);
    }
    return true;
}

ExportService::Outcome ExportService::exportTo(const Digest &digest, const QString &formatId,
                                               const ExportOptions &options, QTextStream *out)
{
    Outcome outcome;
    const DigestExporter *format = begin(digest, formatId, &outcome);
    if (!format)
        return outcome;
    if (writesImages(*format)) {
        outcome.error = tr("the format %1 writes images: it needs a folder or a FILE.png").arg(formatId);
        return outcome;
    }
    // The post's text alone: a stream has nowhere beside it for images, so none are drawn.
    ExportOptions textOnly = options;
    textOnly.weiboAttachImages = false;
    const ExportResult result = format->render(digest, textOnly);
    outcome.warnings = result.warnings;
    *out << result.text;
    out->flush();
    if (out->status() != QTextStream::Ok) {
        outcome.error = tr("the post could not be written to the output");
        return outcome;
    }
    outcome.ok = true;
    Q_EMIT exported(digest, outcome.written);
    return outcome;
}

} // namespace DigestStudio
