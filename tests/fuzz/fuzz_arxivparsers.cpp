// AtomParser, ListingParser and the listing's creator splitter on any bytes: no crash, and every paper
// they return carries a valid arXiv id.
#include "arxiv/atomparser.h"
#include "arxiv/listingparser.h"
#include "fuzzsupport.h"
#include "model/arxivid.h"

using namespace DigestStudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const AtomParser::Result atom = AtomParser::parse(input);
    for (const Paper &paper : atom.papers) {
        if (!ArxivId::parse(paper.id()).isValid())
            Fuzz::broken("AtomParser returns papers with valid ids only", paper.id());
    }
    const ListingParser::Result listing = ListingParser::parse(input);
    for (const ListingParser::Item &item : listing.items) {
        if (!ArxivId::parse(item.paper.id()).isValid())
            Fuzz::broken("ListingParser returns papers with valid ids only", item.paper.id());
    }
    QStringList names;
    QStringList affiliations;
    ListingParser::splitCreators(QString::fromUtf8(input), &names, &affiliations);
    // Affiliations: none known (empty), or one entry per name.
    if (!affiliations.isEmpty() && names.size() != affiliations.size())
        Fuzz::broken("splitCreators gives no affiliations or one entry per name");
    for (const QString &name : std::as_const(names)) {
        if (name.trimmed().isEmpty())
            Fuzz::broken("splitCreators gives no empty names");
    }
    return 0;
}
