// A second process for the library's concurrency and crash tests: saves edits and reports each commit.
//   library-writer edit LOCATION COUNT PREFIX ENTRY_ID...   save zh_summary "PREFIX i" round-robin over the
//                                                           entries (COUNT 0: until killed), printing
//                                                           "committed ENTRY_ID i" after each commit
//   library-writer save LOCATION ENTRY_ID REVISION VALUE    one save of zh_summary based on REVISION:
//                                                           "saved NEW_REVISION" (exit 0) or
//                                                           "conflict<TAB>THEIRS<TAB>OURS" (exit 3)
#include "storage/library.h"
#include "util/compat.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextStream>

#include <cstdio>

using namespace DigestStudio;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    Compat::setUtf8(out);
    Compat::setUtf8(err);
    if (args.size() < 2) {
        err << "usage: library-writer edit|save LOCATION ...\n";
        return 2;
    }
    LibraryError error;
    auto library = Library::open(args.at(1), &error);
    if (!library) {
        err << error.message << '\n';
        return 1;
    }
    if (args.at(0) == QLatin1String("save") && args.size() == 5) {
        const SaveResult r = library->saveField(args.at(2).toLongLong(), args.at(3).toLongLong(),
                                                DigestEntry::Field::ZhSummary, args.at(4));
        if (r.saved()) {
            out << "saved " << r.revision << '\n';
            return 0;
        }
        if (r.isConflict()) {
            out << "conflict\t" << r.theirs.zhSummary() << '\t' << r.ours.zhSummary() << '\n';
            return 3;
        }
        err << r.error.message << '\n';
        return 1;
    }
    if (args.at(0) == QLatin1String("edit") && args.size() >= 5) {
        const qint64 count = args.at(2).toLongLong();
        const QString prefix = args.at(3);
        QVector<qint64> ids;
        QHash<qint64, qint64> revisions;
        for (int i = 4; i < args.size(); ++i) {
            const qint64 id = args.at(i).toLongLong();
            DigestEntry entry;
            LibraryError loadError;
            if (!library->loadEntry(id, &entry, &loadError)) {
                err << loadError.message << '\n';
                return 1;
            }
            ids.append(id);
            revisions.insert(id, entry.revision());
        }
        for (qint64 i = 0; count == 0 || i < count; ++i) {
            const qint64 id = ids.at(static_cast<int>(i % ids.size()));
            const SaveResult r = library->saveField(id, revisions.value(id), DigestEntry::Field::ZhSummary,
                                                    prefix + QLatin1Char(' ') + QString::number(i));
            if (!r.saved()) {
                err << (r.isConflict() ? QStringLiteral("unexpected conflict on entry ") + QString::number(id)
                                       : r.error.message)
                    << '\n';
                return r.isConflict() ? 3 : 1;
            }
            revisions.insert(id, r.revision);
            out << "committed " << id << ' ' << i << '\n';
            out.flush();
        }
        return 0;
    }
    err << "usage: library-writer edit|save LOCATION ...\n";
    return 2;
}
