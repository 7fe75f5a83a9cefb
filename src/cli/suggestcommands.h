// The digestctl commands of the suggestions: suggest (rank a stored or given listing), suggest-eval (replay
// the history with a rolling origin) and history import (a history kept elsewhere).
#pragma once

#include "ctlcommand.h"

#include <QVector>

namespace DigestStudio {

class SuggestCommands final
{
public:
    // The largest listing file `suggest --listing` reads (paper JSON: a day of 2,000 papers is about 6 MB).
    static constexpr qint64 MaxListingBytes = 64 * 1024 * 1024;

    static QVector<CtlCommand> declare();

    // `suggest [--date YYYY-MM-DD] [--listing FILE.json] [--top N] [--json]`: the listing of that day (today
    // by default) or the paper JSON array in FILE, best first, as [{"id", "score", "reasons": [...]}].
    static int suggest(CtlCall &call);
    // `suggest-eval [--json]`: days, recall_at_9, recall_at_50, ndcg_at_20 and map for model, random,
    // feed_order and centroid.
    static int evaluate(CtlCall &call);
    // `history import FILE.jsonl`: all of the file or nothing (at most HistoryJsonl::MaxBytes); creates no
    // digests.
    static int history(CtlCall &call);
};

} // namespace DigestStudio
