// One entry being drafted for the DraftingService: masks its math, sends the provider's request, reads the
// answer as it streams, retries 429 and 5xx answers, and restores the math in the draft.
#pragma once

#include "drafting/draftanswerreader.h"
#include "drafting/draftfields.h"
#include "drafting/draftinput.h"
#include "drafting/draftsettings.h"
#include "drafting/mathmasker.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace DigestStudio {

class DigestEntry;
class DraftProvider;

class DraftJob final : public QObject
{
    Q_OBJECT

public:
    DraftJob(int ticket, const DigestEntry &entry, const QVector<GlossaryTerm> &glossary,
             const DraftSettings &settings, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~DraftJob() override;

    int ticket() const { return m_ticket; }
    void start();
    // Stops the request; finished() follows with "Cancelled."
    void cancel();
    // Largest answer read (a stream included).
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }

    // After finished(): the draft (math restored) or the error, in words and without the key.
    bool succeeded() const { return m_succeeded; }
    DraftFields fields() const { return m_fields; }
    QString error() const { return m_error; }
    int tokensUsed() const { return m_tokens; }

    // How long a `Retry-After` value asks to wait, in ms; -1 when it says nothing usable.
    static qint64 retryAfterMs(const QByteArray &value, const QDateTime &now);

Q_SIGNALS:
    // What has arrived so far, read as the three fields with their math restored (see partialFields()).
    void partialFields(int ticket, const DigestStudio::DraftFields &fieldsSoFar);
    // The server answered `status` (429, 5xx): the job tries again after `waitMs`.
    void retrying(int ticket, int status, int waitMs);
    void finished(DigestStudio::DraftJob *job);

private:
    void send();
    void readSome();
    void replyFinished();
    bool retryLater(int status);
    void succeed(const DraftFields &masked);
    void fail(const QString &message);
    // The server's error text (masked, then cut to 200 characters).
    QString serverMessage() const;
    // `message` with the key masked in every form it can take.
    QString withoutKey(const QString &message) const;
    QString restoredSoFar(const QString &field) const;

    int m_ticket;
    DraftSettings m_settings;
    QNetworkAccessManager *m_network;
    const DraftProvider *m_provider = nullptr;
    MathMasker m_masker;
    int m_titleSpans = 0;
    DraftInput m_input;
    std::unique_ptr<DraftAnswerReader> m_reader;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_errorBody;
    QTimer m_timeout;
    QTimer m_retry;
    qint64 m_maxAnswerBytes = 4 * 1024 * 1024;
    int m_attempt = 0;
    qint64 m_retryAfterMs = -1;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_done = false;
    bool m_succeeded = false;
    DraftFields m_fields;
    QString m_error;
    QString m_lastText;
    int m_tokens = 0;
};

} // namespace DigestStudio
