#include "common/fieldlabels.h"

namespace DigestStudio {

QString FieldLabels::title(DigestEntry::Field field)
{
    switch (field) {
    case DigestEntry::Field::Tag:
        return tr("Tag");
    case DigestEntry::Field::Title:
        return tr("Title");
    case DigestEntry::Field::AuthorsLine:
        return tr("Authors");
    case DigestEntry::Field::Affiliations:
        return tr("Affiliations");
    case DigestEntry::Field::AffiliationsNote:
        return tr("Affiliations note");
    case DigestEntry::Field::ZhTitle:
        return tr("Chinese title");
    case DigestEntry::Field::ZhShortTitle:
        return tr("Chinese short title");
    case DigestEntry::Field::ZhSummary:
        return tr("Chinese summary");
    case DigestEntry::Field::Abstract:
        return tr("Abstract");
    case DigestEntry::Field::Link:
        return tr("Link");
    }
    return QString();
}

QString FieldLabels::inSentence(DigestEntry::Field field)
{
    switch (field) {
    case DigestEntry::Field::Tag:
        return tr("tag");
    case DigestEntry::Field::Title:
        return tr("title");
    case DigestEntry::Field::AuthorsLine:
        return tr("authors");
    case DigestEntry::Field::Affiliations:
        return tr("affiliations");
    case DigestEntry::Field::AffiliationsNote:
        return tr("affiliations note");
    case DigestEntry::Field::ZhTitle:
    case DigestEntry::Field::ZhShortTitle:
    case DigestEntry::Field::ZhSummary:
        // Proper names in English too: "Chinese" keeps its capital.
        return title(field);
    case DigestEntry::Field::Abstract:
        return tr("abstract");
    case DigestEntry::Field::Link:
        return tr("link");
    }
    return QString();
}

} // namespace DigestStudio
