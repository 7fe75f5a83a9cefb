// Where papers are read in full by default, and how long one read may take: FulltextClient's defaults, which
// the settings keys refer to (a header without Qt GUI, for every layer that reads the settings).
#pragma once

#include <QString>

namespace DigestStudio::FulltextSite {

inline QString defaultUrl()
{
    return QStringLiteral("https://arxiv.org");
}
// One read in all: the page, the PDF, their retries and waits.
constexpr int DefaultDeadlineMs = 120 * 1000;

} // namespace DigestStudio::FulltextSite
