// What became of one paper intake, in words: every problem message of looking papers up and adding them,
// written once (translatable) for both faces. The GUI shows summary(), digestctl prints lines().
#pragma once

#include "arxiv/arxivresults.h"
#include "model/arxivid.h"
#include "services/paperintake.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace DigestStudio {

class IntakeReport final
{
    Q_DECLARE_TR_FUNCTIONS(DigestStudio::IntakeReport)

public:
    // How summary() begins when papers came back.
    enum class Outcome { Added, LookedUp };

    IntakeReport() = default;
    explicit IntakeReport(const ArxivLookupResult &result)
        : lookup(result)
    {}

    QVector<ArxivId> malformed;            // what the user gave that is not an id
    ArxivLookupResult lookup;              // refused, missing and failed ids, the library's refusal
    QVector<PaperIntake::Present> present; // papers the digest has already

    // True when an id was malformed, refused, missing or not looked up, or the library refused the papers
    // (papers already present are not a failure).
    bool failed() const;

    // One line per problem, for a terminal: `not found on arXiv: 2401.99999`.
    QStringList lines() const;
    // Sentences for a status line or panel: `Added 2 papers. Not found on arXiv: 2401.99999.`
    QString summary(Outcome outcome = Outcome::Added) const;
    // The problem sentences of summary() alone.
    QStringList problemSentences() const;
};

} // namespace DigestStudio
