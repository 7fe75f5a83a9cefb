// Whether a person's edit of an affiliation line renames one institution in it, so that the window can offer
// to remember the new name as the team's alias: "University of Maryland & New York University" edited to "UMD
// & New York University" offers University of Maryland → UMD.
#pragma once

#include <QMap>
#include <QString>

namespace DigestStudio {

class AliasOffer final
{
public:
    // The offer for an edit from `before` to `after` (both the text inside the brackets), or an invalid one:
    // the lines must name as many institutions (joined by "&"), exactly one of them changed into another
    // non-empty name, not only in letter case, and `aliases` (LONG → SHORT) must not already say so.
    static AliasOffer fromEdit(const QString &before, const QString &after,
                               const QMap<QString, QString> &aliases);

    bool isValid() const { return !m_longName.isEmpty(); }
    QString longName() const { return m_longName; }
    QString shortName() const { return m_shortName; }

private:
    QString m_longName;
    QString m_shortName;
};

} // namespace DigestStudio
