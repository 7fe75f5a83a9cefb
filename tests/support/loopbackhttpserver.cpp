#include "loopbackhttpserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace DigestStudio::Test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 406:
        return "Not Acceptable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::onNewConnection);
}

LoopbackHttpServer::~LoopbackHttpServer() = default;

bool LoopbackHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 LoopbackHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackHttpServer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
    u.setPath(path.isEmpty() ? QStringLiteral("/") : path);
    return u;
}

void LoopbackHttpServer::route(const QString &path, const QVector<Response> &responses,
                               const QString &queryContains)
{
    Route r;
    r.path = path;
    r.queryContains = queryContains;
    r.responses = responses;
    m_routes.append(r);
}

void LoopbackHttpServer::route(const QString &path, const Response &response, const QString &queryContains)
{
    route(path, QVector<Response>{response}, queryContains);
}

void LoopbackHttpServer::clearRoutes()
{
    m_routes.clear();
    m_handlers.clear();
}

void LoopbackHttpServer::handle(const QString &path, const Handler &handler)
{
    m_handlers.insert(path, handler);
}

LoopbackHttpServer::Response LoopbackHttpServer::ok(const QByteArray &body, const QByteArray &contentType)
{
    Response r;
    r.body = body;
    r.header("Content-Type", contentType);
    return r;
}

LoopbackHttpServer::Response LoopbackHttpServer::stream(const QVector<QByteArray> &pieces, int intervalMs)
{
    Response r;
    r.header("Content-Type", "text/event-stream; charset=utf-8");
    r.header("Cache-Control", "no-cache");
    r.chunks = pieces;
    r.chunkIntervalMs = intervalMs;
    return r;
}

LoopbackHttpServer::Response LoopbackHttpServer::status(int code, const QByteArray &body,
                                                        const QByteArray &contentType)
{
    Response r = ok(body, contentType);
    r.status = code;
    return r;
}

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_awaiting.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = QString::fromLatin1(requestLine.value(1));
        int contentLength = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            request.headers.insert(name, line.mid(colon + 1).trimmed());
            if (name == "content-length")
                contentLength = line.mid(colon + 1).trimmed().toInt();
        }
        if (buffer.size() < end + 4 + contentLength)
            return;
        request.body = buffer.mid(end + 4, contentLength);
        buffer.remove(0, end + 4 + contentLength);
        const QUrl target(QStringLiteral("http://127.0.0.1") + request.target);
        request.path = target.path();
        request.query = QUrlQuery(target);
        request.receivedMs = m_clock.elapsed();
        QElapsedTimer now;
        now.start();
        request.monotonicMs = now.msecsSinceReference();
        m_awaiting.insert(socket);
        request.unanswered = m_awaiting.size();
        m_requests.append(request);

        const QString decodedQuery = request.query.toString(QUrl::FullyDecoded);
        Route *best = nullptr;
        for (Route &r : m_routes) {
            if (r.path != request.path || !decodedQuery.contains(r.queryContains))
                continue;
            if (!best || r.queryContains.size() > best->queryContains.size())
                best = &r;
        }
        Response response;
        const auto handler = m_handlers.constFind(request.path);
        if (handler != m_handlers.constEnd()) {
            response = (*handler)(request);
        } else if (best && !best->responses.isEmpty()) {
            response = best->responses.at(qMin(best->next, best->responses.size() - 1));
            ++best->next;
        } else {
            response = status(404, "no route for " + request.target.toUtf8());
        }
        Q_EMIT requestReceived(m_requests.size() - 1);
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            // A precise timer: a coarse one may fire up to 5 % early, and tests measure the delay from below.
            QTimer::singleShot(response.delayMs, Qt::PreciseTimer, this, [this, guard, response] {
                if (guard)
                    answer(guard, response);
            });
        } else {
            answer(socket, response);
        }
        return; // Connection: close, so one request per connection
    }
}

void LoopbackHttpServer::answer(QTcpSocket *socket, const Response &response)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (!response.chunks.isEmpty()) {
        socket->write(head + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        sendChunk(socket, response, 0);
        return;
    }
    head += "Content-Length: " +
            QByteArray::number(response.contentLength >= 0 ? response.contentLength : response.body.size()) +
            "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    socket->write(response.truncateAt >= 0 ? response.body.left(response.truncateAt) : response.body);
    socket->flush();
    answered(socket);
    socket->disconnectFromHost();
}

void LoopbackHttpServer::sendChunk(QTcpSocket *socket, const Response &response, int index)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (index == response.chunks.size()) {
        if (!response.cutStream)
            socket->write("0\r\n\r\n");
        socket->flush();
        answered(socket);
        socket->disconnectFromHost();
        return;
    }
    const QByteArray &piece = response.chunks.at(index);
    if (!piece.isEmpty())
        socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
    socket->flush();
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(response.chunkIntervalMs, Qt::PreciseTimer, this, [this, guard, response, index] {
        if (guard)
            sendChunk(guard, response, index + 1);
    });
}

} // namespace DigestStudio::Test
