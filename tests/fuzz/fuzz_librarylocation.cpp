// LibraryLocation::parse on any text: no crash, and neither the display name nor the problem ever shows the
// password.
#include "fuzzsupport.h"
#include "storage/librarylocation.h"

using namespace DigestStudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const LibraryLocation location = LibraryLocation::parse(text);
    const QString password = location.password();
    // A password of one or two characters occurs in any text by chance; longer ones must never show.
    if (password.size() >= 3 &&
        (location.displayName().contains(password) || location.problem().contains(password)))
        Fuzz::broken("a message never contains the password", location.displayName());
    return 0;
}
