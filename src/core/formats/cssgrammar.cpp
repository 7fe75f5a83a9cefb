#include "formats/cssgrammar.h"

#include <QRegularExpression>
#include <QStringList>

namespace DigestStudio {

namespace {

bool matches(const QString &pattern, const QString &value)
{
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    return value.size() <= 200 && re.match(value).hasMatch();
}

} // namespace

bool CssGrammar::isColour(const QString &value)
{
    static const QString number = QStringLiteral("\\s*\\d{1,3}(\\.\\d+)?%?\\s*");
    return matches(QStringLiteral("^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$"), value) ||
           matches(QStringLiteral("^[a-z]{3,20}$"), value) ||
           matches(QStringLiteral("^rgba?\\(") + number + QStringLiteral("(,") + number +
                       QStringLiteral("){2,3}\\)$"),
                   value);
}

bool CssGrammar::isSize(const QString &value)
{
    return value == QLatin1String("0") ||
           matches(QStringLiteral("^\\d{1,4}(\\.\\d{1,3})?(px|pt|em|rem|%)$"), value);
}

bool CssGrammar::isLineHeight(const QString &value)
{
    return isSize(value) || matches(QStringLiteral("^\\d{1,2}(\\.\\d{1,3})?$"), value);
}

bool CssGrammar::isFontFamily(const QString &value)
{
    if (value.trimmed().isEmpty() || value.size() > 200)
        return false;
    // Letters of any script (Chinese font names), digits, spaces and hyphens; quoted names also dots.
    static const QRegularExpression name(
        QStringLiteral("^\\s*('[\\p{L}\\p{N} .\\-]{1,64}'|[\\p{L}\\p{N}][\\p{L}\\p{N} \\-]{0,63})\\s*$"));
    const QStringList names = value.split(QLatin1Char(','));
    for (const QString &n : names) {
        if (!name.match(n).hasMatch())
            return false;
    }
    return true;
}

} // namespace DigestStudio
