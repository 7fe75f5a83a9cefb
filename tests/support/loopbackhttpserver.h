// A real HTTP/1.1 server on 127.0.0.1 for tests: routes requests to recorded responses (status, headers,
// delays, truncated bodies) and records every request it receives with its time and headers.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <QVector>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace DigestStudio::Test {

class LoopbackHttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Length and Connection
        QByteArray body;
        int delayMs = 0;     // wait this long before answering (a slow server)
        int truncateAt = -1; // send only this many body bytes, then close (Content-Length stays full)
        // The Content-Length claimed instead of the body's size (a hostile server announcing a huge body).
        qint64 contentLength = -1;
        // A streamed answer (server-sent events): when non-empty, `body` is ignored and these pieces go out
        // with chunked transfer encoding, one write each, `chunkIntervalMs` apart.
        QVector<QByteArray> chunks;
        int chunkIntervalMs = 0;
        bool cutStream = false; // close after the last piece without the terminating chunk

        Response &header(const QByteArray &name, const QByteArray &value)
        {
            headers.append(qMakePair(name, value));
            return *this;
        }
    };

    struct Request
    {
        QByteArray method;
        QString target; // as sent: path and query, percent-encoded
        QString path;   // decoded
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        qint64 receivedMs = 0;                 // since the server was created
        // On the monotonic clock (QElapsedTimer's reference), the scale RequestClock::nowMs() uses: the
        // time a request arrived compares with the time a client started it.
        qint64 monotonicMs = 0;
        // Requests received and not yet answered in full, this one included: 1 when a client waits for each
        // answer before its next request.
        int unanswered = 0;
        QByteArray body; // as received (POST bodies, multipart)
    };
    // Answers requests to a path from what they carry (a server that speaks an API, not a recording).
    using Handler = std::function<Response(const Request &request)>;

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    // Listens on 127.0.0.1 on a free port.
    bool listen();
    quint16 port() const;
    // `http://127.0.0.1:<port><path>`.
    QUrl url(const QString &path = QString()) const;

    // Requests to `path` whose decoded query contains `queryContains` get `responses` in turn, the last one
    // repeating. The route with the longest matching `queryContains` wins; no route: 404.
    void route(const QString &path, const QVector<Response> &responses,
               const QString &queryContains = QString());
    void route(const QString &path, const Response &response, const QString &queryContains = QString());
    void clearRoutes();
    // Requests to `path` are answered by `handler`; a handler wins over routes for the same path.
    void handle(const QString &path, const Handler &handler);

    // A 200 server-sent-events answer streamed in `pieces`.
    static Response stream(const QVector<QByteArray> &pieces, int intervalMs = 0);
    // A 200 answer with a body and its content type.
    static Response ok(const QByteArray &body,
                       const QByteArray &contentType = "application/atom+xml; charset=utf-8");
    static Response status(int code, const QByteArray &body = QByteArray(),
                           const QByteArray &contentType = "text/plain; charset=utf-8");

    QVector<Request> requests() const { return m_requests; }
    int requestCount() const { return m_requests.size(); }
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestReceived(int index);

private:
    struct Route
    {
        QString path;
        QString queryContains;
        QVector<Response> responses;
        int next = 0;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Response &response);
    void sendChunk(QTcpSocket *socket, const Response &response, int index);
    void answered(QTcpSocket *socket) { m_awaiting.remove(socket); }

    QTcpServer *m_server;
    QElapsedTimer m_clock;
    QList<Route> m_routes;
    QHash<QString, Handler> m_handlers;
    QVector<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_awaiting; // a request came, its answer is not out in full
};

} // namespace DigestStudio::Test
