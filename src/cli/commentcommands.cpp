#include "commentcommands.h"

#include "ctlcall.h"
#include "ctlcommandtable.h"
#include "storage/commentstore.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DigestStudio {

namespace {

QJsonObject toJson(const EntryComment &c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("position"), c.position},
                       {QStringLiteral("field"), c.field.isEmpty() ? QJsonValue() : QJsonValue(c.field)},
                       {QStringLiteral("quote"), c.quote},
                       {QStringLiteral("author"), c.author},
                       {QStringLiteral("at"), c.at.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("text"), c.text},
                       {QStringLiteral("resolved"), c.resolved},
                       {QStringLiteral("outdated"), c.outdated}};
}

bool positiveId(const QString &text, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok && *value > 0;
}

} // namespace

QVector<CtlCommand> CommentCommands::declare()
{
    const char *digest = "a digest id, or a date YYYY-MM-DD (the latest digest of that day)";
    return {
        CtlCommand("comment", &CommentCommands::comment)
            .inSection(CtlSection::Team)
            .usingLibrary()
            .withSummary("comment on an entry (a new thread, or a reply); prints the comment's id")
            .withHelp("Starts a comment thread on the entry at POSITION, anchored to FIELD (the whole entry "
                      "without --field) and to the first place --quote's text appears in it (the whole "
                      "field without --quote). The anchor follows later edits of the field; when its text "
                      "is gone the comment is outdated. With --reply-to the comment is a reply in that "
                      "thread instead. Prints the new comment's id. An unresolved thread is an error of the "
                      "pre-flight check (unresolved-comment): publishing needs it resolved.")
            .withArgument("DIGEST", digest)
            .withArgument("POSITION", "the entry's position in the digest, from 1")
            .withArgument("TEXT", "what the comment says")
            .withOption("--field", "F", "the field the comment is on: tag, title, zh_title, zh_summary, ...")
            .withOption("--quote", "TEXT", "the span of the field the comment is about")
            .withOption("--reply-to", "ID", "a comment of the thread to reply in"),
        CtlCommand("resolve", &CommentCommands::resolve)
            .inSection(CtlSection::Team)
            .usingLibrary()
            .withSummary("resolve a comment's thread")
            .withHelp("Marks the thread COMMENT_ID belongs to resolved (or, with --reopen, not resolved).")
            .withArgument("COMMENT_ID", "the id 'comment' printed, or one 'comments' lists")
            .withFlag("--reopen", "mark the thread not resolved again"),
        CtlCommand("comments", &CommentCommands::comments)
            .inSection(CtlSection::Team)
            .usingLibrary()
            .withSummary("the comment threads of a digest")
            .withHelp("Prints the digest's comment threads by entry position: the id, the position and "
                      "field, open, resolved or outdated, the author, the quoted text and the comment, then "
                      "its replies indented.")
            .withArgument("DIGEST", digest)
            .withFlag("--json", "a JSON array of {\"id\", \"position\", \"field\", \"quote\", \"author\", "
                                "\"at\", \"text\", \"resolved\", \"outdated\", \"replies\": [...]} instead"),
    };
}

