// LibraryLocation::parse on any text: no crash, and neither the display name nor the problem ever shows the
// password, nor (for built inputs) any part of it. The password is known from how the text was built, not
// from a URL parser: most inputs are assembled as `scheme user:PASSWORD@rest`, `scheme
// user@rest?password=PASSWORD`, or `scheme user:PASSWORD` with no '@' at all, from pieces of the input, so
// URLs no parser can read (a '?', '#', '%', space or '@' in the password) are checked too. The rest of the
// inputs are taken as they come, with the password a URL parser finds.
#include "fuzzsupport.h"
#include "storage/librarylocation.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

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

// The location text and the password in it.
struct Built
{
    QString text;
    QString password;
    // The twin: the same text with the password's letters and digits moved.
    QString twinText;
    // Taken as it came, the password being the one a URL parser finds (else built around it).
    bool parsed = false;
};

// Builds from the input: its first byte picks the shape and the scheme, the rest is split at U+0001 into
// user, password and rest (a missing piece is empty).
Built build(const QByteArray &bytes)
{
    Built b;
    if (bytes.isEmpty())
        return b;
    const uchar choice = static_cast<uchar>(bytes.at(0));
    const QStringList pieces = QString::fromUtf8(bytes.mid(1)).split(QChar(1));
    static const QStringList schemes{QStringLiteral("postgresql://"), QStringLiteral("postgres://"),
                                     QStringLiteral("POSTGRES://"),   QStringLiteral(" postgresql://"),
                                     QStringLiteral("postgresql:/"),  QStringLiteral("postgres:")};
    const QString scheme = schemes.at((choice >> 2) % schemes.size());
    const QString user = pieces.value(0);
    const QString password = pieces.value(1);
    const QString rest = pieces.value(2);
    const auto assemble = [&](const QString &secret) -> QString {
        switch (choice & 3) {
        case 0:
            return scheme + user + QLatin1Char(':') + secret + QLatin1Char('@') + rest;
        case 1:
            return scheme + user + QLatin1Char('@') + rest + QStringLiteral("?password=") + secret;
        default:
            return scheme + user + QLatin1Char(':') + secret + rest;
        }
    };
    if ((choice & 3) == 3) {
        b.parsed = true;
        b.text = QString::fromUtf8(bytes.mid(1));
        b.password = LibraryLocation::parse(b.text).password();
        const int schemeEnd = static_cast<int>(b.text.indexOf(QLatin1String("://")));
        const int from = schemeEnd < 0 ? 0 : schemeEnd + 3;
        b.twinText = b.text.left(from) + QString(b.text.mid(from)).replace(b.password, twinOf(b.password));
        return b;
    }
    // A user name is a user name: nothing in it ends or opens an authority (a '/' there puts the password in
    // the path, a message may show a path). Without an '@', `user:PASSWORD` must be where a host and port
    // would be: no '@' anywhere (one would end a user information), and a password that is no port number (a
    // port may be shown).
    static const QRegularExpression userName(QStringLiteral("^[^@/?#\\[]*$"));
    if (!userName.match(user).hasMatch())
        return b;
    // As an option's value (`?password=`), a password ends at a '&' or a '#' by the query's grammar (one that
    // holds them is written percent-encoded): what follows is another option, or a fragment.
    if ((choice & 3) == 1 && (password.contains(QLatin1Char('&')) || password.contains(QLatin1Char('#'))))
        return b;
    // Nor a '?' or '#' in it: without an '@' there is no user information, and the text from there on is a
    // query or a fragment, whose allowed items a message shows (`?schema=`).
    if ((choice & 3) == 2 && (password.isEmpty() || password.at(0).isDigit() ||
                              password.contains(QLatin1Char('@')) || password.contains(QLatin1Char('?')) ||
                              password.contains(QLatin1Char('#')) || rest.contains(QLatin1Char('@'))))
        return b;
    b.text = assemble(password);
    b.password = password;
    b.twinText = assemble(twinOf(password));
    return b;
}

// What of the password a message must not show: each run of 4 of its characters that holds a letter or a
// digit (any leaked part of 4 characters or more holds one), or the whole password when it is shorter.
QStringList piecesOf(const QString &password)
{
    if (password.size() < 4)
        return {password};
    QStringList pieces;
    for (int i = 0; i + 4 <= password.size(); ++i) {
        const QString piece = password.mid(i, 4);
        if (std::any_of(piece.begin(), piece.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            pieces.append(piece);
    }
    return pieces;
}

// `message` shows a piece more often than the twin's message does: the piece came from the password (the
// twin's message has the same fixed words, user, host and database).
bool showsAPiece(const QString &message, const QString &twinMessage, const QStringList &pieces)
{
    for (const QString &piece : pieces) {
        if (message.count(piece) > twinMessage.count(piece))
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Built built = build(Fuzz::bytes(data, size));
    const LibraryLocation location = LibraryLocation::parse(built.text);
    const QString &password = built.password;
    // A password of one or two characters occurs in any text by chance.
    if (password.size() < 3)
        return 0;
    const LibraryLocation twin = LibraryLocation::parse(built.twinText);
    if (built.parsed) {
        // Taken as it came: the text's other occurrences of the password are allowed (a database named like
        // it; the twin text changed them too), and so are the messages' fixed words ("ert" is in "sslcert").
        const int elsewhere = qMax(static_cast<int>(built.text.count(password)) - 1, 0);
        const bool inDisplay =
            location.displayName().count(password) > twin.displayName().count(password) + elsewhere;
        const bool inProblem =
            location.problem().count(password) > twin.problem().count(password) + elsewhere;
        if (inDisplay || inProblem)
            Fuzz::broken("a message never contains the password",
                         location.displayName() + QLatin1Char('\n') + location.problem());
        return 0;
    }
    // Built: no part of the password either (`postgresql://alice:s3cr?t@db/digest` showed `alice:s3cr`).
    const QStringList pieces = piecesOf(password);
    if (showsAPiece(location.displayName(), twin.displayName(), pieces) ||
        showsAPiece(location.problem(), twin.problem(), pieces))
        Fuzz::broken("a message never contains the password or a part of it",
                     built.text + QLatin1Char('\n') + location.displayName() + QLatin1Char('\n') +
                         location.problem());
    return 0;
}
