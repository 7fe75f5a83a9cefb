#include "services/aliasoffer.h"

#include <QStringList>

namespace DigestStudio {

namespace {

// The institutions of a line as the house joins them (" & "), white space simplified.
QStringList institutionsOf(const QString &line)
{
    QStringList names;
    for (const QString &part : line.split(QLatin1Char('&')))
        names.append(part.simplified());
    return names;
}

} // namespace

AliasOffer AliasOffer::fromEdit(const QString &before, const QString &after,
                                const QMap<QString, QString> &aliases)
{
    AliasOffer offer;
    const QStringList from = institutionsOf(before);
    const QStringList to = institutionsOf(after);
    if (from.size() != to.size())
        return offer;
    int changed = -1;
    for (int i = 0; i < from.size(); ++i) {
        if (from.at(i) == to.at(i))
            continue;
        if (changed >= 0)
            return offer; // more than one institution changed: an edit, not a renaming
        changed = i;
    }
    if (changed < 0)
        return offer;
    const QString &longName = from.at(changed);
    const QString &shortName = to.at(changed);
    if (longName.isEmpty() || shortName.isEmpty() || longName.compare(shortName, Qt::CaseInsensitive) == 0)
        return offer;
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
        if (it.key().compare(longName, Qt::CaseInsensitive) == 0 && it.value() == shortName)
            return offer;
    }
    offer.m_longName = longName;
    offer.m_shortName = shortName;
    return offer;
}

} // namespace DigestStudio
