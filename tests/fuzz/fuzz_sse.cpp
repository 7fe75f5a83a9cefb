// The drafting stream's layers on any bytes: SseParser, ChatChunkDecoder and ThinkStripper. No crash; the
// events do not depend on where the packets were cut; a `data: [DONE]` after a blank line is always the last
// event and the end marker; stripping is the same fed whole or in pieces. (ChatStreamReader, which puts them
// together, has fuzz-chatstream.)
#include "drafting/chatchunkdecoder.h"
#include "drafting/sseparser.h"
#include "drafting/thinkstripper.h"
#include "fuzzsupport.h"

using namespace DigestStudio;

namespace {

QVector<SseEvent> parse(const QByteArray &bytes, int cut1, int cut2)
{
    SseParser parser;
    QVector<SseEvent> events;
    parser.feed(bytes.left(cut1), &events);
    parser.feed(bytes.mid(cut1, cut2 - cut1), &events);
    parser.feed(bytes.mid(cut2), &events);
    parser.finish(&events);
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    const int n = static_cast<int>(bytes.size());
    const QVector<SseEvent> whole = parse(bytes, n, n);
    const int cut1 = n > 0 ? data[0] % (n + 1) : 0;
    const int cut2 = n > 1 ? cut1 + data[n - 1] % (n - cut1 + 1) : cut1;
    const QVector<SseEvent> pieces = parse(bytes, cut1, cut2);
    if (pieces.size() != whole.size())
        Fuzz::broken("the packet boundaries do not change the number of events");
    for (int i = 0; i < whole.size(); ++i) {
        if (pieces.at(i).data != whole.at(i).data || pieces.at(i).event != whole.at(i).event)
            Fuzz::broken("the packet boundaries do not change an event", QString::number(i));
    }
    // Whatever came before (a line cut short, a lone CR, a half byte order mark, a pending event), a blank
    // line then `data: [DONE]` is one more event, the last, and it decodes as the end marker, however it is
    // cut.
    const QByteArray ended = bytes + "\n\ndata: [DONE]\n\n";
    const int m = static_cast<int>(ended.size());
    const QVector<SseEvent> before = parse(bytes + "\n\n", n + 2, n + 2);
    const QVector<SseEvent> withDone = parse(ended, cut1, cut1 + (n > 0 ? data[n / 2] : 0) % (m - cut1 + 1));
    if (withDone.size() != before.size() + 1)
        Fuzz::broken("[DONE] after a blank line is one more event", QString::number(withDone.size()));
    if (withDone.constLast().data != "[DONE]" || !ChatChunkDecoder::decode(withDone.constLast().data).done)
        Fuzz::broken("[DONE] after a blank line ends the stream",
                     QString::fromUtf8(withDone.constLast().data));
    ThinkStripper stripper;
    QString shown;
    for (const SseEvent &event : whole)
        shown += stripper.feed(ChatChunkDecoder::decode(event.data).content);
    shown += stripper.finish();
    // The same text fed whole strips the same way.
    QString all;
    for (const SseEvent &event : whole)
        all += ChatChunkDecoder::decode(event.data).content;
    if (ThinkStripper::strip(all) != shown)
        Fuzz::broken("think stripping does not depend on the chunks", all.left(200));
    return 0;
}
