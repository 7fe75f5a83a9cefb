// The drafting stream reader on any bytes: SseParser, ChatChunkDecoder and ThinkStripper. No crash; the
// events do not depend on where the packets were cut; stripping is the same fed whole or in pieces.
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
    ThinkStripper stripper;
    QString shown;
    for (const SseEvent &event : whole) {
        const ChatChunk chunk = ChatChunkDecoder::decode(event.data);
        if (chunk.done && (!chunk.content.isEmpty() || chunk.invalid))
            Fuzz::broken("[DONE] carries nothing else");
        shown += stripper.feed(chunk.content);
    }
    shown += stripper.finish();
    // The same text fed whole strips the same way.
    QString all;
    for (const SseEvent &event : whole)
        all += ChatChunkDecoder::decode(event.data).content;
    if (ThinkStripper::strip(all) != shown)
        Fuzz::broken("think stripping does not depend on the chunks", all.left(200));
    return 0;
}
