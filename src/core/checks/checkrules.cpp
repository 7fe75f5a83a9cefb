#include "checks/checkrules.h"

#include "formats/posttext.h"
#include "formats/textexporter.h"
#include "formats/wechatexporter.h"
#include "formats/weiboexporter.h"
#include "text/glossarymatcher.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace DigestStudio::CheckRules {

namespace {

using Field = DigestEntry::Field;
using Severity = Finding::Severity;

const Field chineseFields[] = {Field::ZhTitle, Field::ZhShortTitle, Field::ZhSummary};

Finding make(Severity severity, int entry, Field field, int start, int length, const QString &message)
{
    Finding f;
    f.severity = severity;
    f.entry = entry;
    f.hasField = true;
    f.field = field;
    f.start = start;
    f.length = length;
    f.message = message;
    return f;
}

Finding digestLevel(Severity severity, const QString &message)
{
    Finding f;
    f.severity = severity;
    f.message = message;
    return f;
}

char32_t codePointAt(const QString &text, int i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    if (c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(i - 1), c);
    return c.unicode();
}

// The nearest non-space character before / after `i`, or 0.
char32_t previousVisible(const QString &text, int i)
{
    for (int k = i - 1; k >= 0; --k) {
        if (!PostText::isSpace(text.at(k)))
            return codePointAt(text, k);
    }
    return 0;
}

char32_t nextVisible(const QString &text, int i)
{
    for (int k = i + 1; k < text.size(); ++k) {
        if (!PostText::isSpace(text.at(k)))
            return codePointAt(text, k);
    }
    return 0;
}

bool chinese(char32_t c)
{
    return c != 0 && PostText::isCjk(c);
}

QString quoted(const QString &s)
{
    return QChar(0x201C) + s + QChar(0x201D);
}

// The ASCII mark at `start` (with what follows it up to `start + length`) replaced by the full-width `wide`.
Finding asciiPunctuationFinding(const QString &text, int entry, Field field, int start, int length,
                                QChar wide)
{
    Finding f = make(Severity::Warning, entry, field, start, length,
                     QStringLiteral("ASCII %1 in Chinese text; Chinese typesetting uses %2")
                         .arg(text.at(start))
                         .arg(wide));
    f.hasFix = true;
    f.original = text.mid(start, length);
    f.replacement = QString(wide);
    return f;
}

// Finds `,` `:` `?` beside Chinese text; returns where they are, for judging the parentheses.
QVector<bool> asciiMarks(const QString &text, int entry, Field field, QVector<Finding> *findings)
{
    static const QString marks = QStringLiteral(",:?");
    static const QString fullWidth = QStringLiteral("\uFF0C\uFF1A\uFF1F");
    const int n = static_cast<int>(text.size());
    QVector<bool> chineseMark(n, false);
    for (int k = 0; k < n; ++k) {
        const int which = static_cast<int>(marks.indexOf(text.at(k)));
        if (which < 0)
            continue;
        // `https://` and `3:1` are not punctuation of Chinese text.
        if (!chinese(previousVisible(text, k)) && !chinese(nextVisible(text, k)))
            continue;
        if (text.at(k) == QLatin1Char(':') && text.mid(k + 1, 2) == QLatin1String("//"))
            continue;
        chineseMark[k] = true;
        // Full-width punctuation carries its own space: the fix takes the spaces after the mark.
        int end = k + 1;
        while (end < n && text.at(end) == QLatin1Char(' '))
            ++end;
        findings->append(asciiPunctuationFinding(text, entry, field, k, end - k, fullWidth.at(which)));
    }
    return chineseMark;
}

// Whether the nearest visible character from `k` in direction `step` (-1 or 1) is Chinese or a Chinese mark.
bool chineseBeside(const QString &text, const QVector<bool> &chineseMark, int k, int step)
{
    for (int j = k + step; j >= 0 && j < text.size(); j += step) {
        if (!PostText::isSpace(text.at(j)))
            return chineseMark.at(j) || chinese(codePointAt(text, j));
    }
    return false;
}

// The ASCII parentheses that belong to Chinese text, in order. They are judged as pairs: a pair around or
// beside Chinese text is Chinese; an unpaired one beside it is too.
QVector<int> chineseParentheses(const QString &text, const QVector<bool> &chineseMark)
{
    auto before = [&](int k) { return chineseBeside(text, chineseMark, k, -1); };
    auto after = [&](int k) { return chineseBeside(text, chineseMark, k, 1); };
    QVector<int> flagged;
    QVector<int> stack;
    for (int k = 0; k < text.size(); ++k) {
        const QChar c = text.at(k);
        if (c == QLatin1Char('(')) {
            stack.append(k);
        } else if (c == QLatin1Char(')')) {
            if (stack.isEmpty()) {
                if (before(k) || after(k))
                    flagged.append(k);
                continue;
            }
            const int open = stack.takeLast();
            const bool inside = PostText::containsHan(text.mid(open + 1, k - open - 1));
            if (inside || before(open) || after(k)) {
                flagged.append(open);
                flagged.append(k);
            }
        }
    }
    for (const int open : stack) {
        if (before(open) || after(open))
            flagged.append(open);
    }
    std::sort(flagged.begin(), flagged.end());
    return flagged;
}

} // namespace

