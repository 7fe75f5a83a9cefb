// The streaming preview's reader on any text, and on a draft object carrying the input as its title, cut
// anywhere: no crash, nothing longer than what arrived, and a cut object shows a beginning of the title
// (never a character that was not sent); the whole object shows the whole title.
#include "drafting/streameddraft.h"
#include "fuzzsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace DigestStudio;

namespace {

void checkBounded(const QString &text)
{
    const DraftFields fields = StreamedDraft::read(text);
    if (fields.zhTitle.size() > text.size() || fields.zhShortTitle.size() > text.size() ||
        fields.zhSummary.size() > text.size())
        Fuzz::broken("a field is no longer than the text it was read from", text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    checkBounded(text);

    const QJsonObject object{{QStringLiteral("zh_title"), text},
                             {QStringLiteral("zh_short_title"), QStringLiteral("短标题")},
                             {QStringLiteral("zh_summary"), QStringLiteral("摘要。")}};
    const QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (StreamedDraft::read(json).zhTitle != text)
        Fuzz::broken("the whole object shows the whole title", json);
    const int cuts = 48;
    for (int i = 1; i < cuts; ++i) {
        const QString arrived = json.left(int(qint64(json.size()) * i / cuts));
        checkBounded(arrived);
        if (!text.startsWith(StreamedDraft::read(arrived).zhTitle))
            Fuzz::broken("a cut object shows a beginning of the title", arrived);
    }
    return 0;
}
