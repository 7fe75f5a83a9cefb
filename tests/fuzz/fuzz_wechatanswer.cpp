// WeChatAnswer::parse on any bytes: never crashes; a valid answer has a well-formed errcode and an error
// explained in words naming the code; an invalid one says why; nothing over the limit is read.
#include "fuzzsupport.h"
#include "publishing/wechatanswer.h"

using namespace DigestStudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const WeChatAnswer answer = WeChatAnswer::parse(input);
    if (!answer.valid) {
        if (answer.problem.isEmpty())
            Fuzz::broken("an answer that is not valid says why", QString::fromUtf8(input.left(200)));
        if (answer.errcode != 0 || !answer.isError())
            Fuzz::broken("an answer that is not valid is an error with errcode 0");
        return 0;
    }
    if (input.size() > WeChatAnswer::MaxAnswerBytes)
        Fuzz::broken("nothing over MaxAnswerBytes is accepted");
    if (answer.isError() != (answer.errcode != 0))
        Fuzz::broken("a valid answer is an error exactly when errcode is not 0");
    if (answer.errmsg.size() > 500)
        Fuzz::broken("errmsg is bounded");
    const QString words = WeChatAnswer::explain(answer.errcode, answer.errmsg);
    if (!words.contains(QString::number(answer.errcode)))
        Fuzz::broken("the explanation names the code", words);
    // The members a publish reads never throw or misbehave on odd types.
    (void)answer.string(QStringLiteral("media_id"));
    (void)answer.string(QStringLiteral("url"));
    (void)answer.number(QStringLiteral("expires_in"), 7200);
    return 0;
}
