#include "suggest/suggestionreason.h"

namespace DigestStudio {

QString SuggestionReason::describe() const
{
    switch (kind) {
    case Kind::Term:
        return QStringLiteral("term \"") + text + QLatin1Char('"');
    case Kind::Author:
        return QStringLiteral("author ") + text;
    case Kind::Category:
        return QStringLiteral("category ") + text;
    case Kind::FeedPosition:
        return QStringLiteral("early in the feed");
    case Kind::Keyword:
        return QStringLiteral("keyword \"") + text + QLatin1Char('"');
    case Kind::NotForUs:
        return QStringLiteral("marked not for us");
    }
    return text;
}

} // namespace DigestStudio
