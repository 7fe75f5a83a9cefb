#include "model/arxivid.h"

#include <QRegularExpression>
#include <QSet>

namespace DigestStudio {

namespace {

// The archives of the old scheme (before April 2007), from arXiv's taxonomy.
bool isOldArchive(const QString &archive)
{
    static const QSet<QString> archives = {
        QStringLiteral("acc-phys"), QStringLiteral("adap-org"), QStringLiteral("alg-geom"),
        QStringLiteral("ao-sci"),   QStringLiteral("astro-ph"), QStringLiteral("atom-ph"),
        QStringLiteral("bayes-an"), QStringLiteral("chao-dyn"), QStringLiteral("chem-ph"),
        QStringLiteral("cmp-lg"),   QStringLiteral("comp-gas"), QStringLiteral("cond-mat"),
        QStringLiteral("cs"),       QStringLiteral("dg-ga"),    QStringLiteral("funct-an"),
        QStringLiteral("gr-qc"),    QStringLiteral("hep-ex"),   QStringLiteral("hep-lat"),
        QStringLiteral("hep-ph"),   QStringLiteral("hep-th"),   QStringLiteral("math"),
        QStringLiteral("math-ph"),  QStringLiteral("mtrl-th"),  QStringLiteral("nlin"),
        QStringLiteral("nucl-ex"),  QStringLiteral("nucl-th"),  QStringLiteral("patt-sol"),
        QStringLiteral("physics"),  QStringLiteral("plasm-ph"), QStringLiteral("q-alg"),
        QStringLiteral("q-bio"),    QStringLiteral("quant-ph"), QStringLiteral("solv-int"),
        QStringLiteral("supr-con"),
    };
    return archives.contains(archive);
}

// Punctuation that surrounds an id in prose, quotes, Markdown or email (`<url>`, `(arXiv:x)`, `x.`).
QString stripWrapping(QString s)
{
    static const QString leading = QStringLiteral("<([{\"'`:");
    // With the ideographic full stop and comma, which asciiForms() leaves alone.
    static const QString trailing = QStringLiteral(">)]}\"'`.,;:!?\u3002\u3001");
    while (!s.isEmpty() && leading.contains(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && trailing.contains(s.back()))
        s.chop(1);
    return s;
}

// Full-width forms (U+FF01..U+FF5E, as Chinese input methods type digits, letters and punctuation) and the
// ideographic space become ASCII; every other character is kept, so other scripts' digits are refused later.
QString asciiForms(QString s)
{
    for (QChar &c : s) {
        const ushort u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(ushort(u - 0xFF01 + 0x21));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
    }
    return s;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Versions past this are no real paper's, and their digits could overflow an int.
constexpr int MaxVersionDigits = 4;

} // namespace

ArxivId ArxivId::invalid(const QString &input, const QString &error)
{
    ArxivId id;
    id.m_input = input;
    id.m_error = error;
    return id;
}

QString ArxivId::idWithVersion() const
{
    return m_version > 0 ? m_id + QLatin1Char('v') + QString::number(m_version) : m_id;
}

QString ArxivId::absUrl() const
{
    return m_id.isEmpty() ? QString() : QStringLiteral("https://arxiv.org/abs/") + m_id;
}

// `YYMM.NNNNN[vN]` read by hand: the common case, and the one feeds repeat thousands of times.
static bool parseNewStyleFast(const QString &bare, QString *id, int *version)
{
    const int n = bare.size();
    if (n < 9 || bare.at(4) != QLatin1Char('.'))
        return false;
    int i = 0;
    for (; i < n && bare.at(i) != QLatin1Char('v') && bare.at(i) != QLatin1Char('V'); ++i) {
        if (i != 4 && !isAsciiDigit(bare.at(i)))
            return false;
    }
    const int end = i;
    const int yymm = bare.at(0).digitValue() * 1000 + bare.at(1).digitValue() * 100 +
                     bare.at(2).digitValue() * 10 + bare.at(3).digitValue();
    const int mm = yymm % 100;
    if (mm < 1 || mm > 12 || yymm < 704 || end - 5 != (yymm <= 1412 ? 4 : 5))
        return false;
    int v = 0;
    if (end < n) {
        if (end + 1 >= n || n - end - 1 > MaxVersionDigits)
            return false;
        for (int k = end + 1; k < n; ++k) {
            if (!isAsciiDigit(bare.at(k)))
                return false;
            v = v * 10 + bare.at(k).digitValue();
        }
        if (v < 1)
            return false;
    }
    *id = bare.left(end);
    *version = v;
    return true;
}

bool ArxivId::parseBare(const QString &bare, ArxivId *out)
{
    if (parseNewStyleFast(bare, &out->m_id, &out->m_version))
        return true;
    for (const QChar c : bare) {
        if (c.unicode() > 0x7F) {
            out->m_error = c.isDigit() ? QStringLiteral("'%1' is not an ASCII digit").arg(c)
                                       : QStringLiteral("'%1' cannot be part of an arXiv identifier").arg(c);
            return false;
        }
    }
    // [0-9], not \\d: \\d matches every script's digits.
    static const QRegularExpression newStyle(
        QStringLiteral("^([0-9]{2})([0-9]{2})\\.([0-9]+)(?:v([0-9]+))?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression oldStyle(
        QStringLiteral(
            "^([a-z]+(?:-[a-z]+)?)(?:\\.([a-z]{2}))?/([0-9]{2})([0-9]{2})([0-9]{3})(?:v([0-9]+))?$"),
        QRegularExpression::CaseInsensitiveOption);

    QRegularExpressionMatch m = newStyle.match(bare);
    const bool isOld = !m.hasMatch();
    if (!isOld) {
        const int yy = m.captured(1).toInt();
        const int mm = m.captured(2).toInt();
        const QString number = m.captured(3);
        if (mm < 1 || mm > 12) {
            out->m_error = QStringLiteral("month %1 does not exist").arg(m.captured(2));
            return false;
        }
        const int yymm = yy * 100 + mm;
        if (yymm < 704) {
            out->m_error = QStringLiteral("new-style ids begin in April 2007 (0704)");
            return false;
        }
        const int digits = yymm <= 1412 ? 4 : 5;
        if (number.size() != digits) {
            out->m_error = yymm <= 1412 ? QStringLiteral("ids before 2015 have 4 digits after the dot")
                                        : QStringLiteral("ids from 2015 on have 5 digits after the dot");
            return false;
        }
        out->m_id = m.captured(1) + m.captured(2) + QLatin1Char('.') + number;
        out->m_version = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
    } else {
        m = oldStyle.match(bare);
        if (!m.hasMatch()) {
            out->m_error = QStringLiteral("not an arXiv identifier");
            return false;
        }
        const QString archive = m.captured(1).toLower();
        if (!isOldArchive(archive)) {
            out->m_error = QStringLiteral("'%1' is not an arXiv archive").arg(m.captured(1));
            return false;
        }
        const int yy = m.captured(3).toInt();
        const int mm = m.captured(4).toInt();
        if (mm < 1 || mm > 12) {
            out->m_error = QStringLiteral("month %1 does not exist").arg(m.captured(4));
            return false;
        }
        // The old scheme ran from August 1991 to March 2007.
        const bool inRange = (yy >= 91 && (yy > 91 || mm >= 8)) || yy < 7 || (yy == 7 && mm <= 3);
        if (!inRange) {
            out->m_error = QStringLiteral("old-style ids run from 9108 to 0703");
            return false;
        }
        out->m_id = archive + QLatin1Char('/') + m.captured(3) + m.captured(4) + m.captured(5);
        out->m_subjectClass = m.captured(2).toUpper();
        out->m_version = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    }
    const QString version = m.captured(isOld ? 6 : 4);
    if (version.size() > MaxVersionDigits) {
        out->m_error = QStringLiteral("version v%1 is too large").arg(version);
        return false;
    }
    if (!version.isEmpty() && out->m_version < 1) {
        out->m_error = QStringLiteral("versions start at v1");
        return false;
    }
    return true;
}

ArxivId ArxivId::parse(const QString &text)
{
    const QString input = text.trimmed();
    if (input.isEmpty())
        return invalid(input, QStringLiteral("empty"));
    QString s = stripWrapping(asciiForms(input));
    // Feeds name every entry `http(s)://arxiv.org/abs/<id>`: take that path without the regular expressions.
    for (const QLatin1String prefix :
         {QLatin1String("http://arxiv.org/abs/"), QLatin1String("https://arxiv.org/abs/")}) {
        if (s.startsWith(prefix)) {
            ArxivId fast;
            if (parseNewStyleFast(s.mid(prefix.size()), &fast.m_id, &fast.m_version)) {
                fast.m_input = input;
                return fast;
            }
        }
    }

    static const QRegularExpression url(
        QStringLiteral("^(?:https?://)?(?:www\\.|export\\.)?arxiv\\.org(/.*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression paperPath(QStringLiteral("^/(?:abs|pdf|html)/(.+)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression doi(
        QStringLiteral("^(?:(?:https?://)?(?:dx\\.)?doi\\.org/|doi:\\s*)?10\\.48550/arxiv\\.(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression prefix(QStringLiteral("^arxiv:\\s*(.+)$"),
                                           QRegularExpression::CaseInsensitiveOption);

    QRegularExpressionMatch m = url.match(s);
    if (m.hasMatch()) {
        QString path = m.captured(1);
        const int cut = path.indexOf(QRegularExpression(QStringLiteral("[?#]")));
        if (cut >= 0)
            path.truncate(cut);
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        const QRegularExpressionMatch pm = paperPath.match(path);
        if (!pm.hasMatch())
            return invalid(input, QStringLiteral("not a link to an arXiv paper"));
        s = pm.captured(1);
        if (s.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            s.chop(4);
    } else if ((m = doi.match(s)).hasMatch()) {
        s = m.captured(1);
    } else if ((m = prefix.match(s)).hasMatch()) {
        s = m.captured(1);
    }

    ArxivId id;
    id.m_input = input;
    if (!parseBare(s, &id)) {
        id.m_id.clear();
        id.m_subjectClass.clear();
        id.m_version = 0;
    }
    return id;
}

ArxivId::Extraction ArxivId::extractAll(const QString &text)
{
    // Glue `arXiv: 2210.06441` and `doi: 10.48550/...` back together before splitting into words.
    QString glued = asciiForms(text);
    glued.replace(
        QRegularExpression(QStringLiteral("\\b(arxiv|doi):\\s+"), QRegularExpression::CaseInsensitiveOption),
        QStringLiteral("\\1:"));
    // Chinese text runs ids into the words around them: Han characters and CJK punctuation separate too.
    static const QRegularExpression separators(
        QStringLiteral("[\\s,;<>\"()\\[\\]{}|\\p{Han}\u3000-\u303F]+"));
    // What counts as an attempt at an id; anything else in the text is prose and ignored. Digits of any
    // script count here, so that parse() names those that are not ASCII instead of passing over them.
    static const QRegularExpression looksLikeId(
        QStringLiteral("arxiv\\.org/|^arxiv:|10\\.48550/|^\\p{Nd}{4}\\.\\p{Nd}{3,6}(v\\p{Nd}+)?$|"
                       "^[a-z]+(-[a-z]+)?(\\.[a-z]{2})?/\\p{Nd}{5,9}(v\\p{Nd}+)?$"),
        QRegularExpression::CaseInsensitiveOption);

    Extraction result;
    QSet<QString> seen;
    QSet<QString> seenInvalid;
    const QStringList words = glued.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString candidate = stripWrapping(word);
        if (candidate.isEmpty() || !looksLikeId.match(candidate).hasMatch())
            continue;
        const ArxivId id = parse(candidate);
        if (id.isValid()) {
            if (!seen.contains(id.id())) {
                seen.insert(id.id());
                result.ids.append(id);
            }
        } else if (!seenInvalid.contains(id.input())) {
            seenInvalid.insert(id.input());
            result.invalid.append(id);
        }
    }
    return result;
}

} // namespace DigestStudio
