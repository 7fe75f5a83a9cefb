// Reads a listing history kept elsewhere, one JSON object a line:
// {"date":"YYYY-MM-DD","listing":[paper JSON...],"picked":["id",...]}. Pure: bytes in, days or the first
// problem (naming its line) out.
#pragma once

#include "model/listingday.h"

#include <QByteArray>
#include <QString>

namespace DigestStudio {

class HistoryJsonl final
{
public:
    // The largest history file read (a year of 2,000-paper listings fits several times over).
    static constexpr qint64 MaxBytes = 256 * 1024 * 1024;

    // False and `error` ("line 3: ...") on the first problem; `days` is then left empty.
    static bool parse(const QByteArray &bytes, QVector<ListingDay> *days, QString *error);

private:
    static bool parseLine(const QByteArray &line, ListingDay *day, QString *problem);
    static bool parseListing(const QJsonValue &value, ListingDay *day, QString *problem);
};

} // namespace DigestStudio
