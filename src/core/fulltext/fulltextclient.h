// Fetches a paper's full text from arXiv through the RequestScheduler (in the lane it is given, by name): the
// LaTeXML page `<site>/html/<id>`, falling back to the PDF `<site>/pdf/<id>` when there is no page or the
// page names no affiliation; each answer capped (FullTextLimits), redirects kept to the site, every read
// bounded by an overall deadline. Figures' images are fetched one by one, only when asked for.
#pragma once

#include "fulltext/fulltext.h"
#include "fulltext/fulltextsite.h"

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <map>
#include <memory>

namespace DigestStudio {

class RequestScheduler;
class ScheduledReply;

class FulltextClient final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDeadlineMs = FulltextSite::DefaultDeadlineMs;

    // Why a read or an image fetch gave nothing usable.
    enum class Failure {
        None,
        NoPaper,    // neither a page nor a PDF (404): nothing to read
        TooLarge,   // the PDF (or the image) is over its cap
        Unreadable, // the PDF (or the image) could not be read
        Deadline,   // the overall deadline passed
        Network,    // refused, reset, a server error after the retries, a redirect elsewhere
        Cancelled,
    };

    struct Read
    {
        QString id;
        Failure failure = Failure::None;
        QString problem;     // the failure in words; empty when it worked
        FullText fullText;   // source() says where the affiliations came from
        QString htmlProblem; // why the page was not the source of the affiliations (`no HTML (404)`); empty
                             // when it was
        QUrl imageBase;      // absolute: what the figures' image URLs are relative to
        QImage firstPage;    // the PDF's first page rendered at 2x, when the PDF was read
        int requests = 0;

        bool ok() const { return failure == Failure::None; }
        QUrl imageUrl(const FullText::Figure &figure) const;
    };

    struct Image
    {
        QUrl url;
        Failure failure = Failure::None;
        QString problem;
        QByteArray data;   // the file as served
        QByteArray format; // `png`, `jpeg`, `gif`
        QString mimeType;  // `image/png`
        QSize size;        // in pixels
        bool ok() const { return failure == Failure::None; }
    };

    // `lane` names the scheduler's lane every request goes in (the arXiv lane: its spacing and connection).
    FulltextClient(RequestScheduler *scheduler, const QString &lane, QObject *parent = nullptr);
    ~FulltextClient() override;

    static QUrl defaultSite() { return QUrl(FulltextSite::defaultUrl()); }
    void setSite(const QUrl &site) { m_site = site; }
    QUrl site() const { return m_site; }
    // One read in all (page, PDF and their retries and waits) or one image, from when it was asked for.
    void setDeadlineMs(int ms) { m_deadlineMs = qMax(1, ms); }
    int deadlineMs() const { return m_deadlineMs; }
    void setUserAgent(const QString &userAgent) { m_userAgent = userAgent; }

    // `<site>/html/<id>`, `<site>/pdf/<id>`.
    QUrl htmlUrl(const QString &id) const;
    QUrl pdfUrl(const QString &id) const;

    // Starts reading the paper `id` (an arXiv id, version or not); readFinished() follows.
    quint64 read(const QString &id);
    // Starts fetching one image (a URL of the site only); imageFinished() follows.
    quint64 fetchImage(const QUrl &url);
    // The operation ends at once with Failure::Cancelled.
    void cancel(quint64 operation);
    void cancelAll();

    // The same, waiting (an event loop runs meanwhile).
    Read readAndWait(const QString &id);
    Image fetchImageAndWait(const QUrl &url);

Q_SIGNALS:
    void readFinished(quint64 operation, const DigestStudio::FulltextClient::Read &read);
    void imageFinished(quint64 operation, const DigestStudio::FulltextClient::Image &image);
    // A request waits to be sent again (for a progress text).
    void retrying(quint64 operation, const QString &reason, int delayMs);

private:
    enum class Stage { Html, Pdf, Image };
    struct Operation
    {
        Stage stage = Stage::Html;
        Read read;
        Image image;
        // Guarded: the scheduler may go first when a window closes during a read (it deletes its replies).
        QPointer<ScheduledReply> reply;
        std::unique_ptr<QTimer> deadline;
    };

    quint64 start(Stage stage);
    void send(quint64 operation, const QUrl &url, const QByteArray &accept, qint64 maxBytes);
    void onFinished(quint64 operation, ScheduledReply *reply);
    void takeHtml(quint64 operation, ScheduledReply *reply);
    void takePdf(quint64 operation, ScheduledReply *reply);
    void takeImage(quint64 operation, ScheduledReply *reply);
    void fail(quint64 operation, Failure failure, const QString &problem);
    void finish(quint64 operation);
    void dropReply(Operation &op);
    static Failure failureOf(const ScheduledReply *reply);

    RequestScheduler *m_scheduler;
    QString m_lane;
    QUrl m_site = defaultSite();
    QString m_userAgent;
    int m_deadlineMs = DefaultDeadlineMs;
    std::map<quint64, Operation> m_operations;
    quint64 m_next = 1;
};

} // namespace DigestStudio

Q_DECLARE_METATYPE(DigestStudio::FulltextClient::Read)
Q_DECLARE_METATYPE(DigestStudio::FulltextClient::Image)
