#include "wechatapiserver.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace DigestStudio::Test {

WeChatApiServer::WeChatApiServer(QObject *parent)
    : QObject(parent)
    , m_token(QStringLiteral("ACCESS-TOKEN-Lk38dQ-1"))
{
    const auto slow = [this](Response response) {
        response.delayMs = qMax(response.delayMs, m_delayMs);
        return response;
    };
    m_http.handle(QStringLiteral("/cgi-bin/stable_token"),
                  [this, slow](const Request &r) { return slow(answerToken(r)); });
    m_http.handle(QStringLiteral("/cgi-bin/media/uploadimg"),
                  [this, slow](const Request &r) { return slow(answerUpload(r, false)); });
    m_http.handle(QStringLiteral("/cgi-bin/material/add_material"),
                  [this, slow](const Request &r) { return slow(answerUpload(r, true)); });
    m_http.handle(QStringLiteral("/cgi-bin/draft/add"),
                  [this, slow](const Request &r) { return slow(answerDraft(r)); });
}

void WeChatApiServer::expire()
{
    m_token = QStringLiteral("ACCESS-TOKEN-Lk38dQ-") + QString::number(++m_tokenGeneration);
}

void WeChatApiServer::failNext(const QString &path, int errcode, const QString &errmsg)
{
    m_failNext.insert(path, qMakePair(errcode, errmsg));
}

void WeChatApiServer::loseNextAnswer(const QString &path)
{
    m_loseNext.append(path);
}

int WeChatApiServer::requests(const QString &path) const
{
    int n = 0;
    for (const Request &r : m_http.requests())
        n += r.path == path ? 1 : 0;
    return n;
}

WeChatApiServer::Response WeChatApiServer::json(const QJsonObject &object)
{
    return LoopbackHttpServer::ok(QJsonDocument(object).toJson(QJsonDocument::Compact),
                                  "application/json; encoding=utf-8");
}

WeChatApiServer::Response WeChatApiServer::error(int errcode, const QString &errmsg)
{
    return json({{QStringLiteral("errcode"), errcode}, {QStringLiteral("errmsg"), errmsg}});
}

bool WeChatApiServer::scheduled(const Request &request, Response *response)
{
    const auto it = m_failNext.find(request.path);
    if (it != m_failNext.end()) {
        *response = error(it->first, it->second.isEmpty() ? QStringLiteral("error rid: 6f1a") : it->second);
        m_failNext.erase(it);
        return true;
    }
    return false;
}

WeChatApiServer::Response WeChatApiServer::answerToken(const Request &request)
{
    Response scheduledAnswer;
    if (scheduled(request, &scheduledAnswer))
        return scheduledAnswer;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (request.method != "POST" ||
        body.value(QStringLiteral("grant_type")).toString() != QLatin1String("client_credential"))
        return error(40002, QStringLiteral("invalid grant_type"));
    if (body.value(QStringLiteral("appid")).toString() != appId())
        return error(40013, QStringLiteral("invalid appid"));
    if (body.value(QStringLiteral("secret")).toString() != secret())
        return error(40125, QStringLiteral("invalid appsecret"));
    if (body.value(QStringLiteral("force_refresh")).toBool())
        expire();
    return json({{QStringLiteral("access_token"), m_token}, {QStringLiteral("expires_in"), 7200}});
}

