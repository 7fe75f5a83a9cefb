// Asks the drafting model (an OpenAI-compatible provider) to name the institutions of a PDF author block the
// rules could not split, in the drafting lane of the request scheduler; every name it gives is checked to be
// text of the block (AuthorBlockAnswer).
#pragma once

#include "drafting/authorblockanswer.h"
#include "drafting/draftsettings.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <map>

namespace DigestStudio {

class RequestScheduler;
class ScheduledReply;

class AuthorBlockReader final : public QObject
{
    Q_OBJECT

public:
    // The largest answer read: a list of names is a few hundred bytes.
    static constexpr qint64 MaxAnswerBytes = 256 * 1024;

    struct Answer
    {
        QStringList institutions; // text of the block, in the model's order
        QString model;            // who read it (the settings' model)
        QString error;            // in words, without the key; empty when it was read
        bool ok() const { return error.isEmpty(); }
    };

    explicit AuthorBlockReader(RequestScheduler *scheduler, QObject *parent = nullptr);
    ~AuthorBlockReader() override;

    void setSettings(const DraftSettings &settings) { m_settings = settings; }
    // Settings that ask no model (provider "none").
    static DraftSettings noModel()
    {
        DraftSettings settings;
        settings.provider = QStringLiteral("none");
        return settings;
    }
    DraftSettings settings() const { return m_settings; }
    // Why the model cannot be asked, in words; empty when it can (an OpenAI-compatible provider with its URL
    // and model set).
    QString problem() const;
    bool isReady() const { return problem().isEmpty(); }

    // Starts reading `block` (AuthorBlockExtractor's lines); finished() follows.
    quint64 read(const QStringList &block);
    void cancelAll();
    Answer readAndWait(const QStringList &block);

Q_SIGNALS:
    void finished(quint64 operation, const DigestStudio::AuthorBlockReader::Answer &answer);

private:
    void onFinished(quint64 operation);
    QString failure(const ScheduledReply *reply) const;
    void finishLater(quint64 operation, const Answer &answer);

    RequestScheduler *m_scheduler;
    DraftSettings m_settings;
    struct Pending
    {
        QPointer<ScheduledReply> reply;
        QString blockText;
    };
    std::map<quint64, Pending> m_pending;
    quint64 m_next = 1;
};

} // namespace DigestStudio

Q_DECLARE_METATYPE(DigestStudio::AuthorBlockReader::Answer)
