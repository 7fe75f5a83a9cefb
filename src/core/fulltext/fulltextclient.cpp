#include "fulltext/fulltextclient.h"

#include "fulltext/authorblockextractor.h"
#include "fulltext/figureimage.h"
#include "fulltext/fulltextlimits.h"
#include "fulltext/latexmlreader.h"
#include "fulltext/pdfreader.h"
#include "util/appinfo.h"
#include "util/requestscheduler.h"
#include "util/scheduledreply.h"

#include <QEventLoop>
#include <QPointer>

namespace DigestStudio {

namespace {

using Failure = FulltextClient::Failure;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(-1) == b.port(-1);
}

bool absent(const ScheduledReply *reply)
{
    return reply->failure() == ScheduledReply::Failure::HttpStatus &&
           (reply->status() == 404 || reply->status() == 410);
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3) + QStringLiteral(" s");
}

// The PDF's author block as the paper's full text; the page's authors (names only) and figures are kept when
// the page was read but named no affiliation.
FullText fromPdf(const PdfReader::Result &page, const FullText &html, bool htmlRead)
{
    const AuthorBlockExtractor::Result block = AuthorBlockExtractor::extract(page.lines);
    FullText text = AuthorBlockExtractor::fullText(block);
    text.source = FullText::Source::Pdf;
    if (htmlRead) {
        for (const FullText::Author &author : html.authors)
            text.authors.append({author.name, {}});
        text.figures = html.figures;
        text.base = html.base;
        if (!html.title.isEmpty())
            text.title = html.title;
    }
    return text;
}

} // namespace

QUrl FulltextClient::Read::imageUrl(const FullText::Figure &figure) const
{
    return figure.url().isEmpty() ? QUrl() : imageBase.resolved(QUrl(figure.url()));
}

FulltextClient::FulltextClient(RequestScheduler *scheduler, const QString &lane, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_lane(lane)
    , m_userAgent(AppInfo::userAgent())
{
    qRegisterMetaType<Read>();
    qRegisterMetaType<Image>();
}

FulltextClient::~FulltextClient()
{
    for (auto &entry : m_operations)
        dropReply(entry.second);
}

QUrl FulltextClient::htmlUrl(const QString &id) const
{
    QUrl url = m_site;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("html/") + id);
    return url;
}

QUrl FulltextClient::pdfUrl(const QString &id) const
{
    QUrl url = m_site;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("pdf/") + id);
    return url;
}

quint64 FulltextClient::start(Stage stage)
{
    const quint64 operation = m_next++;
    Operation &op = m_operations[operation];
    op.stage = stage;
    op.deadline = std::make_unique<QTimer>();
    op.deadline->setSingleShot(true);
    connect(op.deadline.get(), &QTimer::timeout, this, [this, operation] {
        fail(operation, Failure::Deadline,
             QStringLiteral("no answer within the deadline of ") + seconds(m_deadlineMs));
    });
    op.deadline->start(m_deadlineMs);
    return operation;
}

quint64 FulltextClient::read(const QString &id)
{
    const quint64 operation = start(Stage::Html);
    m_operations[operation].read.id = id;
    send(operation, htmlUrl(id), QByteArrayLiteral("text/html, application/xhtml+xml;q=0.9"),
         FullTextLimits::MaxHtmlBytes);
    return operation;
}

quint64 FulltextClient::fetchImage(const QUrl &url)
{
    const quint64 operation = start(Stage::Image);
    m_operations[operation].image.url = url;
    if (!url.isValid() || !sameOrigin(url, m_site)) {
        // Reported on the next turn, like every answer.
        QTimer::singleShot(0, this, [this, operation] {
            fail(operation, Failure::Network,
                 QStringLiteral("the image is not on ") + m_site.host() + QStringLiteral(": not fetched"));
        });
        return operation;
    }
    send(operation, url, QByteArrayLiteral("image/png, image/jpeg, image/gif;q=0.9, image/*;q=0.5"),
         FullTextLimits::MaxImageBytes);
    return operation;
}