void missingTranslation(const CheckContext &context, QVector<Finding> *findings)
{
    const QVector<DigestEntry> &entries = context.digest.entries();
    for (int i = 0; i < entries.size(); ++i) {
        const DigestEntry &e = entries.at(i);
        if (e.zhTitle().trimmed().isEmpty())
            findings->append(make(Severity::Error, i, Field::ZhTitle, 0, 0,
                                  QStringLiteral("entry %1 has no Chinese title").arg(i + 1)));
        else if (e.effectiveShortTitle().trimmed().isEmpty())
            findings->append(
                make(Severity::Error, i, Field::ZhShortTitle, 0, 0,
                     QStringLiteral("entry %1 has no short title for the summary line").arg(i + 1)));
        if (e.zhSummary().trimmed().isEmpty())
            findings->append(make(Severity::Error, i, Field::ZhSummary, 0, 0,
                                  QStringLiteral("entry %1 has no Chinese summary").arg(i + 1)));
    }
}

void asciiPunctuation(const CheckContext &context, QVector<Finding> *findings)
{
    const QVector<DigestEntry> &entries = context.digest.entries();
    for (int i = 0; i < entries.size(); ++i) {
        for (const Field field : chineseFields) {
            const QString text = entries.at(i).field(field);
            if (text.isEmpty() || !PostText::containsHan(text))
                continue;
            // `,` `:` `?` beside Chinese text first: a parenthesis beside one of them is beside Chinese too.
            const QVector<bool> chineseMark = asciiMarks(text, i, field, findings);
            for (const int k : chineseParentheses(text, chineseMark)) {
                const QChar wide = text.at(k) == QLatin1Char('(') ? QChar(0xFF08) : QChar(0xFF09);
                findings->append(asciiPunctuationFinding(text, i, field, k, 1, wide));
            }
        }
    }
}

void unbalancedBrackets(const CheckContext &context, QVector<Finding> *findings)
{
    // Opening → closing; ASCII and full-width round brackets pair with each other.
    static const QString openers = QStringLiteral("(\uFF08[\u3010\u300A\u201C\u300C\u300E{");
    static const QString closers = QStringLiteral(")\uFF09]\u3011\u300B\u201D\u300D\u300F}");
    auto family = [](QChar c) -> int {
        const int o = static_cast<int>(openers.indexOf(c));
        const int idx = o >= 0 ? o : static_cast<int>(closers.indexOf(c));
        return idx == 1 ? 0 : idx; // ( and ( are one family
    };
    const QVector<DigestEntry> &entries = context.digest.entries();
    for (int i = 0; i < entries.size(); ++i) {
        for (int fi = 0; fi < DigestEntry::FieldCount; ++fi) {
            const Field field = static_cast<Field>(fi);
            if (field == Field::Link || field == Field::Tag)
                continue;
            const QString text = entries.at(i).field(field);
            QVector<int> stack;
            int lastQuote = -1;
            int quotes = 0;
            for (int k = 0; k < text.size(); ++k) {
                const QChar c = text.at(k);
                if (c == QLatin1Char('"')) {
                    ++quotes;
                    lastQuote = k;
                    continue;
                }
                if (openers.contains(c)) {
                    stack.append(k);
                } else if (closers.contains(c)) {
                    if (!stack.isEmpty() && family(text.at(stack.last())) == family(c)) {
                        stack.removeLast();
                    } else {
                        findings->append(make(Severity::Warning, i, field, k, 1,
                                              QStringLiteral("%1 closes nothing").arg(quoted(QString(c)))));
                        // A stray closer inside a pair does not close the pair.
                    }
                }
            }
            for (const int open : stack)
                findings->append(
                    make(Severity::Warning, i, field, open, 1,
                         QStringLiteral("%1 is never closed").arg(quoted(QString(text.at(open))))));
            if (quotes % 2 == 1)
                findings->append(make(Severity::Warning, i, field, lastQuote, 1,
                                      QStringLiteral("an odd number of \" quotes")));
        }
    }
}

