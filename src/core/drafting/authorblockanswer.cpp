#include "drafting/authorblockanswer.h"

#include "drafting/chatchunkdecoder.h"
#include "drafting/draftjsonparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace DigestStudio {

namespace {

AuthorBlockAnswer failed(const QString &error)
{
    AuthorBlockAnswer answer;
    answer.error = error;
    return answer;
}

QString quoted(const QString &text)
{
    const QString shown = text.size() > 80 ? text.left(80) + QStringLiteral("…") : text;
    return QStringLiteral("\"") + shown + QStringLiteral("\"");
}

} // namespace

AuthorBlockAnswer AuthorBlockAnswer::read(const QByteArray &body, const QString &blockText)
{
    const ChatChunk chunk = ChatChunkDecoder::decode(body);
    if (chunk.invalid)
        return failed(tr("The answer is not a chat completion (not one JSON object)."));
    if (!chunk.error.isEmpty())
        return failed(tr("The server reported an error: %1").arg(chunk.error));
    if (chunk.finishReason == QLatin1String("length"))
        return failed(tr("The answer was cut off at the max-tokens limit."));
    return fromText(chunk.content, blockText);
}

AuthorBlockAnswer AuthorBlockAnswer::fromText(const QString &text, const QString &blockText)
{
    QJsonObject object;
    QString error;
    if (!DraftJsonParser::object(text, &object, &error))
        return failed(error);
    const QJsonValue list = object.value(QStringLiteral("institutions"));
    if (object.size() != 1 || !list.isArray())
        return failed(tr("The answer is not {\"institutions\": [...]}."));
    const QJsonArray array = list.toArray();
    if (array.size() > MaxInstitutions)
        return failed(tr("The answer names %1 institutions; at most %2 are taken.")
                          .arg(array.size())
                          .arg(MaxInstitutions));
    // The block as one line: a name the PDF broke over two lines still counts as text of the block.
    const QString block = blockText.simplified();
    AuthorBlockAnswer answer;
    for (const QJsonValue &value : array) {
        if (!value.isString())
            return failed(tr("An institution in the answer is not a string."));
        const QString name = value.toString().simplified();
        if (name.size() > MaxNameChars)
            return failed(tr("An institution in the answer is longer than %1 characters.").arg(MaxNameChars));
        if (name.isEmpty() || answer.institutions.contains(name))
            continue;
        if (!block.contains(name))
            return failed(tr("The answer names %1, which is not text of the author block: nothing was taken.")
                              .arg(quoted(name)));
        answer.institutions.append(name);
    }
    return answer;
}

} // namespace DigestStudio
