// The OpenAI-compatible answer reader (ChatStreamReader, behind OpenAiProvider::reader()) on any bytes, as a
// drafting job feeds it: no crash; the outcome (draft, error) does not depend on where the packets were cut;
// the text shown while streaming only grows; a stream without `[DONE]` is never accepted; nothing after
// `[DONE]` changes the draft; an accepted draft has a title and a summary.
#include "drafting/openaiprovider.h"
#include "fuzzsupport.h"

using namespace DigestStudio;

namespace {

struct Outcome
{
    bool ok = false;
    DraftFields fields;
    QString error;
};

// Feeds `bytes` cut at the given offsets, as a job does (stopping at the first refusal), then finishes.
Outcome read(const QByteArray &bytes, const QVector<int> &cuts)
{
    const std::unique_ptr<DraftAnswerReader> reader = OpenAiProvider().reader();
    Outcome outcome;
    QString shown;
    int from = 0;
    bool refused = false;
    for (const int cut : cuts + QVector<int>{int(bytes.size())}) {
        if (!reader->feed(bytes.mid(from, cut - from))) {
            refused = true;
            break;
        }
        from = cut;
        const QString now = reader->textSoFar();
        if (!now.startsWith(shown))
            Fuzz::broken("the text shown while streaming only grows",
                         shown + QStringLiteral("\n----\n") + now);
        shown = now;
    }
    outcome.ok = !refused && reader->finish(&outcome.fields);
    outcome.error = reader->error();
    if (!outcome.ok && outcome.error.isEmpty())
        Fuzz::broken("a refused answer says why");
    return outcome;
}

bool same(const Outcome &a, const Outcome &b)
{
    return a.ok == b.ok && a.fields == b.fields && a.error == b.error;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    const int n = static_cast<int>(bytes.size());
    const Outcome whole = read(bytes, {});
    const int cut1 = n > 0 ? data[0] % (n + 1) : 0;
    const int cut2 = n > 1 ? cut1 + data[n - 1] % (n - cut1 + 1) : cut1;
    if (!same(read(bytes, {cut1, cut2}), whole))
        Fuzz::broken("the packet boundaries do not change the outcome", whole.error);
    // Every byte in its own packet (a slow server).
    if (n <= 512) {
        QVector<int> everyByte;
        for (int i = 1; i < n; ++i)
            everyByte.append(i);
        if (!same(read(bytes, everyByte), whole))
            Fuzz::broken("one byte per packet does not change the outcome", whole.error);
    }
    if (whole.ok && (whole.fields.zhTitle.isEmpty() || whole.fields.zhSummary.isEmpty()))
        Fuzz::broken("an accepted draft has a title and a summary");
    const bool stream = !bytes.trimmed().startsWith('{');
    if (whole.ok && stream && !bytes.contains("[DONE]"))
        Fuzz::broken("a stream without [DONE] is never accepted");
    if (whole.ok && stream) {
        // After [DONE] a server may send anything: another delta, a usage chunk, an error, garbage.
        const QByteArray after =
            bytes +
            "\n\ndata: {\"choices\":[{\"delta\":{\"content\":\"X\"},\"finish_reason\":\"length\"}]}\n\n"
            "data: {\"error\":{\"message\":\"late\"}}\n\ndata: not json\n\n";
        if (!same(read(after, {n}), whole))
            Fuzz::broken("nothing after [DONE] changes the draft");
    }
    return 0;
}
