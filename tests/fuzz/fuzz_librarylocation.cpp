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
    // A password of one or two characters occurs in any text by chance. A longer one may also stand elsewhere
    // in the URL (a database named like it), or percent-encoded in it; the messages must at least have
    // dropped the password itself. The list of known option names is fixed text (a password "ert" is in
    // "sslcert").
    const int allowed = qMax(static_cast<int>(text.count(password)) - 1, 0);
    const QString problem = location.problem();
    const QString ownWords = problem.left(problem.indexOf(QStringLiteral("(known:")));
    if (password.size() >= 3 &&
        (location.displayName().count(password) > allowed || ownWords.count(password) > allowed))
        Fuzz::broken("a message never contains the password",
                     location.displayName() + QLatin1Char('\n') + problem);
    return 0;
}
