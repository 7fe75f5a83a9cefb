// The reader of a model's answer about an author block, on any bytes: the input's part before its first NUL
// is the block, the rest the server's answer. No crash; a read answer names at most 64 distinct institutions,
// each non-empty, at most 300 characters and text of the block; a refused one says why.
#include "drafting/authorblockanswer.h"
#include "fuzzsupport.h"

using namespace DigestStudio;

namespace {

void check(const AuthorBlockAnswer &answer, const QString &block)
{
    if (!answer.ok()) {
        if (!answer.institutions.isEmpty())
            Fuzz::broken("a refused answer takes no institution");
        return;
    }
    if (answer.institutions.size() > AuthorBlockAnswer::MaxInstitutions)
        Fuzz::broken("at most 64 institutions");
    const QString simplified = block.simplified();
    for (int i = 0; i < answer.institutions.size(); ++i) {
        const QString &name = answer.institutions.at(i);
        if (name.isEmpty() || name.size() > AuthorBlockAnswer::MaxNameChars)
            Fuzz::broken("a name is not empty and at most 300 characters", name);
        if (!simplified.contains(name))
            Fuzz::broken("every name is text of the block", name);
        if (answer.institutions.indexOf(name) != i)
            Fuzz::broken("every name once", name);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const int split = input.indexOf('\0');
    const QString block = QString::fromUtf8(split < 0 ? QByteArray() : input.left(split));
    const QByteArray body = split < 0 ? input : input.mid(split + 1);
    check(AuthorBlockAnswer::read(body, block), block);
    check(AuthorBlockAnswer::fromText(QString::fromUtf8(body), block), block);
    return 0;
}
