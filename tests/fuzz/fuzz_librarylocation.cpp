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
    // A password of one or two characters occurs in any text by chance.
    if (password.size() < 3)
        return 0;
    // The messages' fixed words may hold it too ("ert" is in "sslcert", "ssw" in "password"): what the same
    // text with the password masked gives is allowed, and so are the text's other occurrences of it (a
    // database named like it). Only the password itself must be gone.
    const LibraryLocation twin =
        LibraryLocation::parse(QString(text).replace(password, QString(password.size(), QChar(0x2))));
    const int elsewhere = qMax(static_cast<int>(text.count(password)) - 1, 0);
    const bool inDisplay =
        location.displayName().count(password) > twin.displayName().count(password) + elsewhere;
    const bool inProblem = location.problem().count(password) > twin.problem().count(password) + elsewhere;
    if (inDisplay || inProblem)
        Fuzz::broken("a message never contains the password",
                     location.displayName() + QLatin1Char('\n') + location.problem());
    return 0;
}