void missingNumbers(const CheckContext &context, QVector<Finding> *findings)
{
    // A number of its own: not part of a name (GPT-3, G2, 3D, x10) or a longer number.
    static const QRegularExpression numberRe(QStringLiteral(
        "(?<![\\p{L}\\p{N}_.\\-/^])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(\\s?%)?(?![\\p{L}\\p{N}_]|\\.\\d)"));
    static const QRegularExpression groupComma(QStringLiteral("(?<=\\d),(?=\\d{3})"));
    const QVector<DigestEntry> &entries = context.digest.entries();
    for (int i = 0; i < entries.size(); ++i) {
        const DigestEntry &e = entries.at(i);
        if (e.abstract().isEmpty() || e.zhSummary().trimmed().isEmpty())
            continue;
        // The Chinese side in ASCII digits, without digit-group commas.
        QString zh = e.zhTitle() + QLatin1Char('\n') + e.zhSummary();
        for (QChar &c : zh) {
            if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
                c = QChar(c.unicode() - 0xFF10 + '0');
            else if (c.unicode() == 0xFF0E)
                c = QLatin1Char('.');
        }
        zh.remove(groupComma);
        QSet<QString> reported;
        QRegularExpressionMatchIterator it = numberRe.globalMatch(e.abstract());
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QString integer = m.captured(1);
            integer.remove(QLatin1Char(','));
            const QString number = integer + m.captured(2);
            const bool percent = !m.captured(3).isEmpty();
            // Single digits are often written out in Chinese (三个): only decimals and percentages of them
            // count.
            if (number.size() == 1 && !percent)
                continue;
            if (reported.contains(number))
                continue;
            bool found = false;
            int from = 0;
            while (!found) {
                const int at = static_cast<int>(zh.indexOf(number, from));
                if (at < 0)
                    break;
                const int end = at + static_cast<int>(number.size());
                const bool digitBefore =
                    at > 0 && (zh.at(at - 1).isDigit() || zh.at(at - 1) == QLatin1Char('.'));
                const bool digitAfter =
                    end < zh.size() &&
                    (zh.at(end).isDigit() ||
                     (zh.at(end) == QLatin1Char('.') && end + 1 < zh.size() && zh.at(end + 1).isDigit()));
                found = !digitBefore && !digitAfter;
                from = at + 1;
            }
            if (found)
                continue;
            reported.insert(number);
            const QString shownNumber = number + (percent ? QStringLiteral("%") : QString());
            findings->append(
                make(Severity::Warning, i, Field::Abstract, static_cast<int>(m.capturedStart()),
                     static_cast<int>(m.capturedLength()),
                     QStringLiteral("%1 from the abstract is not in the Chinese summary").arg(shownNumber)));
        }
    }
}