int CommentCommands::comment(CtlCall &call)
{
    bool ok = false;
    const int position = call.argument(1).toInt(&ok);
    if (!ok || position < 1)
        return call.usage(QStringLiteral("POSITION '") + call.argument(1) +
                          QStringLiteral("' is not a positive number"));
    const QString replyTo = call.value(QStringLiteral("--reply-to"));
    qint64 parent = 0;
    if (!replyTo.isNull() && !positiveId(replyTo, &parent))
        return call.usage(QStringLiteral("--reply-to '") + replyTo + QStringLiteral("' is not a comment id"));
    const QString field = call.value(QStringLiteral("--field"));
    DigestEntry::Field f = DigestEntry::Field::Tag;
    if (!field.isNull() && !DigestEntry::fieldFromName(field, &f))
        return call.usage(QStringLiteral("unknown FIELD '") + field + QLatin1Char('\''));
    const qint64 digestId = call.digestId(call.argument(0));
    if (digestId == 0)
        return CtlFailed;
    Library *library = call.library();
    LibraryError error;
    const qint64 entryId = library->entryIdAt(digestId, position, &error);
    if (entryId == 0)
        return call.failed(error.message);
    qint64 id = 0;
    if (parent != 0) {
        id = library->comments().reply(parent, call.argument(2), &error);
    } else {
        int start = 0;
        int length = 0;
        const QString quote = call.value(QStringLiteral("--quote"));
        if (!quote.isEmpty()) {
            DigestEntry entry;
            if (field.isNull() || !library->loadEntry(entryId, &entry, &error))
                return field.isNull() ? call.usage(QStringLiteral("--quote needs --field"))
                                      : call.failed(error.message);
            start = static_cast<int>(entry.field(f).indexOf(quote));
            if (start < 0)
                return call.failed(QStringLiteral("'") + quote + QStringLiteral("' is not in the ") + field +
                                   QStringLiteral(" of entry ") + QString::number(position));
            length = static_cast<int>(quote.size());
        }
        id = library->comments().add(entryId, field, start, length, call.argument(2), &error);
    }
    if (id == 0)
        return call.failed(error.message);
    call.out() << id << '\n';
    return CtlOk;
}

int CommentCommands::resolve(CtlCall &call)
{
    qint64 id = 0;
    if (!positiveId(call.argument(0), &id))
        return call.usage(QStringLiteral("COMMENT_ID '") + call.argument(0) +
                          QStringLiteral("' is not a comment id"));
    Library *library = call.library();
    if (!library)
        return CtlFailed;
    LibraryError error;
    if (!library->comments().resolve(id, !call.isSet(QStringLiteral("--reopen")), &error))
        return call.failed(error.message);
    return CtlOk;
}

int CommentCommands::comments(CtlCall &call)
{
    const qint64 digestId = call.digestId(call.argument(0));
    if (digestId == 0)
        return CtlFailed;
    LibraryError error;
    const QVector<EntryComment> all = call.library()->comments().comments(digestId, &error);
    if (error.isError())
        return call.failed(error.message);
    if (call.isSet(QStringLiteral("--json"))) {
        QJsonArray threads;
        for (const EntryComment &c : all) {
            if (c.parentId == 0) {
                QJsonObject thread = toJson(c);
                thread.insert(QStringLiteral("replies"), QJsonArray());
                threads.append(thread);
            } else if (!threads.isEmpty()) {
                // Replies come right after their thread.
                QJsonObject thread = threads.last().toObject();
                QJsonArray replies = thread.value(QStringLiteral("replies")).toArray();
                QJsonObject reply = toJson(c);
                reply.insert(QStringLiteral("replies"), QJsonArray());
                replies.append(reply);
                thread.insert(QStringLiteral("replies"), replies);
                threads[threads.size() - 1] = thread;
            }
        }
        call.out() << QString::fromUtf8(QJsonDocument(threads).toJson(QJsonDocument::Indented));
        return CtlOk;
    }
    if (all.isEmpty())
        call.notice(QStringLiteral("the digest has no comments"));
    for (const EntryComment &c : all) {
        const QString state = c.resolved   ? QStringLiteral("resolved")
                              : c.outdated ? QStringLiteral("outdated")
                                           : QStringLiteral("open");
        if (c.parentId == 0)
            call.out() << '#' << c.id << '\t' << c.position << '\t'
                       << (c.field.isEmpty() ? QStringLiteral("-") : c.field) << '\t' << state << '\t'
                       << c.author << '\t'
                       << (c.quote.isEmpty() ? QString()
                                             : QStringLiteral("\u201c") + c.quote + QStringLiteral("\u201d "))
                       << c.text << '\n';
        else
            call.out() << "  #" << c.id << '\t' << c.author << '\t' << c.text << '\n';
    }
    return CtlOk;
}

CTL_REGISTER(&CommentCommands::declare)

} // namespace DigestStudio
