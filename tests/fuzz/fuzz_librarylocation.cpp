// LibraryLocation::parse on any text: no crash, and neither the display name nor the problem ever shows the
// password.
#include "fuzzsupport.h"
#include "storage/librarylocation.h"

using namespace DigestStudio;

namespace {

// Each letter or digit of `password` moved to another of its kind (a-f stay hex digits, case is kept), so the
// twin takes the same way through the parser. Control characters in its place made the parser refuse the
// URL for another reason, with another message: a 33-byte input then "showed" "ter" from "interval".
QString twinOf(const QString &password)
{
    QString twin = password;
    for (QChar &c : twin) {
        const char16_t u = c.unicode();
        const auto cycle = [u](char16_t first, char16_t last) { return QChar(u == last ? first : u + 1); };
        if (u >= 'a' && u <= 'f')
            c = cycle('a', 'f');
        else if (u >= 'g' && u <= 'z')
            c = cycle('g', 'z');
        else if (u >= 'A' && u <= 'F')
            c = cycle('A', 'F');
        else if (u >= 'G' && u <= 'Z')
            c = cycle('G', 'Z');
        else if (u >= '0' && u <= '9')
            c = cycle('0', '9');
        // Anything else stays: '%' and what follows it keep their meaning.
    }
    return twin;
}

// `text` with the password's occurrences after the scheme replaced by its twin (the scheme stays a scheme).
QString twinText(const QString &text, const QString &password)
{
    const int schemeEnd = static_cast<int>(text.indexOf(QLatin1String("://")));
    const int from = schemeEnd < 0 ? 0 : schemeEnd + 3;
    return text.left(from) + QString(text.mid(from)).replace(password, twinOf(password));
}

} // namespace

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
    const LibraryLocation twin = LibraryLocation::parse(twinText(text, password));
    const int elsewhere = qMax(static_cast<int>(text.count(password)) - 1, 0);
    const bool inDisplay =
        location.displayName().count(password) > twin.displayName().count(password) + elsewhere;
    const bool inProblem = location.problem().count(password) > twin.problem().count(password) + elsewhere;
    if (inDisplay || inProblem)
        Fuzz::broken("a message never contains the password",
                     location.displayName() + QLatin1Char('\n') + location.problem());
    return 0;
}