void FulltextClient::send(quint64 operation, const QUrl &url, const QByteArray &accept, qint64 maxBytes)
{
    Operation &op = m_operations[operation];
    OutgoingRequest request;
    request.lane = m_lane;
    request.request.setUrl(url);
    request.request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.request.setRawHeader("Accept", accept);
    request.maxAnswerBytes = maxBytes;
    request.label = url.host();
    ScheduledReply *reply = m_scheduler->send(request);
    op.reply = reply;
    ++op.read.requests;
    connect(reply, &ScheduledReply::finished, this,
            [this, operation, reply] { onFinished(operation, reply); });
    connect(reply, &ScheduledReply::retrying, this, [this, operation](const QString &reason, int delayMs) {
        Q_EMIT retrying(operation, reason, delayMs);
    });
}

void FulltextClient::dropReply(Operation &op)
{
    if (!op.reply)
        return;
    op.reply->disconnect(this);
    op.reply->deleteLater();
    op.reply = nullptr;
}

FulltextClient::Failure FulltextClient::failureOf(const ScheduledReply *reply)
{
    switch (reply->failure()) {
    case ScheduledReply::Failure::None:
        return Failure::None;
    case ScheduledReply::Failure::TooLarge:
        return Failure::TooLarge;
    case ScheduledReply::Failure::Deadline:
        return Failure::Deadline;
    case ScheduledReply::Failure::Cancelled:
        return Failure::Cancelled;
    default:
        return Failure::Network;
    }
}

void FulltextClient::onFinished(quint64 operation, ScheduledReply *reply)
{
    const auto it = m_operations.find(operation);
    if (it == m_operations.end() || it->second.reply != reply)
        return;
    QPointer<ScheduledReply> guard(reply);
    switch (it->second.stage) {
    case Stage::Html:
        takeHtml(operation, reply);
        break;
    case Stage::Pdf:
        takePdf(operation, reply);
        break;
    case Stage::Image:
        takeImage(operation, reply);
        break;
    }
    if (guard && !guard->isFinished())
        return; // asked again
    if (guard) {
        guard->disconnect(this);
        guard->deleteLater();
    }
}

void FulltextClient::takeHtml(quint64 operation, ScheduledReply *reply)
{
    Operation &op = m_operations[operation];
    op.reply = nullptr;
    const QUrl page = reply->url();
    if (reply->ok()) {
        const LatexmlReader::Result html = LatexmlReader::read(reply->body());
        op.read.fullText = html.fullText;
        op.read.fullText.source = FullText::Source::Html;
        // arXiv's pages name their base (`/html/<id>v<n>/`); a page without one is its own folder.
        QUrl folder = page;
        if (!folder.path().endsWith(QLatin1Char('/')))
            folder.setPath(folder.path() + QLatin1Char('/'));
        op.read.imageBase = html.fullText.base.isEmpty() ? folder : folder.resolved(QUrl(html.fullText.base));
        if (html.ok() && html.fullText.hasAffiliations())
            return finish(operation);
        op.read.htmlProblem = html.ok() ? QStringLiteral("the HTML names no affiliation")
                                        : QStringLiteral("the HTML could not be read as a LaTeXML page");
    } else if (absent(reply)) {
        op.read.htmlProblem =
            QStringLiteral("no HTML (") + QString::number(reply->status()) + QLatin1Char(')');
    } else if (reply->failure() == ScheduledReply::Failure::TooLarge) {
        op.read.htmlProblem = reply->errorText();
    } else {
        return fail(operation, failureOf(reply), reply->errorText());
    }
    op.stage = Stage::Pdf;
    send(operation, pdfUrl(op.read.id), QByteArrayLiteral("application/pdf"), FullTextLimits::MaxPdfBytes);
}

