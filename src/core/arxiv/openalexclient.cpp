#include "arxiv/openalexclient.h"

#include "arxiv/atomparser.h"
#include "util/scheduledreply.h"
#include "util/secrettext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace DigestStudio {

namespace {

// One author's institutions, or else the affiliation strings as written, joined by `; `.
QString institutionsOf(const QJsonObject &authorship)
{
    QStringList institutions;
    for (const QJsonValue &inst : authorship.value(QStringLiteral("institutions")).toArray()) {
        const QString name =
            AtomParser::normaliseWhitespace(inst.toObject().value(QStringLiteral("display_name")).toString());
        if (!name.isEmpty() && !institutions.contains(name))
            institutions.append(name);
    }
    if (institutions.isEmpty()) {
        for (const QJsonValue &raw : authorship.value(QStringLiteral("raw_affiliation_strings")).toArray()) {
            const QString name = AtomParser::normaliseWhitespace(raw.toString());
            if (!name.isEmpty() && !institutions.contains(name))
                institutions.append(name);
        }
    }
    return institutions.join(QStringLiteral("; "));
}

} // namespace

RequestLane OpenAlexClient::lane(int timeoutMs, int maxRetries)
{
    RequestLane lane;
    lane.intervalMs = 100;
    lane.policy.maxRetries = qMax(0, maxRetries);
    lane.policy.backoffMs = 1000;
    lane.policy.transferTimeoutMs = qMax(1, timeoutMs);
    lane.policy.deadlineMs = DeadlineMs;
    return lane;
}

OpenAlexClient::OpenAlexClient(RequestScheduler *scheduler, QObject *parent)
    : EndpointClient(scheduler, laneName(), lane(), parent)
    , m_url(defaultUrl())
{
    qRegisterMetaType<AffiliationResult>();
}

quint64 OpenAlexClient::fetchAffiliations(const QString &arxivId)
{
    const quint64 id = open();
    AffiliationResult &result = m_operations[id];
    const ArxivId parsed = ArxivId::parse(arxivId);
    result.arxivId = parsed.isValid() ? parsed.id() : arxivId;
    if (!parsed.isValid()) {
        result.error = QStringLiteral("'%1' is not an arXiv id: %2").arg(arxivId, parsed.error());
        finishLater(id, [this, id] { finish(id); });
        return id;
    }
    QUrl url = m_url;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/works/doi:10.48550/arXiv.") + parsed.id());
    if (!m_apiKey.isEmpty() && SecretText::isCleartext(url)) {
        result.error = QStringLiteral("the OpenAlex URL %1 is not https: the key would travel in clear text "
                                      "(http:// only to this machine)")
                           .arg(SecretText::url(m_url.toString()));
        finishLater(id, [this, id] { finish(id); });
        return id;
    }
    if (!m_apiKey.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("api_key"), m_apiKey);
        url.setQuery(query);
    }
    send(id, url, "application/json", MaxAnswerBytes);
    return id;
}

void OpenAlexClient::handle(quint64 operation, ScheduledReply *reply)
{
    AffiliationResult &result = m_operations[operation];
    if (reply->failure() == ScheduledReply::Failure::HttpStatus && reply->status() == 404) {
        result.error = QStringLiteral("OpenAlex has no record of arXiv:%1").arg(result.arxivId);
        return finish(operation);
    }
    if (!reply->ok()) {
        // Qt's error texts may name the request's URL, and that carries the key.
        result.error = redact(reply->errorText());
        return finish(operation);
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(reply->body(), &error);
    if (!doc.isObject()) {
        if (reply->retry(QStringLiteral("OpenAlex's answer could not be read: ") + error.errorString()))
            return;
        result.error = redact(reply->errorText());
        return finish(operation);
    }
    for (const QJsonValue &value : doc.object().value(QStringLiteral("authorships")).toArray()) {
        const QJsonObject authorship = value.toObject();
        QString name = authorship.value(QStringLiteral("author"))
                           .toObject()
                           .value(QStringLiteral("display_name"))
                           .toString();
        if (name.isEmpty())
            name = authorship.value(QStringLiteral("raw_author_name")).toString();
        result.authors.append(name);
        result.affiliations.append(institutionsOf(authorship));
    }
    finish(operation);
}

QString OpenAlexClient::redact(const QString &text) const
{
    return SecretText::mask(text, {m_apiKey});
}

void OpenAlexClient::finish(quint64 operation)
{
    if (!isOpen(operation))
        return;
    const AffiliationResult result = m_operations.take(operation);
    close(operation);
    Q_EMIT finished(operation, result);
}

void OpenAlexClient::cancelled(quint64 operation)
{
    AffiliationResult result = m_operations.take(operation);
    result.cancelled = true;
    Q_EMIT finished(operation, result);
}

} // namespace DigestStudio
