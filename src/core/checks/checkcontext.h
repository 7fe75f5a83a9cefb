// What the pre-flight checks read: the digest, the glossary, earlier features of its papers, and settings.
#pragma once

#include "model/digest.h"
#include "model/glossaryterm.h"
#include "model/paperstore.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace DigestStudio {

struct CheckSettings
{
    // House style: a space between Chinese and Latin text (the sample has none: off).
    bool cjkLatinSpacing = false;
    int weiboLimit = 2000;
    int weiboUrlWeight = 10;
    QStringList disabledRules;
};

struct CheckContext
{
    Digest digest;
    QVector<GlossaryTerm> glossary;
    // arXiv id (no version) → the earlier digests that featured it (the digest being checked left out).
    QHash<QString, QVector<FeaturedIn>> featuredBefore;
    CheckSettings settings;
    // Entry index → the comment threads on it not resolved yet (the team's review notes).
    QHash<int, int> unresolvedComments;
};

} // namespace DigestStudio
