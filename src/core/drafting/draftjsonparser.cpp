#include "drafting/draftjsonparser.h"

#include "drafting/thinkstripper.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace DigestStudio {

namespace {

const QLatin1String fence("```");

// The text inside a ``` fence (an optional language word after the opening fence), or `text` unchanged
// when it is not fenced. False when a fence opens but never closes.
bool unfence(QString *text)
{
    if (!text->startsWith(fence))
        return true;
    const int lineEnd = text->indexOf(QLatin1Char('\n'));
    if (lineEnd < 0 || !text->endsWith(fence) || text->size() < lineEnd + 1 + fence.size())
        return false;
    const QString language = text->mid(fence.size(), lineEnd - fence.size()).trimmed();
    if (!language.isEmpty() && language.compare(QLatin1String("json"), Qt::CaseInsensitive) != 0)
        return false;
    *text = text->mid(lineEnd + 1, text->size() - fence.size() - lineEnd - 1).trimmed();
    return true;
}

QString snippet(const QString &text)
{
    const QString simplified = text.simplified();
    return simplified.size() > 60 ? simplified.left(60) + QStringLiteral("…") : simplified;
}

} // namespace

bool DraftJsonParser::object(const QString &answer, QJsonObject *object, QString *error)
{
    QString text = ThinkStripper::strip(answer).trimmed();
    if (text.isEmpty()) {
        *error = QCoreApplication::translate("DigestStudio::DraftJsonParser", "The answer is empty.");
        return false;
    }
    if (!unfence(&text)) {
        *error = QCoreApplication::translate("DigestStudio::DraftJsonParser",
                                             "The answer has a code fence that is not one JSON object.");
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QCoreApplication::translate("DigestStudio::DraftJsonParser",
                                             "The answer is not a JSON object: \"%1\"")
                     .arg(snippet(text));
        return false;
    }
    *object = document.object();
    return true;
}

bool DraftJsonParser::parse(const QString &answer, DraftFields *fields, QString *error)
{
    QJsonObject object;
    if (!DraftJsonParser::object(answer, &object, error))
        return false;
    static const QStringList keys{QStringLiteral("zh_title"), QStringLiteral("zh_short_title"),
                                  QStringLiteral("zh_summary")};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!keys.contains(it.key())) {
            *error = QCoreApplication::translate("DigestStudio::DraftJsonParser",
                                                 "The answer has an unexpected key \"%1\" (expected exactly "
                                                 "zh_title, zh_short_title, zh_summary).")
                         .arg(it.key());
            return false;
        }
    }
    QStringList values;
    for (const QString &key : keys) {
        const QJsonValue value = object.value(key);
        if (!value.isString()) {
            *error = value.isUndefined() ? QCoreApplication::translate("DigestStudio::DraftJsonParser",
                                                                       "The answer lacks \"%1\".")
                                               .arg(key)
                                         : QCoreApplication::translate("DigestStudio::DraftJsonParser",
                                                                       "The answer's \"%1\" is not a string.")
                                               .arg(key);
            return false;
        }
        values.append(value.toString().trimmed());
    }
    if (values.at(0).isEmpty() || values.at(2).isEmpty()) {
        *error = QCoreApplication::translate("DigestStudio::DraftJsonParser",
                                             "The answer's zh_title or zh_summary is empty.");
        return false;
    }
    *fields = DraftFields{values.at(0), values.at(1), values.at(2)};
    return true;
}

} // namespace DigestStudio
