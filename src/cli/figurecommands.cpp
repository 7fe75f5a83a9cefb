#include "figurecommands.h"

#include "arxiv/arxivlane.h"
#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "fulltext/figureimage.h"
#include "fulltext/fulltextlimits.h"
#include "model/digestentry.h"
#include "services/arxivservice.h"
#include "services/fulltextservice.h"
#include "storage/library.h"
#include "util/boundedfile.h"

#include <QBuffer>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace DigestStudio {

namespace {

CtlCommand figureRow(const char *subName, CtlCommand::Handler handler)
{
    return CtlCommand("figures", subName, handler)
        .inSection(CtlSection::Digests)
        .usingLibrary()
        .withArgument("DIGEST", "a digest id, or a date YYYY-MM-DD (the latest digest of that day)")
        .withArgument("POSITION", "the entry's position in the digest, from 1");
}

QSize sizeOf(const EntryImage &image)
{
    QByteArray data = image.data;
    QBuffer buffer(&data);
    return QImageReader(&buffer).size();
}

int stored(CtlCall &call, qint64 id, const LibraryError &error)
{
    if (id == 0)
        return call.failed(error.message);
    call.out() << id << '\n';
    return CtlOk;
}

// The figure ID among the entry's: its index, or -1 (said).
int indexOf(CtlCall &call, const QVector<EntryImage> &images, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    for (int i = 0; ok && i < images.size(); ++i) {
        if (images.at(i).id == id)
            return i;
    }
    call.failed(QStringLiteral("the entry has no figure ") + text +
                QStringLiteral(" (`figures list` shows its ids)"));
    return -1;
}

} // namespace

QVector<CtlCommand> FigureCommands::declare()
{
    return {
        figureRow("list", &FigureCommands::list)
            .withSummary("an entry's figures in order: ID, type, size, caption")
            .withHelp("Prints the figures of the entry at POSITION in their order, one a line: the figure's "
                      "id, its type, its size in pixels and its caption, separated by tabs. --json prints "
                      "the array the digest's JSON holds instead.")
            .withFlag("--json", "[{\"id\", \"caption\", \"mime\", \"width\", \"height\"}] instead"),
        figureRow("add", &FigureCommands::add)
            .withSummary("attach an image file to an entry")
            .withHelp("Attaches the image FILE (PNG, JPEG or GIF; at most 10 MB and 50 megapixels) after "
                      "the entry's other figures and prints its id. A file that is not such an image is "
                      "refused (exit 1) and nothing changes.")
            .withArgument("FILE", "the image file")
            .withOption("--caption", "TEXT", "the figure's caption"),
        figureRow("pick", &FigureCommands::pick)
            .withSummary("attach one of the paper's own figures to an entry")
            .withHelp(
                "Reads the entry's paper as `fulltext` does and attaches its figure NUMBER (`2`, `S1`, as "
                "the paper numbers it), with its caption, after the entry's other figures; `page` "
                "attaches the rendered first page of a paper read from its PDF. Prints the figure's "
                "id. A number the paper lacks is exit 1, naming the numbers it has.")
            .withArgument("NUMBER", "the figure's number in the paper, or `page`"),
        figureRow("move", &FigureCommands::move)
            .withSummary("move an entry's figure to another place")
            .withHelp("Moves the figure ID to place TO among the entry's figures (1: first). The order is "
                      "the order of every export and of the WeChat upload.")
            .withArgument("ID", "the figure's id (`figures list`)")
            .withArgument("TO", "its new place, from 1"),
        figureRow("remove", &FigureCommands::remove)
            .withSummary("remove a figure from an entry")
            .withHelp("Removes the figure ID from the entry and prints 'removed ID'.")
            .withArgument("ID", "the figure's id (`figures list`)"),
    };
}

QJsonArray FigureCommands::json(const QVector<EntryImage> &images)
{
    QJsonArray list;
    for (const EntryImage &image : images) {
        const QSize size = sizeOf(image);
        list.append(QJsonObject{{QStringLiteral("id"), image.id},
                                {QStringLiteral("caption"), image.caption},
                                {QStringLiteral("mime"), image.mimeType},
                                {QStringLiteral("width"), size.width()},
                                {QStringLiteral("height"), size.height()}});
    }
    return list;
}

