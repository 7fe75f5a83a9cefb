// One entry being drafted for the DraftingService: masks its math, sends the provider's request through the
// request scheduler (which retries 429 and 5xx answers and holds the deadline), reads the answer as it
// streams, and restores the math in the draft.
#pragma once

#include "drafting/draftanswerreader.h"
#include "drafting/draftfields.h"
#include "drafting/draftinput.h"
#include "drafting/draftsettings.h"
#include "drafting/mathmasker.h"
#include "drafting/streameddraft.h"
#include "util/requestpolicy.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace DigestStudio {

class DigestEntry;
class DraftProvider;
class RequestScheduler;
class ScheduledReply;

class DraftJob final : public QObject
{
    Q_OBJECT

public:
    DraftJob(int ticket, const DigestEntry &entry, const QVector<GlossaryTerm> &glossary,
             const DraftSettings &settings, RequestScheduler *scheduler, QObject *parent = nullptr);
    ~DraftJob() override;

    int ticket() const { return m_ticket; }
    void start();
    // Stops the request; finished() follows with "Cancelled."
    void cancel();
    // The longest error text kept (a server's message can be as long as its answer): longer ones are cut,
    // after the key is masked.
    static constexpr int MaxErrorChars = 2000;
    // Largest answer read (a stream included).
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }

    // After finished(): the draft (math restored) or the error, in words and without the key.
    bool succeeded() const { return m_succeeded; }
    DraftFields fields() const { return m_fields; }
    QString error() const { return m_error; }
    int tokensUsed() const { return m_tokens; }

    // The lane every drafting request goes in (no spacing or connection limit of its own: the service's
    // concurrency setting is the limit).
    static QString lane() { return QStringLiteral("llm"); }
    // A drafting request's retries, timeouts, deadline and answer cap, from the settings.
    static RequestPolicy policy(const DraftSettings &settings, qint64 maxAnswerBytes);

Q_SIGNALS:
    // What arrived since the last signal, per field, with its math restored: the fields so far are the
    // sum of these, except that with `startOver` they are `added` alone (a new attempt after a retry, or
    // prose that turned out to hold the object). Only the new text is read and sent, so a long stream
    // costs in proportion to its length.
    void partialFields(int ticket, const DigestStudio::DraftFields &added, bool startOver);
    // The server answered `status` (429, 5xx): the job tries again after `waitMs`.
    void retrying(int ticket, int status, int waitMs);
    void finished(DigestStudio::DraftJob *job);

private:
    void send();
    void readSome(const QByteArray &bytes);
    void replyFinished();
    // The scheduler's failure in the drafting panel's words.
    QString failureText() const;
    void succeed(const DraftFields &masked);
    void fail(const QString &message);
    // The server's error text (masked, then cut to 200 characters).
    QString serverMessage() const;
    // The masked text of one field that arrived: its math restored, as far as no placeholder is cut at
    // its end (that part waits in `waiting` for the rest).
    QString restoreArrived(const QString &arrived, QString *waiting) const;
    // `message` with the key masked in every form it can take.
    QString withoutKey(const QString &message) const;

    int m_ticket;
    DraftSettings m_settings;
    RequestScheduler *m_scheduler;
    const DraftProvider *m_provider = nullptr;
    MathMasker m_masker;
    int m_titleSpans = 0;
    DraftInput m_input;
    std::unique_ptr<DraftAnswerReader> m_reader;
    QPointer<ScheduledReply> m_reply;
    qint64 m_maxAnswerBytes = 4 * 1024 * 1024;
    bool m_done = false;
    bool m_succeeded = false;
    DraftFields m_fields;
    QString m_error;
    StreamedDraft m_streamed; // the fields of the answer's text so far, read as it grows
    int m_textRead = 0;       // characters of the reader's text m_streamed has read
    QString m_waiting[3];     // per field: the start of a placeholder cut at the end of what arrived
    bool m_startOver = true;  // the next partialFields() replaces what an earlier attempt showed
    int m_tokens = 0;
};

} // namespace DigestStudio
