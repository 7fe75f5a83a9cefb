// What one morning run did (PrepareService): the papers it proposed, filled and drafted, what failed and
// why, and how long it took; as text lines and JSON for `digestctl prepare`, and the one line the GUI's bar
// and the desktop notification show.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace DigestStudio {

struct PrepareReport
{
    enum class Outcome {
        Prepared,       // the run went through (some papers may have failed a step)
        NoAnnouncement, // a weekend or holiday: arXiv announced nothing; nothing changed
        Busy,           // another run holds the library's lock; nothing changed
        Failed,         // the run stopped (listing, library); what was done before stays
    };

    // A paper the run proposed.
    struct Proposal
    {
        QString arxivId;
        QString title;
        int position = 0; // 1-based, in the digest
        double score = 0; // 0-100
        QStringList reasons;
    };

    // A paper a step failed for, and why in words.
    struct Failure
    {
        QString arxivId;
        QString step; // "fill" or "draft"
        QString reason;
    };

    Outcome outcome = Outcome::Prepared;
    QDate day;
    qint64 digestId = 0;
    bool digestCreated = false;
    QVector<Proposal> proposed;
    QStringList filled;  // arXiv ids
    QStringList drafted; // arXiv ids
    QVector<Failure> failed;
    QStringList notices; // not failures: the weekend, full text not available, ...
    QString error;       // Busy and Failed: why
    QDateTime finished;
    qint64 elapsedMs = 0;

    static QString outcomeName(Outcome outcome);
    // True when the run changed something a person will see (what the library keeps a report of).
    bool changedSomething() const;

    // "Today's digest was prepared at 07:31: 12 proposed, 11 drafted, 1 failed (REASON)", in the
    // interface's language; the first line of the text report, the GUI's bar and the notification.
    QString firstLine() const;
    // The whole report as text, one line a paper.
    QStringList lines() const;
    QJsonObject toJson() const;
    static PrepareReport fromJson(const QJsonObject &object);
};

} // namespace DigestStudio
