#include "services/preparereport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace DigestStudio {

namespace {

const char *const outcomeNames[] = {"prepared", "no-announcement", "busy", "failed"};

QString tr(const char *text)
{
    return QCoreApplication::translate("DigestStudio::PrepareReport", text);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

QString PrepareReport::outcomeName(Outcome outcome)
{
    return QString::fromLatin1(outcomeNames[static_cast<int>(outcome)]);
}

bool PrepareReport::changedSomething() const
{
    return digestCreated || !proposed.isEmpty() || !filled.isEmpty() || !drafted.isEmpty() ||
           !failed.isEmpty();
}

QString PrepareReport::firstLine() const
{
    const QString at = finished.toLocalTime().toString(QStringLiteral("HH:mm"));
    switch (outcome) {
    case Outcome::NoAnnouncement:
        return tr("No digest was prepared at %1: arXiv announced nothing for %2.")
            .arg(at, day.toString(Qt::ISODate));
    case Outcome::Busy:
    case Outcome::Failed:
        return tr("The morning run stopped at %1: %2").arg(at, error);
    case Outcome::Prepared:
        break;
    }
    QString line = tr("Today's digest was prepared at %1: %2 proposed, %3 drafted, %4 failed")
                       .arg(at)
                       .arg(proposed.size())
                       .arg(drafted.size())
                       .arg(failed.size());
    if (!failed.isEmpty()) {
        QStringList reasons;
        for (const Failure &failure : failed) {
            if (!reasons.contains(failure.reason))
                reasons.append(failure.reason);
        }
        line += QStringLiteral(" (") + reasons.join(QStringLiteral("; ")) + QLatin1Char(')');
    }
    return line;
}

QStringList PrepareReport::lines() const
{
    QStringList out{firstLine()};
    if (outcome != Outcome::Prepared)
        return out;
    out.append(tr("Digest %1 of %2%3.")
                   .arg(digestId)
                   .arg(day.toString(Qt::ISODate), digestCreated ? tr(" (new)") : QString()));
    for (const Proposal &p : proposed)
        out.append(tr("proposed %1 at %2, score %3: %4")
                       .arg(p.arxivId)
                       .arg(p.position)
                       .arg(qRound(p.score))
                       .arg(p.reasons.isEmpty() ? p.title : p.reasons.join(QStringLiteral("; "))));
    for (const QString &id : filled)
        out.append(tr("filled %1").arg(id));
    for (const QString &id : drafted)
        out.append(tr("drafted %1").arg(id));
    for (const Failure &f : failed)
        out.append(tr("failed %1 (%2): %3").arg(f.arxivId, f.step, f.reason));
    out.append(tr("Took %1 s.").arg(QLocale::c().toString(elapsedMs / 1000.0, 'f', 1)));
    return out;
}

QJsonObject PrepareReport::toJson() const
{
    QJsonArray proposals;
    for (const Proposal &p : proposed)
        proposals.append(QJsonObject{{QStringLiteral("arxiv_id"), p.arxivId},
                                     {QStringLiteral("title"), p.title},
                                     {QStringLiteral("position"), p.position},
                                     {QStringLiteral("score"), p.score},
                                     {QStringLiteral("reasons"), QJsonArray::fromStringList(p.reasons)}});
    QJsonArray failures;
    for (const Failure &f : failed)
        failures.append(QJsonObject{{QStringLiteral("arxiv_id"), f.arxivId},
                                    {QStringLiteral("step"), f.step},
                                    {QStringLiteral("reason"), f.reason}});
    return QJsonObject{
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("date"), day.toString(Qt::ISODate)},
        {QStringLiteral("digest_id"), digestId},
        {QStringLiteral("digest_created"), digestCreated},
        {QStringLiteral("proposed"), proposals},
        {QStringLiteral("filled"), QJsonArray::fromStringList(filled)},
        {QStringLiteral("drafted"), QJsonArray::fromStringList(drafted)},
        {QStringLiteral("failed"), failures},
        {QStringLiteral("notices"), QJsonArray::fromStringList(notices)},
        {QStringLiteral("error"), error},
        {QStringLiteral("finished"), finished.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("seconds"), elapsedMs / 1000.0},
    };
}

PrepareReport PrepareReport::fromJson(const QJsonObject &o)
{
    PrepareReport r;
    for (int i = 0; i < 4; ++i) {
        if (o.value(QStringLiteral("outcome")).toString() == QLatin1String(outcomeNames[i]))
            r.outcome = static_cast<Outcome>(i);
    }
    r.day = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    r.digestId = static_cast<qint64>(o.value(QStringLiteral("digest_id")).toDouble());
    r.digestCreated = o.value(QStringLiteral("digest_created")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("proposed")).toArray()) {
        const QJsonObject p = v.toObject();
        r.proposed.append(
            {p.value(QStringLiteral("arxiv_id")).toString(), p.value(QStringLiteral("title")).toString(),
             p.value(QStringLiteral("position")).toInt(), p.value(QStringLiteral("score")).toDouble(),
             strings(p.value(QStringLiteral("reasons")))});
    }
    r.filled = strings(o.value(QStringLiteral("filled")));
    r.drafted = strings(o.value(QStringLiteral("drafted")));
    for (const QJsonValue &v : o.value(QStringLiteral("failed")).toArray()) {
        const QJsonObject f = v.toObject();
        r.failed.append({f.value(QStringLiteral("arxiv_id")).toString(),
                         f.value(QStringLiteral("step")).toString(),
                         f.value(QStringLiteral("reason")).toString()});
    }
    r.notices = strings(o.value(QStringLiteral("notices")));
    r.error = o.value(QStringLiteral("error")).toString();
    r.finished = QDateTime::fromString(o.value(QStringLiteral("finished")).toString(), Qt::ISODate);
    r.elapsedMs = qRound64(o.value(QStringLiteral("seconds")).toDouble() * 1000);
    return r;
}

} // namespace DigestStudio
