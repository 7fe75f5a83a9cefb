// GlossaryCsv on any bytes: no crash; what it reads, it writes back and reads again as the same terms.
#include "formats/glossarycsv.h"
#include "fuzzsupport.h"

using namespace DigestStudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QVector<GlossaryTerm> terms;
    QString error;
    if (!GlossaryCsv::read(Fuzz::bytes(data, size), &terms, &error)) {
        if (error.isEmpty())
            Fuzz::broken("a CSV that cannot be read says why");
        return 0;
    }
    const QByteArray written = GlossaryCsv::write(terms);
    QVector<GlossaryTerm> again;
    if (!GlossaryCsv::read(written, &again, &error))
        Fuzz::broken("what GlossaryCsv writes it reads", error);
    if (again.size() != terms.size())
        Fuzz::broken("the CSV round trip keeps every term");
    for (int i = 0; i < terms.size(); ++i) {
        if (again.at(i).english() != terms.at(i).english() ||
            again.at(i).chinese() != terms.at(i).chinese() || again.at(i).note() != terms.at(i).note())
            Fuzz::broken("the CSV round trip keeps each term's text", terms.at(i).english());
    }
    return 0;
}
