#include "services/intakereport.h"

namespace DigestStudio {

namespace {

const QString listSeparator = QStringLiteral(", ");

} // namespace

bool IntakeReport::failed() const
{
    return !malformed.isEmpty() || !lookup.invalid.isEmpty() || !lookup.missing.isEmpty() ||
           !lookup.error.isEmpty() || !lookup.storeError.isEmpty();
}

QStringList IntakeReport::lines() const
{
    QStringList lines;
    for (const ArxivId &id : malformed)
        lines.append(tr("not an arXiv id: '%1': %2").arg(id.input(), id.error()));
    for (const ArxivId &id : lookup.invalid)
        lines.append(tr("arXiv refused '%1': %2").arg(id.input(), id.error()));
    for (const QString &id : lookup.missing)
        lines.append(tr("not found on arXiv: %1").arg(id));
    if (!lookup.error.isEmpty())
        lines.append(tr("could not look up %1: %2").arg(lookup.failed.join(listSeparator), lookup.error));
    if (!lookup.storeError.isEmpty())
        lines.append(tr("the library did not keep the papers: %1").arg(lookup.storeError));
    for (const PaperIntake::Present &paper : present)
        lines.append(tr("%1 is already entry %2; not added again").arg(paper.id).arg(paper.position));
    return lines;
}

QStringList IntakeReport::problemSentences() const
{
    QStringList sentences;
    QStringList notIds;
    for (const ArxivId &id : malformed)
        notIds.append(tr("'%1' (%2)").arg(id.input(), id.error()));
    if (!notIds.isEmpty())
        sentences.append(tr("Not arXiv ids: %1.").arg(notIds.join(listSeparator)));
    QStringList refused;
    for (const ArxivId &id : lookup.invalid)
        refused.append(tr("'%1' (%2)").arg(id.input(), id.error()));
    if (!refused.isEmpty())
        sentences.append(tr("arXiv refused: %1.").arg(refused.join(listSeparator)));
    if (!lookup.missing.isEmpty())
        sentences.append(tr("Not found on arXiv: %1.").arg(lookup.missing.join(listSeparator)));
    if (!lookup.error.isEmpty())
        sentences.append(
            tr("Could not look up %1: %2.").arg(lookup.failed.join(listSeparator), lookup.error));
    if (!lookup.storeError.isEmpty())
        sentences.append(tr("The library did not keep them: %1.").arg(lookup.storeError));
    QStringList already;
    for (const PaperIntake::Present &paper : present)
        already.append(paper.id);
    if (!already.isEmpty())
        sentences.append(tr("Already in this digest: %1.").arg(already.join(listSeparator)));
    return sentences;
}

QString IntakeReport::summary(Outcome outcome) const
{
    QStringList parts;
    const int count = static_cast<int>(lookup.papers.size());
    if (count > 0)
        parts.append(outcome == Outcome::Added ? tr("Added %n paper(s).", nullptr, count)
                                               : tr("Looked up %n paper(s).", nullptr, count));
    return (parts + problemSentences()).join(QLatin1Char(' '));
}

} // namespace DigestStudio
