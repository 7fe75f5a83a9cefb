// What a provider drafts from: the entry's English title, abstract and tag (math already masked) and the
// glossary terms that occur in them.
#pragma once

#include "model/glossaryterm.h"

#include <QString>
#include <QVector>

namespace DigestStudio {

struct DraftInput
{
    QString title;
    QString abstract;
    QString tag;
    QVector<GlossaryTerm> terms; // only those in the title or abstract, each with its required rendering
};

} // namespace DigestStudio
