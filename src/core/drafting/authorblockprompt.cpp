#include "drafting/authorblockprompt.h"

#include "drafting/openaiprovider.h"

namespace DigestStudio {

QString AuthorBlockPrompt::blockText(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (text.size() + trimmed.size() + 1 > MaxBlockChars)
            break;
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += trimmed;
    }
    return text;
}

QString AuthorBlockPrompt::system()
{
    // The names must be copied: AuthorBlockAnswer refuses any name that is not text of the block.
    return QStringLiteral(
        "You read the author block of a scientific paper, as taken line by line from the first page of its "
        "PDF: the authors' names, their institutions, addresses, e-mail addresses and footnotes.\n"
        "List the institutions the authors belong to, in order of first appearance, each once.\n"
        "Give each institution's name only: leave out departments, schools and faculties within a "
        "university, street addresses, cities, postcodes, countries and e-mail addresses. Keep companies and "
        "laboratories as written.\n"
        "Copy every name exactly as it stands in the block, character for character. Do not translate, "
        "expand, abbreviate or correct a name, and never name an institution the block does not name.\n"
        "If the block names no institution, give an empty list.\n"
        "Answer with one JSON object and nothing else: {\"institutions\": [\"...\", \"...\"]}");
}

QString AuthorBlockPrompt::user(const QString &blockText)
{
    return QStringLiteral("Author block:\n") + blockText;
}

DraftRequest AuthorBlockPrompt::request(const DraftSettings &settings, const QString &blockText)
{
    return OpenAiProvider::post(settings,
                                OpenAiProvider::chatBody(settings, system(), user(blockText), false),
                                QByteArrayLiteral("application/json"));
}

} // namespace DigestStudio