void FulltextClient::takePdf(quint64 operation, ScheduledReply *reply)
{
    Operation &op = m_operations[operation];
    op.reply = nullptr;
    const bool htmlRead = !op.read.fullText.authors.isEmpty() || !op.read.fullText.figures.isEmpty();
    if (!reply->ok()) {
        if (absent(reply)) {
            if (htmlRead) // the page stands, without affiliations: the line stays empty
                return finish(operation);
            return fail(operation, Failure::NoPaper,
                        op.read.htmlProblem + QStringLiteral(" and no PDF (") +
                            QString::number(reply->status()) + QLatin1Char(')'));
        }
        const Failure failure = failureOf(reply);
        return fail(operation, failure,
                    failure == Failure::TooLarge ? QStringLiteral("PDF too large: ") + reply->errorText()
                                                 : reply->errorText());
    }
    // A PDF-only paper's first page is its figure candidate: rendered only when the page gave no figure.
    const double scale = htmlRead && !op.read.fullText.figures.isEmpty() ? 0 : 2;
    const PdfReader::Result page = PdfReader::readFirstPage(reply->body(), scale);
    if (!page.ok())
        return fail(operation, Failure::Unreadable,
                    QStringLiteral("the PDF could not be read") +
                        (page.error == PdfReader::Error::Locked ? QStringLiteral(" (locked with a password)")
                                                                : QString()));
    op.read.fullText = fromPdf(page, op.read.fullText, htmlRead);
    op.read.firstPage = page.image;
    finish(operation);
}

void FulltextClient::takeImage(quint64 operation, ScheduledReply *reply)
{
    Operation &op = m_operations[operation];
    op.reply = nullptr;
    if (!reply->ok())
        return fail(operation, absent(reply) ? Failure::NoPaper : failureOf(reply), reply->errorText());
    const FigureImage::Result image = FigureImage::read(reply->body());
    if (!image.ok())
        return fail(operation,
                    image.error == FigureImage::Error::NotAnImage ? Failure::Unreadable : Failure::TooLarge,
                    image.error == FigureImage::Error::NotAnImage
                        ? QStringLiteral("the image could not be read")
                        : QStringLiteral("the image is too large to decode"));
    op.image.data = reply->body();
    op.image.format = image.format;
    op.image.mimeType = QStringLiteral("image/") + QString::fromLatin1(image.format);
    op.image.size = image.image.size();
    finish(operation);
}

void FulltextClient::fail(quint64 operation, Failure failure, const QString &problem)
{
    const auto it = m_operations.find(operation);
    if (it == m_operations.end())
        return;
    Operation &op = it->second;
    op.read.failure = op.image.failure = failure;
    op.read.problem = op.image.problem = problem;
    finish(operation);
}

void FulltextClient::finish(quint64 operation)
{
    const auto it = m_operations.find(operation);
    if (it == m_operations.end())
        return;
    Operation op = std::move(it->second);
    m_operations.erase(it);
    dropReply(op);
    op.deadline->stop();
    if (op.stage == Stage::Image)
        Q_EMIT imageFinished(operation, op.image);
    else
        Q_EMIT readFinished(operation, op.read);
}

void FulltextClient::cancel(quint64 operation)
{
    fail(operation, Failure::Cancelled, QStringLiteral("cancelled"));
}

void FulltextClient::cancelAll()
{
    std::vector<quint64> open;
    for (const auto &entry : m_operations)
        open.push_back(entry.first);
    for (quint64 operation : open)
        cancel(operation);
}

FulltextClient::Read FulltextClient::readAndWait(const QString &id)
{
    QEventLoop loop;
    Read result;
    quint64 operation = 0;
    const auto connection =
        connect(this, &FulltextClient::readFinished, &loop, [&](quint64 done, const Read &read) {
            if (done == operation) {
                result = read;
                loop.quit();
            }
        });
    operation = read(id);
    loop.exec();
    disconnect(connection);
    return result;
}

FulltextClient::Image FulltextClient::fetchImageAndWait(const QUrl &url)
{
    QEventLoop loop;
    Image result;
    quint64 operation = 0;
    const auto connection =
        connect(this, &FulltextClient::imageFinished, &loop, [&](quint64 done, const Image &image) {
            if (done == operation) {
                result = image;
                loop.quit();
            }
        });
    operation = fetchImage(url);
    loop.exec();
    disconnect(connection);
    return result;
}

} // namespace DigestStudio