void glossaryTerms(const CheckContext &context, QVector<Finding> *findings)
{
    QVector<GlossaryTerm> terms;
    for (const GlossaryTerm &t : context.glossary) {
        if (!t.english().trimmed().isEmpty() && !t.chinese().trimmed().isEmpty())
            terms.append(GlossaryTerm(t.english().trimmed(), t.chinese().trimmed()));
    }
    if (terms.isEmpty())
        return;
    // Where a term stands in English text is the editor's rule (whole words, plurals, the longest of
    // overlapping terms), so the check warns about exactly the words the editor marks.
    const GlossaryMatcher matcher(terms);
    // Terms with the same English text: the matcher names the first, the occurrence counts for each.
    QHash<QString, QVector<int>> sameEnglish;
    for (int t = 0; t < terms.size(); ++t)
        sameEnglish[terms.at(t).english().toLower()].append(t);
    const QVector<DigestEntry> &entries = context.digest.entries();
    for (int i = 0; i < entries.size(); ++i) {
        const DigestEntry &e = entries.at(i);
        const QString zh = e.zhTitle() + QLatin1Char('\n') + e.zhSummary();
        if (zh.trimmed().isEmpty())
            continue; // nothing translated yet: missing-translation says so
        for (const Field field : {Field::Title, Field::Abstract}) {
            const QString text = e.field(field);
            // Each term's first occurrence in the field.
            QVector<GlossaryMatcher::Match> first(terms.size(), GlossaryMatcher::Match{-1, 0, 0});
            for (const GlossaryMatcher::Match &m : matcher.matches(text)) {
                for (const int t : sameEnglish.value(terms.at(m.term).english().toLower())) {
                    if (first.at(t).start < 0)
                        first[t] = m;
                }
            }
            for (int t = 0; t < terms.size(); ++t) {
                const GlossaryMatcher::Match &m = first.at(t);
                if (m.start < 0 || zh.contains(terms.at(t).chinese()))
                    continue;
                findings->append(
                    make(Severity::Warning, i, field, m.start, m.length,
                         QStringLiteral("%1 is rendered %2 in the glossary; the Chinese text does not use it")
                             .arg(quoted(text.mid(m.start, m.length)), quoted(terms.at(t).chinese()))));
            }
        }
    }
}

void featuredBefore(const CheckContext &context, QVector<Finding> *findings)
{
    if (context.featuredBefore.isEmpty())
        return;
    const QVector<DigestEntry> &entries = context.digest.entries();
    for (int i = 0; i < entries.size(); ++i) {
        const QVector<FeaturedIn> earlier = context.featuredBefore.value(entries.at(i).arxivId());
        if (earlier.isEmpty())
            continue;
        QStringList where;
        for (const FeaturedIn &f : earlier)
            where.append(QStringLiteral("%1 (#%2)").arg(f.date.toString(Qt::ISODate)).arg(f.position));
        Finding f = make(Severity::Warning, i, Field::Link, 0, 0,
                         QStringLiteral("%1 was featured before: %2")
                             .arg(entries.at(i).arxivId(), where.join(QStringLiteral(", "))));
        findings->append(f);
    }
}

void untouchedDraft(const CheckContext &context, QVector<Finding> *findings)
{
    const QVector<DigestEntry> &entries = context.digest.entries();
    for (int i = 0; i < entries.size(); ++i) {
        const QString model = entries.at(i).draftedBy();
        if (model.isEmpty())
            continue;
        findings->append(make(Severity::Warning, i, Field::ZhSummary, 0, 0,
                              QStringLiteral("the Chinese text is a machine draft by %1 that no one has "
                                             "revised yet (edit it or mark the entry reviewed)")
                                  .arg(model)));
    }
}

void machineAffiliations(const CheckContext &context, QVector<Finding> *findings)
{
    const QVector<DigestEntry> &entries = context.digest.entries();
    for (int i = 0; i < entries.size(); ++i) {
        const QString model = entries.at(i).affiliationsBy();
        if (model.isEmpty())
            continue;
        findings->append(make(Severity::Warning, i, Field::Affiliations, 0, 0,
                              QStringLiteral("the affiliation line was read by %1 from the paper's author "
                                             "block and no one has checked it yet (edit the line)")
                                  .arg(model)));
    }
}