int FigureCommands::list(CtlCall &call)
{
    int status = CtlOk;
    const qint64 entryId = call.entryAt(1, &status);
    if (entryId == 0)
        return status;
    LibraryError error;
    const QVector<EntryImage> images = call.library()->images(entryId, &error);
    if (error.isError())
        return call.failed(error.message);
    if (call.isSet(QStringLiteral("--json"))) {
        call.out() << QString::fromUtf8(QJsonDocument(json(images)).toJson(QJsonDocument::Indented));
        return CtlOk;
    }
    for (const EntryImage &image : images) {
        const QSize size = sizeOf(image);
        call.out() << image.id << '\t' << image.mimeType << '\t' << size.width() << 'x' << size.height()
                   << '\t' << image.caption.simplified() << '\n';
    }
    return CtlOk;
}

int FigureCommands::add(CtlCall &call)
{
    int status = CtlOk;
    const qint64 entryId = call.entryAt(1, &status);
    if (entryId == 0)
        return status;
    QByteArray bytes;
    QString problem;
    if (!BoundedFile::read(call.argument(2), FullTextLimits::MaxImageBytes, &bytes, &problem))
        return call.failed(problem);
    const FigureImage::Result image = FigureImage::read(bytes);
    if (!image.ok())
        return call.failed(call.argument(2) + (image.error == FigureImage::Error::TooManyPixels
                                                   ? QStringLiteral(" has more than 50 megapixels: refused")
                                                   : QStringLiteral(" is not a PNG, JPEG or GIF image")));
    LibraryError error;
    const QString mime = QStringLiteral("image/") + QString::fromLatin1(image.format);
    const qint64 id =
        call.library()->addFigure(entryId, bytes, mime, call.value(QStringLiteral("--caption")), &error);
    return stored(call, id, error);
}

int FigureCommands::pick(CtlCall &call)
{
    int status = CtlOk;
    const qint64 entryId = call.entryAt(1, &status);
    if (entryId == 0)
        return status;
    DigestEntry entry;
    LibraryError error;
    if (!call.library()->loadEntry(entryId, &entry, &error))
        return call.failed(error.message);
    if (entry.arxivId().isEmpty())
        return call.failed(QStringLiteral("the entry has no arXiv id: there is no paper to pick from"));
    ArxivService arxiv(call.context().config);
    FulltextService service(arxiv.scheduler(), ArxivLane::name());
    service.configure(call.context().config.arxivSiteUrl(), call.context().config.fulltextDeadlineMs());
    const FulltextService::Picked picked = service.pickAndWait(entry.arxivId(), call.argument(2));
    if (!picked.ok())
        return call.failed(entry.arxivId() + QStringLiteral(": ") + picked.problem);
    const qint64 id =
        call.library()->addFigure(entryId, picked.data, picked.mimeType, picked.caption, &error);
    return stored(call, id, error);
}

int FigureCommands::move(CtlCall &call)
{
    int status = CtlOk;
    const qint64 entryId = call.entryAt(1, &status);
    if (entryId == 0)
        return status;
    bool ok = false;
    const int to = call.argument(3).toInt(&ok);
    if (!ok || to < 1)
        return call.usage(QStringLiteral("TO '") + call.argument(3) +
                          QStringLiteral("' is not a positive number"));
    LibraryError error;
    const QVector<EntryImage> images = call.library()->images(entryId, &error);
    const int from = indexOf(call, images, call.argument(2));
    if (from < 0)
        return CtlFailed;
    QVector<qint64> order;
    for (const EntryImage &image : images)
        order.append(image.id);
    order.move(from, qMin(to, static_cast<int>(order.size())) - 1);
    if (!call.library()->reorderImages(entryId, order, &error))
        return call.failed(error.message);
    return CtlOk;
}

int FigureCommands::remove(CtlCall &call)
{
    int status = CtlOk;
    const qint64 entryId = call.entryAt(1, &status);
    if (entryId == 0)
        return status;
    LibraryError error;
    const QVector<EntryImage> images = call.library()->images(entryId, &error);
    const int index = indexOf(call, images, call.argument(2));
    if (index < 0)
        return CtlFailed;
    if (!call.library()->removeImage(images.at(index).id, &error))
        return call.failed(error.message);
    call.out() << "removed " << images.at(index).id << '\n';
    return CtlOk;
}

CTL_REGISTER(&FigureCommands::declare)

} // namespace DigestStudio
