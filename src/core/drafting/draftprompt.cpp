#include "drafting/draftprompt.h"

#include "text/glossarymatcher.h"

#include <QSet>

namespace DigestStudio {

namespace {

// The house style, from docs/format.md and the sample post.
const char systemText[] =
    "You translate arXiv papers for a daily Chinese digest. Answer with one JSON object and nothing else, "
    "with exactly these keys:\n"
    "  \"zh_title\": the paper's title in Chinese, faithful and complete (a subtitle after a colon or a "
    "question mark stays, after the same mark);\n"
    "  \"zh_short_title\": the Chinese title cut before its first colon or question mark (：:？?), without "
    "the "
    "mark; the whole Chinese title when it has none;\n"
    "  \"zh_summary\": the abstract in Chinese as one paragraph, a faithful and complete translation in "
    "plain expository style, usually opening with 本文 or 提出.\n"
    "Rules: use full-width Chinese punctuation (，。：？（）) in Chinese text; no space between Chinese and "
    "Latin text; keep every number, percentage, model name, dataset name and acronym exactly as written; "
    "keep every placeholder such as ⟦M1⟧ exactly as it is, once, where it belongs (it stands for a formula); "
    "render each glossary term as required.";

} // namespace

int DraftPrompt::summaryLength(const QString &abstract)
{
    // The sample's summaries run at about 0.4 Chinese characters per character of English abstract.
    return qMax(40, (static_cast<int>(abstract.size()) * 4 / 10 + 5) / 10 * 10);
}

QVector<GlossaryTerm> DraftPrompt::termsIn(const QString &title, const QString &abstract,
                                           const QVector<GlossaryTerm> &glossary)
{
    QVector<GlossaryTerm> usable;
    for (const GlossaryTerm &term : glossary) {
        if (!term.english().trimmed().isEmpty() && !term.chinese().trimmed().isEmpty())
            usable.append(GlossaryTerm(term.english().trimmed(), term.chinese().trimmed(), term.note()));
    }
    const GlossaryMatcher matcher(usable);
    QSet<int> found;
    for (const QString &text : {title, abstract}) {
        for (const GlossaryMatcher::Match &match : matcher.matches(text))
            found.insert(match.term);
    }
    // Terms spelled the same as a found one count too (the matcher names only the first).
    QSet<QString> foundEnglish;
    for (const int t : found)
        foundEnglish.insert(usable.at(t).english().toLower());
    QVector<GlossaryTerm> terms;
    for (const GlossaryTerm &term : usable) {
        if (foundEnglish.contains(term.english().toLower()))
            terms.append(term);
    }
    return terms;
}

DraftPrompt DraftPrompt::build(const DraftInput &input)
{
    DraftPrompt prompt;
    prompt.system = QString::fromUtf8(systemText);
    QString user = QStringLiteral("Tag: ") + input.tag + QStringLiteral("\nTitle: ") + input.title +
                   QStringLiteral("\nAbstract: ") + input.abstract + QLatin1Char('\n');
    if (!input.terms.isEmpty()) {
        user += QStringLiteral("\nGlossary (English → required Chinese rendering):\n");
        for (const GlossaryTerm &term : input.terms) {
            user += QStringLiteral("- ") + term.english() + QStringLiteral(" → ") + term.chinese();
            if (!term.note().trimmed().isEmpty())
                user += QStringLiteral(" (") + term.note().trimmed() + QLatin1Char(')');
            user += QLatin1Char('\n');
        }
    }
    user += QStringLiteral("\nThe summary should be about ") +
            QString::number(summaryLength(input.abstract)) +
            QStringLiteral(" Chinese characters. Answer with the JSON object only.");
    prompt.user = user;
    return prompt;
}

} // namespace DigestStudio
