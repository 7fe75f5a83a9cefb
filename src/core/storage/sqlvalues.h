// How the library's tables spell values: NOT NULL text, JSON string lists, UTC times, ids without version.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace DigestStudio::SqlValues {

// Now in UTC with milliseconds (the `updated`, `created` and `stored_at` columns).
QString now();
// Columns are NOT NULL: an unset QString must be stored as ''.
QString text(const QString &value);
QString fromStringList(const QStringList &list); // a compact JSON array
QStringList toStringList(const QString &json);
QString fromDateTime(const QDateTime &time); // empty for an invalid time
QDateTime toDateTime(const QString &value);  // invalid for an empty or malformed one
// `2210.06441v2` -> `2210.06441`.
QString withoutVersion(const QString &arxivId);

} // namespace DigestStudio::SqlValues
