// The draft JSON parser and the math masker on any text: no crash; a parsed draft has its three fields with
// a title and a summary; masking then restoring gives the text back.
#include "drafting/draftjsonparser.h"
#include "drafting/mathmasker.h"
#include "fuzzsupport.h"

using namespace DigestStudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    DraftFields fields;
    QString error;
    if (DraftJsonParser::parse(text, &fields, &error)) {
        if (fields.zhTitle.isEmpty() || fields.zhSummary.isEmpty())
            Fuzz::broken("a parsed draft has a title and a summary");
    } else if (error.isEmpty()) {
        Fuzz::broken("a refused draft says why");
    }

    // Round trip: two texts through one masker, as a title and an abstract go.
    const int half = static_cast<int>(text.size()) / 2;
    MathMasker masker;
    const QString first = masker.mask(text.left(half));
    const int firstSpans = masker.count();
    const QString second = masker.mask(text.mid(half));
    QString restored;
    if (!masker.restoreAll(first, 0, firstSpans, &restored, &error) || restored != text.left(half))
        Fuzz::broken("mask then restore gives the first text back", error);
    if (!masker.restoreAll(second, firstSpans, masker.count(), &restored, &error) ||
        restored != text.mid(half))
        Fuzz::broken("mask then restore gives the second text back", error);
    return 0;
}
