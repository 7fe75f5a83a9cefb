// InstitutionReducer on any text: every institution it returns is text of the affiliation (white space
// simplified), none is empty, and reducing a returned name gives that name back (idempotence).
#include "fulltext/institutionreducer.h"
#include "fuzzsupport.h"

using namespace DigestStudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString affiliation = QString::fromUtf8(Fuzz::bytes(data, size));
    const QString simplified = affiliation.simplified();
    for (const auto mode : {InstitutionReducer::Mode::Lenient, InstitutionReducer::Mode::Strict}) {
        const QStringList names = InstitutionReducer::institutions(affiliation, mode);
        for (const QString &name : names) {
            if (name.isEmpty() || name != name.simplified())
                Fuzz::broken("an institution is a non-empty, simplified name", name);
            if (!simplified.contains(name))
                Fuzz::broken("an institution is text of the affiliation",
                             name + QLatin1String(" <- ") + affiliation);
            const QStringList again = InstitutionReducer::institutions(name, mode);
            if (again != QStringList{name})
                Fuzz::broken("reducing an institution gives it back",
                             name + QLatin1String(" -> ") + again.join(QLatin1String(" | ")));
        }
        if (InstitutionReducer::houseLine({affiliation}, {}, mode) != names.join(QLatin1String(" & ")))
            Fuzz::broken("the house line of one affiliation is its institutions joined");
    }
    return 0;
}
