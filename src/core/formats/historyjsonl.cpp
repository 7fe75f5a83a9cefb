#include "formats/historyjsonl.h"

#include "model/arxivid.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace DigestStudio {

bool HistoryJsonl::parse(const QByteArray &bytes, QVector<ListingDay> *days, QString *error)
{
    days->clear();
    if (bytes.size() > MaxBytes) {
        *error = QStringLiteral("the history is larger than the limit of ") +
                 QString::number(MaxBytes / (1024 * 1024)) + QStringLiteral(" MB (HistoryJsonl::MaxBytes)");
        return false;
    }
    QHash<QDate, int> lineOfDate;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        ++lineNumber;
        const QByteArray line = bytes.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        ListingDay day;
        QString problem;
        if (!parseLine(line, &day, &problem)) {
            *error = QStringLiteral("line ") + QString::number(lineNumber) + QStringLiteral(": ") + problem;
            days->clear();
            return false;
        }
        if (lineOfDate.contains(day.date)) {
            *error = QStringLiteral("line ") + QString::number(lineNumber) + QStringLiteral(": the date ") +
                     day.date.toString(Qt::ISODate) + QStringLiteral(" is already given on line ") +
                     QString::number(lineOfDate.value(day.date));
            days->clear();
            return false;
        }
        lineOfDate.insert(day.date, lineNumber);
        days->append(day);
    }
    return true;
}

bool HistoryJsonl::parseLine(const QByteArray &line, ListingDay *day, QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = QStringLiteral("not JSON (") + parseError.errorString() + QStringLiteral(" at column ") +
                   QString::number(parseError.offset + 1) + QLatin1Char(')');
        return false;
    }
    if (!document.isObject()) {
        *problem = QStringLiteral("not a JSON object");
        return false;
    }
    const QJsonObject object = document.object();
    const QString dateText = object.value(QStringLiteral("date")).toString();
    day->date = QDate::fromString(dateText, Qt::ISODate);
    if (!day->date.isValid() || dateText.size() != 10) {
        *problem = QStringLiteral("\"date\" must be a date like 2026-11-30");
        return false;
    }
    if (!parseListing(object.value(QStringLiteral("listing")), day, problem))
        return false;
    const QJsonValue picked = object.value(QStringLiteral("picked"));
    if (!picked.isArray()) {
        *problem = QStringLiteral("\"picked\" must be an array of arXiv ids");
        return false;
    }
    QSet<QString> listed;
    for (const Paper &p : qAsConst(day->listing))
        listed.insert(p.id());
    for (const QJsonValue &value : picked.toArray()) {
        const ArxivId id = ArxivId::parse(value.toString());
        if (!value.isString() || !id.isValid()) {
            *problem = QStringLiteral("\"picked\" holds something that is not an arXiv id");
            return false;
        }
        if (!listed.contains(id.id())) {
            *problem =
                QStringLiteral("the picked paper ") + id.id() + QStringLiteral(" is not in the listing");
            return false;
        }
        if (!day->picked.contains(id.id()))
            day->picked.append(id.id());
    }
    return true;
}

bool HistoryJsonl::parseListing(const QJsonValue &value, ListingDay *day, QString *problem)
{
    if (!value.isArray()) {
        *problem = QStringLiteral("\"listing\" must be an array of papers");
        return false;
    }
    const QJsonArray listing = value.toArray();
    QSet<QString> seen;
    for (int i = 0; i < listing.size(); ++i) {
        const QString where =
            QStringLiteral("paper ") + QString::number(i + 1) + QStringLiteral(" of the listing");
        if (!listing.at(i).isObject()) {
            *problem = where + QStringLiteral(" is not a JSON object");
            return false;
        }
        Paper paper = Paper::fromJson(listing.at(i).toObject());
        const ArxivId id = ArxivId::parse(listing.at(i).toObject().value(QStringLiteral("id")).toString());
        if (!id.isValid()) {
            *problem = where + QStringLiteral(" has no valid \"id\"");
            return false;
        }
        if (seen.contains(id.id())) {
            *problem = where + QStringLiteral(" repeats ") + id.id();
            return false;
        }
        seen.insert(id.id());
        paper.setId(id.id());
        day->listing.append(paper);
    }
    return true;
}

} // namespace DigestStudio
