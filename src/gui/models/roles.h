// The item data roles of Digest Studio's models, in one place so views, delegates and tests agree.
#pragma once

#include <Qt>

namespace DigestStudio::Roles {

enum Role : int {
    // Row in the digest (0-based), whatever the proxy's order.
    EntryIndexRole = Qt::UserRole + 1,
    ArxivIdRole,
    TagRole,
    TitleRole,
    ZhTitleRole,
    ZhShortTitleRole,
    // DigestEntry::Status as int.
    StatusRole,
    // True when an earlier digest featured the paper (any version).
    FeaturedBeforeRole,
    // The newest arXiv version known when it is newer than the entry's, else 0.
    NewerVersionRole,
    // A proposal of the morning run (bool), its score (0-100; null when not one) and reasons (QStringList).
    ProposedRole,
    ProposalScoreRole,
    ProposalReasonsRole,
    // The whole text a filter matches against.
    FilterTextRole,
    // GlossaryModel: the term's index in the glossary.
    TermIndexRole,
    // The person the entry is assigned to, and its reviewer (empty when unset).
    AssigneeRole,
    ReviewerRole,
};

} // namespace DigestStudio::Roles
