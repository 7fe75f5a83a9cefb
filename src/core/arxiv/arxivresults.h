// What the arXiv and OpenAlex clients answer: an id lookup, a daily listing, a search page, a paper's
// affiliations. The services fill in what the library adds (papers it already had, its refusal to keep them).
#pragma once

#include "arxiv/listingparser.h"
#include "model/arxivid.h"
#include "model/paper.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>
#include <QVector>

namespace DigestStudio {

struct ArxivLookupResult
{
    QVector<Paper> papers;    // the papers found, in the order they were asked for
    QStringList fromLibrary;  // ids answered from the library without a request
    QStringList missing;      // well-formed ids arXiv has no paper for
    QVector<ArxivId> invalid; // ids arXiv refused as malformed (error() says why)
    QString error;            // why some ids could not be looked up at all; empty when none
    QStringList failed;       // the ids that `error` concerns
    QString storeError;       // the library refused the results
    bool cancelled = false;
    int requests = 0; // HTTP requests made, retries included
};

struct ArxivListingResult
{
    QStringList categories;
    // The client: every item of the feed; ListingService: the new submissions (and cross-lists when asked),
    // never replacements.
    QVector<ListingParser::Item> items;
    QDateTime announced;  // the feed's announcement date
    QStringList skipDays; // the days the feed says it skips (`Saturday`)
    QString notice;       // why there is nothing: a weekend or a holiday (ListingService)
    QString error;
    bool cancelled = false;
};

struct ArxivSearchResult
{
    QString query;
    int start = 0;         // the index of the first paper of this page
    int totalResults = 0;  // matches in all
    QVector<Paper> papers; // this page
    QString error;
    bool cancelled = false;
};

struct AffiliationResult
{
    QString arxivId;
    QStringList authors;      // as OpenAlex names them, in author order
    QStringList affiliations; // one per author (several joined by `; `), empty strings where unknown
    QString error;
    bool cancelled = false;
};

} // namespace DigestStudio

Q_DECLARE_METATYPE(DigestStudio::ArxivLookupResult)
Q_DECLARE_METATYPE(DigestStudio::ArxivListingResult)
Q_DECLARE_METATYPE(DigestStudio::ArxivSearchResult)
Q_DECLARE_METATYPE(DigestStudio::AffiliationResult)
