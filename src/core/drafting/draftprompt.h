// The chat prompt for one entry: the house style of the digest (docs/format.md), the glossary terms that
// occur in this paper, and the English text, asking for one JSON object.
#pragma once

#include "drafting/draftinput.h"

#include <QString>
#include <QVector>

namespace DigestStudio {

class DraftPrompt final
{
public:
    QString system;
    QString user;

    static DraftPrompt build(const DraftInput &input);
    // The glossary terms whose English stands in `title` or `abstract` (the editor's matching rule), each
    // once, in glossary order; terms without a rendering are left out.
    static QVector<GlossaryTerm> termsIn(const QString &title, const QString &abstract,
                                         const QVector<GlossaryTerm> &glossary);
    // About how many Chinese characters the summary of an abstract this long has in the sample.
    static int summaryLength(const QString &abstract);
};

} // namespace DigestStudio
