#include "drafting/streameddraft.h"

namespace DigestStudio {

namespace {

// The character an escape stands for; `at` is on the letter after the backslash and moves past the escape.
// False when the escape is cut off by the end of what has arrived.
bool unescape(const QString &text, int *at, QString *out)
{
    const QChar c = text.at(*at);
    static const QString simple = QStringLiteral("\"\\/bfnrt");
    static const QString meaning = QStringLiteral("\"\\/\b\f\n\r\t");
    const int which = simple.indexOf(c);
    if (which >= 0) {
        out->append(meaning.at(which));
        ++*at;
        return true;
    }
    if (c == QLatin1Char('u')) {
        if (*at + 4 >= text.size())
            return false;
        bool ok = false;
        const ushort code = text.mid(*at + 1, 4).toUShort(&ok, 16);
        if (ok)
            out->append(QChar(code));
        *at += 5;
        return true;
    }
    // Not an escape JSON has (math restored into the text, `\log`): the backslash stays.
    out->append(QLatin1Char('\\'));
    out->append(c);
    ++*at;
    return true;
}

} // namespace

bool StreamedDraft::value(const QString &text, const QString &key, QString *out)
{
    const QString quoted = QLatin1Char('"') + key + QLatin1Char('"');
    int at = text.indexOf(quoted);
    if (at < 0)
        return false;
    at += quoted.size();
    while (at < text.size() && (text.at(at).isSpace() || text.at(at) == QLatin1Char(':')))
        ++at;
    if (at >= text.size() || text.at(at) != QLatin1Char('"'))
        return true; // the key has arrived, its value not yet
    ++at;
    while (at < text.size()) {
        const QChar c = text.at(at);
        if (c == QLatin1Char('"'))
            break;
        if (c == QLatin1Char('\\')) {
            if (at + 1 >= text.size() || !unescape(text, &(++at), out))
                break;
            continue;
        }
        out->append(c);
        ++at;
    }
    return true;
}

DraftFields StreamedDraft::read(const QString &textSoFar)
{
    DraftFields fields;
    const bool title = value(textSoFar, QStringLiteral("zh_title"), &fields.zhTitle);
    const bool shortTitle = value(textSoFar, QStringLiteral("zh_short_title"), &fields.zhShortTitle);
    const bool summary = value(textSoFar, QStringLiteral("zh_summary"), &fields.zhSummary);
    const QString trimmed = textSoFar.trimmed();
    // Plain text (a provider that answers in prose, or the first bytes before the object) shows as it is.
    if (!title && !shortTitle && !summary && !trimmed.startsWith(QLatin1Char('{')) &&
        !trimmed.startsWith(QLatin1String("```")))
        fields.zhSummary = trimmed;
    return fields;
}

} // namespace DigestStudio
