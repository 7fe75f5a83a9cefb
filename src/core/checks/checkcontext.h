// What the pre-flight checks read: the digest, the glossary, earlier features of its papers, and settings.
#pragma once

#include "model/digest.h"
#include "model/glossaryterm.h"
#include "model/paperstore.h"

#include <QHash>
#include <QStringList>
#include <QVector>

class QSettings;

namespace DigestStudio {

class Library;

struct CheckSettings
{
    // House style: a space between Chinese and Latin text (the sample has none: off).
    bool cjkLatinSpacing = false;
    int weiboLimit = 2000;
    int weiboUrlWeight = 10;
    QStringList disabledRules;

    static CheckSettings fromSettings(const QSettings &settings);
};

struct CheckContext
{
    Digest digest;
    QVector<GlossaryTerm> glossary;
    // arXiv id (no version) → the earlier digests that featured it (the digest being checked left out).
    QHash<QString, QVector<FeaturedIn>> featuredBefore;
    CheckSettings settings;

    // The context for checking `digest` against a library: its glossary, and the digests dated on or before
    // this one that featured each paper. Settings from the application settings.
    static CheckContext fromLibrary(Library *library, const Digest &digest);
};

} // namespace DigestStudio
