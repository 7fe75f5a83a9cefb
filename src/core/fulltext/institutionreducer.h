// Reduces an affiliation as written to the institutions it names, for the house's affiliation line:
// "Department of Computer Science, University of Maryland, College Park, MD, USA" → "University of Maryland".
// Departments, schools, centres, addresses, postcodes, cities, countries and e-mails go; companies and labs
// stay as written. The names returned are always text of the affiliation (white space simplified).
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace DigestStudio {

class InstitutionReducer final
{
public:
    enum class Mode {
        // An affiliation block (one author's address, its lines separated by '\n'): a name with no
        // institution word still counts when it leads the block ("Acme", "Stanford, CA" does not).
        Lenient,
        // Every line on its own, and only names with an institution word (a PDF's author block, a footnote).
        Strict,
    };

    // The institutions one affiliation names, in order. Parts separated by ';' are separate affiliations.
    static QStringList institutions(const QString &affiliation, Mode mode = Mode::Lenient);
    // Whether the text names an institution in the strict sense.
    static bool namesInstitution(const QString &text);
    // A note rather than an affiliation: "Equal contribution", "Corresponding author: …", "Work done at …".
    static bool isNote(const QString &text);

    // The house's institutions over the affiliations in author order: reduced, aliases (LONG → SHORT, the
    // case of LONG ignored) applied, duplicates (case ignored) dropped in order of first appearance.
    static QStringList houseInstitutions(const QStringList &affiliations,
                                         const QMap<QString, QString> &aliases, Mode mode = Mode::Lenient);
    // The same joined with " & "; empty when no institution is named.
    static QString houseLine(const QStringList &affiliations, const QMap<QString, QString> &aliases,
                             Mode mode = Mode::Lenient);
};

} // namespace DigestStudio