void unresolvedComments(const CheckContext &context, QVector<Finding> *findings)
{
    for (int i = 0; i < context.digest.entryCount(); ++i) {
        const int count = context.unresolvedComments.value(i);
        if (count <= 0)
            continue;
        findings->append(make(Severity::Error, i, Field::ZhSummary, 0, 0,
                              (count == 1 ? QStringLiteral("1 comment is not resolved")
                                          : QStringLiteral("%1 comments are not resolved").arg(count)) +
                                  QStringLiteral(" (resolve them, or force the publication)")));
    }
}

void proposedEntry(const CheckContext &context, QVector<Finding> *findings)
{
    const QVector<DigestEntry> &entries = context.digest.entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isProposed())
            continue;
        Finding f = digestLevel(
            Severity::Error, QStringLiteral("%1 is still a proposal of the morning run (score %2): keep it "
                                            "or drop it")
                                 .arg(entries.at(i).arxivId().isEmpty() ? QStringLiteral("the paper")
                                                                        : entries.at(i).arxivId())
                                 .arg(qRound(entries.at(i).proposalScore())));
        f.entry = i;
        findings->append(f);
    }
}

void duplicatePaper(const CheckContext &context, QVector<Finding> *findings)
{
    QHash<QString, int> seen;
    const QVector<DigestEntry> &entries = context.digest.entries();
    for (int i = 0; i < entries.size(); ++i) {
        QString key = entries.at(i).arxivId().trimmed().toLower();
        if (key.isEmpty())
            key = entries.at(i).link().trimmed();
        if (key.isEmpty())
            continue;
        const auto it = seen.constFind(key);
        if (it == seen.constEnd()) {
            seen.insert(key, i);
            continue;
        }
        findings->append(
            make(Severity::Error, i, Field::Link, 0, 0,
                 QStringLiteral("entry %1 is the same paper as entry %2").arg(i + 1).arg(*it + 1)));
    }
}

void weiboLimit(const CheckContext &context, QVector<Finding> *findings)
{
    const int limit = context.settings.weiboLimit;
    // The `(k/nn)` line of a part takes a few of the post's characters.
    const qint64 room = 2 * qint64(limit) - 8;
    const QVector<DigestEntry> &entries = context.digest.entries();
    for (int i = 0; i < entries.size(); ++i) {
        const QString block = TextExporter::entryBlock(entries.at(i), i + 1);
        const qint64 half = WeiboExporter::halfWeight(block, context.settings.weiboUrlWeight);
        if (half <= room)
            continue;
        Finding f;
        f.severity = Severity::Warning;
        f.entry = i;
        f.message = QStringLiteral("entry %1 counts %2 on Weibo, over one post's %3: the thread cuts it")
                        .arg(i + 1)
                        .arg((half + 1) / 2)
                        .arg(limit);
        findings->append(f);
    }
}

void wechatLimits(const CheckContext &context, QVector<Finding> *findings)
{
    ExportOptions options;
    const ExportResult result = WeChatExporter().render(context.digest, options);
    for (const QString &warning : result.warnings)
        findings->append(digestLevel(Severity::Warning, QStringLiteral("WeChat: ") + warning));
}

void cjkLatinSpacing(const CheckContext &context, QVector<Finding> *findings)
{
    if (!context.settings.cjkLatinSpacing)
        return;
    auto latin = [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); };
    const QVector<DigestEntry> &entries = context.digest.entries();
    for (int i = 0; i < entries.size(); ++i) {
        for (const Field field : chineseFields) {
            const QString text = entries.at(i).field(field);
            for (int k = 0; k + 1 < text.size(); ++k) {
                const QChar a = text.at(k);
                const QChar b = text.at(k + 1);
                const bool gap =
                    (PostText::isHan(a.unicode()) && latin(b)) || (latin(a) && PostText::isHan(b.unicode()));
                if (!gap)
                    continue;
                Finding f = make(Severity::Info, i, field, k, 2,
                                 QStringLiteral("no space between Chinese and Latin text (house style)"));
                f.hasFix = true;
                f.original = text.mid(k, 2);
                f.replacement = QString(a) + QLatin1Char(' ') + b;
                findings->append(f);
            }
        }
    }
}

} // namespace DigestStudio::CheckRules
