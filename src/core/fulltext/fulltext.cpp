#include "fulltext/fulltext.h"

#include "fulltext/institutionreducer.h"

namespace DigestStudio {

QStringList FullText::statedAffiliations() const
{
    QStringList all;
    for (const Author &author : authors)
        all += author.affiliations;
    all += otherAffiliations;
    return all;
}

QStringList FullText::houseInstitutions(const QMap<QString, QString> &aliases) const
{
    // A PDF's author block mixes names, addresses and institutions line by line: only names of institutions
    // count there. A page's affiliations are already the institutions' blocks.
    const auto mode =
        source == Source::Pdf ? InstitutionReducer::Mode::Strict : InstitutionReducer::Mode::Lenient;
    return InstitutionReducer::houseInstitutions(statedAffiliations(), aliases, mode);
}

QString FullText::houseLine(const QMap<QString, QString> &aliases) const
{
    return houseInstitutions(aliases).join(QStringLiteral(" & "));
}

} // namespace DigestStudio