bool WeChatApiServer::mediaPart(const Request &request, Upload *upload)
{
    const QByteArray type = request.headers.value("content-type");
    const int at = type.indexOf("boundary=");
    if (!type.startsWith("multipart/form-data") || at < 0)
        return false;
    QByteArray boundary = type.mid(at + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    const QByteArray &body = request.body;
    int start = body.indexOf(delimiter);
    while (start >= 0) {
        const int headEnd = body.indexOf("\r\n\r\n", start);
        const int next = body.indexOf(QByteArray("\r\n" + delimiter), headEnd);
        if (headEnd < 0 || next < 0)
            return false;
        const QByteArray head = body.mid(start, headEnd - start);
        if (head.contains("name=\"media\"")) {
            upload->data = body.mid(headEnd + 4, next - headEnd - 4);
            const int ct = head.toLower().indexOf("content-type:");
            upload->contentType = ct < 0 ? QByteArray() : head.mid(ct + 13).split('\r').first().trimmed();
            const int fn = head.indexOf("filename=\"");
            upload->fileName = fn < 0 ? QString() : QString::fromUtf8(head.mid(fn + 10).split('"').first());
            return true;
        }
        start = body.indexOf(delimiter, next + 2);
    }
    return false;
}

WeChatApiServer::Response WeChatApiServer::answerUpload(const Request &request, bool material)
{
    Response scheduledAnswer;
    if (scheduled(request, &scheduledAnswer))
        return scheduledAnswer;
    if (request.query.queryItemValue(QStringLiteral("access_token")) != m_token)
        return error(40001, QStringLiteral("invalid credential, access_token is invalid or not latest"));
    if (material && request.query.queryItemValue(QStringLiteral("type")) != QLatin1String("image"))
        return error(40004, QStringLiteral("invalid media type"));
    Upload upload;
    if (!mediaPart(request, &upload) || upload.data.isEmpty())
        return error(41005, QStringLiteral("media data missing"));
    const bool jpeg = upload.data.startsWith("\xFF\xD8");
    const bool png = upload.data.startsWith("\x89PNG");
    if (!jpeg && !png)
        return error(40005, QStringLiteral("invalid file type"));
    if (upload.data.size() >= 1024 * 1024)
        return error(40009, QStringLiteral("invalid image size"));
    if (material) {
        m_materials.append(upload);
        const QString id = QStringLiteral("THUMB_MEDIA_") + QString::number(m_materials.size());
        m_materialIds.append(id);
        return json({{QStringLiteral("media_id"), id},
                     {QStringLiteral("url"), QString(QStringLiteral("http://mmbiz.qpic.cn/thumb/") + id)}});
    }
    m_uploads.append(upload);
    const QString url = QStringLiteral("http://mmbiz.qpic.cn/mmbiz_") +
                        (png ? QStringLiteral("png") : QStringLiteral("jpg")) + QStringLiteral("/test") +
                        QString::number(m_uploads.size()) + QStringLiteral("/0");
    m_urls.append(url);
    return json({{QStringLiteral("url"), url}});
}

WeChatApiServer::Response WeChatApiServer::answerDraft(const Request &request)
{
    Response scheduledAnswer;
    if (scheduled(request, &scheduledAnswer))
        return scheduledAnswer;
    if (request.query.queryItemValue(QStringLiteral("access_token")) != m_token)
        return error(40001, QStringLiteral("invalid credential, access_token is invalid or not latest"));
    const QJsonArray articles =
        QJsonDocument::fromJson(request.body).object().value(QStringLiteral("articles")).toArray();
    if (articles.isEmpty())
        return error(44003, QStringLiteral("empty news data"));
    const QJsonObject article = articles.first().toObject();
    if (article.value(QStringLiteral("content")).toString().isEmpty())
        return error(44003, QStringLiteral("empty news data"));
    if (article.value(QStringLiteral("title")).toString().size() > 32)
        return error(45003, QStringLiteral("title size out of limit"));
    if (!m_materialIds.contains(article.value(QStringLiteral("thumb_media_id")).toString()))
        return error(40007, QStringLiteral("invalid media_id"));
    m_drafts.append(article);
    Response answer = json({{QStringLiteral("media_id"),
                             QString(QStringLiteral("DRAFT_MEDIA_") + QString::number(m_drafts.size()))}});
    if (m_loseNext.removeOne(request.path))
        answer.truncateAt = 3;
    return answer;
}

} // namespace DigestStudio::Test
