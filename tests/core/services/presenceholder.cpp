// The other person of core-presenceservice's crash test: a process that opens LOCATION, holds presence in
// DIGEST at ENTRY (POSITION) as NAME (default 王芳), typing in the summary, prints "present SESSION" and runs
// until it is killed.
#include "services/presenceservice.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace DigestStudio;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5 && args.size() != 6) {
        std::fprintf(stderr, "usage: presence_holder LOCATION DIGEST ENTRY POSITION [NAME]\n");
        return 2;
    }
    LibraryError error;
    const auto library = Library::open(args.at(1), &error);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    PresenceService presence(*library, args.size() == 6 ? args.at(5) : QStringLiteral("王芳"));
    presence.start(true);
    presence.setPlace(args.at(2).toLongLong(), args.at(3).toLongLong(), args.at(4).toInt());
    presence.noteTyping(DigestEntry::Field::ZhSummary);
    std::printf("present %s\n", qPrintable(presence.session()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
