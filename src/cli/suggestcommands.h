// The digestctl commands of the suggestions: suggest (rank a stored or given listing), suggest-eval (replay
// the history with a rolling origin) and history import (a history kept elsewhere).
#pragma once

#include "ctlrunner.h"

namespace DigestStudio {

class SuggestCommands final
{
public:
    static void registerInto(QHash<QString, CtlRunner::Handler> *commands);

    // `suggest [--date YYYY-MM-DD] [--listing FILE.json] [--top N] [--json]`: the listing of that day (today
    // by default) or the paper JSON array in FILE, best first, as [{"id", "score", "reasons": [...]}].
    static int suggest(CtlContext &context, const QStringList &arguments);
    // `suggest-eval [--json]`: days, recall_at_9, recall_at_50, ndcg_at_20 and map for model, random,
    // feed_order and centroid.
    static int evaluate(CtlContext &context, const QStringList &arguments);
    // `history import FILE.jsonl`: all of the file or nothing; creates no digests.
    static int history(CtlContext &context, const QStringList &arguments);
};

} // namespace DigestStudio
