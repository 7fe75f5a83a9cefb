// The built-in pre-flight rules (docs/format.md): each adds its findings for a CheckContext.
#pragma once

#include "checks/checkcontext.h"
#include "checks/finding.h"

#include <QVector>

namespace DigestStudio::CheckRules {

// Error: an entry without Chinese title, Chinese summary, or (with a title) an empty short title.
void missingTranslation(const CheckContext &context, QVector<Finding> *findings);
// Warning, fixable: ASCII `,` `:` `?` `(` `)` beside Chinese text in the Chinese fields.
void asciiPunctuation(const CheckContext &context, QVector<Finding> *findings);
// Warning: brackets and quotes that do not pair up, in every text field.
void unbalancedBrackets(const CheckContext &context, QVector<Finding> *findings);
// Warning: numbers and percentages of the English abstract that the Chinese summary lacks.
void missingNumbers(const CheckContext &context, QVector<Finding> *findings);
// Warning: a glossary term in the English text whose glossary rendering the Chinese text lacks.
void glossaryTerms(const CheckContext &context, QVector<Finding> *findings);
// Warning: a paper an earlier digest featured.
void featuredBefore(const CheckContext &context, QVector<Finding> *findings);
// Error: the same paper twice in the digest.
void duplicatePaper(const CheckContext &context, QVector<Finding> *findings);
// Warning: an entry longer than one Weibo post (the thread then cuts inside it).
void weiboLimit(const CheckContext &context, QVector<Finding> *findings);
// Warning: WeChat's body, title and summary limits.
void wechatLimits(const CheckContext &context, QVector<Finding> *findings);
// Warning: an entry whose machine draft (drafted_by) no person has edited or reviewed yet.
void untouchedDraft(const CheckContext &context, QVector<Finding> *findings);
// Warning: an affiliation line a model read from the author block (affiliations_by) that no person has
// edited.
void machineAffiliations(const CheckContext &context, QVector<Finding> *findings);
// Error: an entry with comment threads no one has resolved (publishing them unread needs forcing).
void unresolvedComments(const CheckContext &context, QVector<Finding> *findings);
// Error: an entry the morning run proposed that no person has kept or dropped yet.
void proposedEntry(const CheckContext &context, QVector<Finding> *findings);
// Info, fixable, only with the house-style setting: no space between Chinese and Latin text.
void cjkLatinSpacing(const CheckContext &context, QVector<Finding> *findings);

} // namespace DigestStudio::CheckRules
