#include "minewatch.h"

#include "ctlcall.h"
#include "services/assignmentwatch.h"
#include "services/desktopnotifier.h"
#include "storage/library.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace DigestStudio {

namespace {

// The longest --for: a day (a watch meant to last longer runs without it).
constexpr int MaxSeconds = 24 * 60 * 60;

void print(CtlCall &call, const AssignmentNotice &notice, bool json)
{
    const QString role = notice.asReviewer ? QStringLiteral("reviewer") : QStringLiteral("assignee");
    if (json) {
        const QJsonObject object{{QStringLiteral("digest_id"), notice.digestId},
                                 {QStringLiteral("date"), notice.digestDate.toString(Qt::ISODate)},
                                 {QStringLiteral("position"), notice.position},
                                 {QStringLiteral("arxiv_id"), notice.arxivId},
                                 {QStringLiteral("title"), notice.title},
                                 {QStringLiteral("short_title"), notice.shortTitle},
                                 {QStringLiteral("as"), role},
                                 {QStringLiteral("by"), notice.by},
                                 {QStringLiteral("by_name"), notice.byName}};
        call.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        call.out() << notice.digestDate.toString(Qt::ISODate) << '\t' << notice.digestId << '\t'
                   << notice.position << '\t' << role << '\t' << notice.by << '\t' << notice.arxivId << '\t'
                   << notice.shortTitle << '\n';
    }
    // A line as it comes: whoever reads the pipe sees it now, not when the watch ends.
    call.out().flush();
}

} // namespace

int MineWatch::run(CtlCall &call)
{
    int seconds = 0;
    const QString forText = call.value(QStringLiteral("--for"));
    if (!forText.isNull()) {
        bool ok = false;
        seconds = forText.toInt(&ok);
        if (!ok || seconds < 1 || seconds > MaxSeconds)
            return call.usage(QStringLiteral("--for '") + forText +
                              QStringLiteral("' is not a number of seconds from 1 to 86400"));
    }
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    AssignmentWatch watch(library);
    LibraryError error;
    if (!watch.start(&error))
        return call.failed(error.message);
    const bool json = call.isSet(QStringLiteral("--json"));
    std::unique_ptr<DesktopNotifier> notifier;
    if (call.isSet(QStringLiteral("--notify"))) {
        notifier = std::make_unique<DesktopNotifier>();
        QObject::connect(notifier.get(), &DesktopNotifier::failed, &watch,
                         [&call](const QString &message) { call.notice(message); });
    }
    QObject::connect(&watch, &AssignmentWatch::assigned, &watch, [&](const AssignmentNotice &notice) {
        print(call, notice, json);
        // Not waiting for the server: the next assignment is printed while a slow one answers.
        if (notifier)
            notifier->post(QStringLiteral("Digest Studio"), notice.sentence());
    });
    QObject::connect(&watch, &AssignmentWatch::failed, &watch,
                     [&call](const QString &message) { call.notice(message); });
    call.notice(QStringLiteral("watching for entries assigned to ") + library->person() +
                (seconds > 0 ? QStringLiteral(" for ") + QString::number(seconds) + QStringLiteral(" s")
                             : QStringLiteral(" until interrupted")));
    QEventLoop loop;
    if (seconds > 0)
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    return CtlOk;
}

} // namespace DigestStudio
