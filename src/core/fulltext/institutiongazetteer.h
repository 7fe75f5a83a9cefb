// The place names, company names and university acronyms the institution reducer recognises: data, kept
// apart from the rules in institutionreducer.cpp.
#pragma once

#include <QString>

namespace DigestStudio {

class InstitutionGazetteer final
{
public:
    // `text` as it stands in an address segment; case and full stops are ignored (`U.S.A.`, `P. R. China`).
    static bool isCountry(const QString &text);
    // States, provinces, regions and their postal codes (`MD`, `Maryland`, `Guangdong`, `Bavaria`).
    static bool isRegion(const QString &text);
    // Cities where papers come from often enough to appear alone in an address (`College Park`, `Tübingen`).
    static bool isCity(const QString &text);
    // A word that names a company or a public research organisation by itself (`Google`, `Huawei`, `CNRS`);
    // case-sensitive.
    static bool isCompanyWord(const QString &word);
    // An acronym that names a university by itself (`MIT`, `ETH`, `KAIST`); case-sensitive.
    static bool isUniversityAcronym(const QString &word);
    // A university system whose campus, written after a comma, is part of the name (`University of
    // California`, `Berkeley`).
    static bool isUniversitySystem(const QString &name);

    // Lower case, full stops dropped, white space simplified, a leading `the` dropped.
    static QString key(const QString &text);
};

} // namespace DigestStudio
