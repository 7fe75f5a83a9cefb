// HistoryJsonl on any bytes: no crash; a refusal names a line and leaves nothing; what it reads has unique
// dates and picks from the listing, and written back as JSON lines it reads the same again.
#include "formats/historyjsonl.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace DigestStudio;

namespace {

QByteArray written(const QVector<ListingDay> &days)
{
    QByteArray out;
    for (const ListingDay &day : days) {
        QJsonArray listing;
        for (const Paper &p : day.listing)
            listing.append(p.toJson());
        out += QJsonDocument(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                         {QStringLiteral("listing"), listing},
                                         {QStringLiteral("picked"), QJsonArray::fromStringList(day.picked)}})
                   .toJson(QJsonDocument::Compact) +
               '\n';
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QVector<ListingDay> days;
    QString error;
    if (!HistoryJsonl::parse(Fuzz::bytes(data, size), &days, &error)) {
        if (!error.startsWith(QStringLiteral("line ")) || !days.isEmpty())
            Fuzz::broken("a refused history names the line and keeps nothing", error);
        return 0;
    }
    QSet<QDate> dates;
    for (const ListingDay &day : days) {
        if (dates.contains(day.date) || !day.date.isValid())
            Fuzz::broken("each day once, with a valid date");
        dates.insert(day.date);
        QSet<QString> listed;
        for (const Paper &p : day.listing)
            listed.insert(p.id());
        for (const QString &id : day.picked) {
            if (!listed.contains(id))
                Fuzz::broken("a pick is in its day's listing", id);
        }
    }
    QVector<ListingDay> again;
    if (!HistoryJsonl::parse(written(days), &again, &error))
        Fuzz::broken("what was read, written back, reads", error);
    if (again.size() != days.size())
        Fuzz::broken("the round trip keeps every day");
    for (int i = 0; i < days.size(); ++i) {
        if (again.at(i).date != days.at(i).date || again.at(i).picked != days.at(i).picked ||
            again.at(i).listing.size() != days.at(i).listing.size())
            Fuzz::broken("the round trip keeps each day", days.at(i).date.toString(Qt::ISODate));
    }
    return 0;
}
