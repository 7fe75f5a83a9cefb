// PresenceBeat::parse on any bytes (what anyone who can connect may NOTIFY on the presence channel): no
// crash; a refusal says why; an accepted message keeps within the bounds presencebeat.h promises and goes to
// bytes and back unchanged.
#include "fuzzsupport.h"
#include "model/presencebeat.h"

using namespace DigestStudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray payload = Fuzz::bytes(data, size);
    PresenceBeat beat;
    QString problem;
    if (!PresenceBeat::parse(payload, &beat, &problem)) {
        if (problem.isEmpty())
            Fuzz::broken("a refused message says why", QString::fromUtf8(payload));
        return 0;
    }
    if (payload.size() > PresenceBeat::MaxPayloadBytes || beat.session.isEmpty() ||
        beat.session.size() > PresenceBeat::MaxSessionChars ||
        beat.person.size() > PresenceBeat::MaxNameChars ||
        beat.displayName.size() > PresenceBeat::MaxNameChars || beat.position > PresenceBeat::MaxPosition ||
        beat.digestId < 0 || beat.entryId < 0 || (beat.typing && !beat.field))
        Fuzz::broken("an accepted message is within its bounds", QString::fromUtf8(payload));
    const QByteArray again = beat.toPayload();
    PresenceBeat back;
    if (!PresenceBeat::parse(again, &back, &problem))
        Fuzz::broken("an accepted message, written again, is accepted", problem);
    if (back.kind != beat.kind || back.session != beat.session || back.person != beat.person ||
        back.displayName != beat.displayName || back.digestId != beat.digestId ||
        back.entryId != beat.entryId || back.position != beat.position || back.field != beat.field ||
        back.typing != beat.typing)
        Fuzz::broken("an accepted message reads back as itself", QString::fromUtf8(again));
    return 0;
}
