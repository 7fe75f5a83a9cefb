// LatexmlReader on any bytes: no crash, bounded and deterministic output, and a house line that only names
// text the page states.
#include "fulltext/institutionreducer.h"
#include "fulltext/latexmlreader.h"
#include "fuzzsupport.h"

using namespace DigestStudio;

namespace {

void checkLength(const QString &text, qsizetype inputSize, const char *what)
{
    // Every string is made of the page's own text (references decoded, which only shortens it), with at most
    // one added character for each markup element, which costs more bytes than that.
    if (text.size() > inputSize)
        Fuzz::broken(what, text.left(200));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const LatexmlReader::Result result = LatexmlReader::read(input);
    const FullText &text = result.fullText;
    const qsizetype n = input.size();
    checkLength(text.title, n, "the title is no longer than the page");
    for (const FullText::Author &author : text.authors) {
        if (author.name.trimmed().isEmpty())
            Fuzz::broken("every author has a name");
        checkLength(author.name, n, "a name is no longer than the page");
        for (const QString &affiliation : author.affiliations) {
            if (affiliation.isEmpty())
                Fuzz::broken("no empty affiliation");
            checkLength(affiliation, n, "an affiliation is no longer than the page");
        }
    }
    for (const FullText::Figure &figure : text.figures) {
        checkLength(figure.caption, n, "a caption is no longer than the page");
        for (const FullText::Image &image : figure.images) {
            if (image.url.isEmpty() || image.width < 0 || image.height < 0)
                Fuzz::broken("an image has a URL and no negative size", image.url);
        }
    }
    // Every institution of the house line is text of one of the stated affiliations.
    const QStringList stated = text.statedAffiliations();
    for (const QString &institution : text.houseInstitutions()) {
        bool found = false;
        for (const QString &affiliation : stated)
            found = found || affiliation.simplified().contains(institution, Qt::CaseInsensitive);
        if (!found)
            Fuzz::broken("the house line names only stated text", institution);
    }
    const LatexmlReader::Result again = LatexmlReader::read(input);
    if (again.error != result.error || again.fullText.authors.size() != text.authors.size() ||
        again.fullText.figures.size() != text.figures.size() ||
        again.fullText.houseLine() != text.houseLine())
        Fuzz::broken("reading is deterministic");
    return 0;
}
