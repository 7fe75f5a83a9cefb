#include "editor/entryhighlighter.h"

#include "editor/syntaxrepository.h"
#include "text/glossary.h"
#include "text/spellchecker.h"

#include <algorithm>

#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#endif

namespace DigestStudio {

EntryHighlighter::EntryHighlighter(QTextDocument *document)
    : EntryHighlighterBase(document)
{
#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
    setDefinition(SyntaxRepository::repository().definitionForName(SyntaxRepository::digestDefinitionName()));
#endif
    setPalette(QPalette());
}

void EntryHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = SyntaxRepository::isDark(palette);
    m_termBackground = dark ? QColor(0x4a, 0x40, 0x1c) : QColor(0xff, 0xf3, 0xc4);
#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
    m_formatCache.clear();
    setTheme(SyntaxRepository::themeForPalette(palette));
#endif
    rehighlight();
}

void EntryHighlighter::setGlossary(const Glossary *glossary)
{
    if (m_glossary == glossary)
        return;
    m_glossary = glossary;
    rehighlight();
}

void EntryHighlighter::setSpellChecker(const SpellChecker *checker)
{
    if (m_spell == checker)
        return;
    m_spell = checker;
    rehighlight();
}

#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
void EntryHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0)
        return;
    auto cached = m_formatCache.constFind(format.id());
    if (cached == m_formatCache.constEnd()) {
        QTextCharFormat f;
        // As KSyntaxHighlighting's own highlighter: always a foreground, so the theme and palette agree.
        f.setForeground(format.textColor(theme()));
        if (format.hasBackgroundColor(theme()))
            f.setBackground(format.backgroundColor(theme()));
        if (format.isBold(theme()))
            f.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            f.setFontItalic(true);
        if (format.isUnderline(theme()))
            f.setFontUnderline(true);
        if (format.isStrikeThrough(theme()))
            f.setFontStrikeOut(true);
        cached = m_formatCache.insert(format.id(), f);
    }
    m_tokens.append(Span{offset, offset + length, cached.value()});
}
#endif

void EntryHighlighter::highlightBlock(const QString &text)
{
    m_tokens.clear();
    m_marks.clear();
#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
    // Runs the definition (keeping its multi-line state); applyFormat() collects the tokens.
    EntryHighlighterBase::highlightBlock(text);
#endif
    if (m_glossary && !m_glossary->terms().isEmpty())
        collectGlossaryMarks(text);
    if (m_spell && m_spell->isValid())
        collectSpellingMarks(text);
    if (m_marks.isEmpty()) {
        for (const Span &token : qAsConst(m_tokens))
            setFormat(token.start, token.end - token.start, token.format);
        return;
    }
    // One sweep over the boundaries of tokens and marks: each piece gets its token's format plus its marks,
    // so the layout sees as few format runs as possible.
    std::sort(m_marks.begin(), m_marks.end(), [](const Mark &a, const Mark &b) { return a.start < b.start; });
    QVector<int> cuts;
    cuts.reserve((m_tokens.size() + m_marks.size()) * 2 + 2);
    for (const Span &token : qAsConst(m_tokens)) {
        cuts.append(token.start);
        cuts.append(token.end);
    }
    for (const Mark &mark : qAsConst(m_marks)) {
        cuts.append(mark.start);
        cuts.append(mark.end);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    int token = 0;
    int firstMark = 0;
    for (int c = 0; c + 1 < cuts.size(); ++c) {
        const int from = cuts.at(c);
        const int to = cuts.at(c + 1);
        while (token < m_tokens.size() && m_tokens.at(token).end <= from)
            ++token;
        while (firstMark < m_marks.size() && m_marks.at(firstMark).end <= from &&
               m_marks.at(firstMark).start <= from)
            ++firstMark;
        QTextCharFormat f;
        const bool inToken = token < m_tokens.size() && m_tokens.at(token).start <= from;
        if (inToken)
            f = m_tokens.at(token).format;
        bool marked = false;
        for (int m = firstMark; m < m_marks.size() && m_marks.at(m).start <= from; ++m) {
            const Mark &mark = m_marks.at(m);
            if (mark.end <= from)
                continue;
            marked = true;
            if (mark.term >= 0) {
                // A tint only: dotted underlines cost a line segment per dot on every repaint.
                f.setBackground(m_termBackground);
                f.setProperty(GlossaryTermProperty, mark.term);
            } else {
                f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
                f.setUnderlineColor(QColor(0xe0, 0x30, 0x30));
            }
        }
        if (inToken || marked)
            setFormat(from, to - from, f);
    }
}

void EntryHighlighter::collectGlossaryMarks(const QString &text)
{
    const QVector<GlossaryMatcher::Match> matches = m_glossary->matcher().matches(text);
    for (const GlossaryMatcher::Match &match : matches)
        m_marks.append(Mark{match.start, match.start + match.length, match.term});
}

void EntryHighlighter::collectSpellingMarks(const QString &text)
{
    const int n = static_cast<int>(text.size());
    bool inMath = false;
    int i = 0;
    while (i < n) {
        // Whole chunks between spaces that are URLs, paths, code or e-mail are not words.
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        int chunkEnd = i;
        while (chunkEnd < n && !text.at(chunkEnd).isSpace())
            ++chunkEnd;
        const QStringView chunk = QStringView(text).mid(i, chunkEnd - i);
        const int dollars = static_cast<int>(chunk.count(QLatin1Char('$')));
        const bool skipChunk = inMath || dollars > 0 || chunk.contains(QLatin1String("://")) ||
                               chunk.contains(QLatin1Char('\\')) || chunk.contains(QLatin1Char('@')) ||
                               chunk.contains(QLatin1Char('/')) || chunk.contains(QLatin1Char('_'));
        if (dollars % 2 == 1)
            inMath = !inMath;
        if (!skipChunk) {
            int w = i;
            while (w < chunkEnd) {
                if (!text.at(w).isLetter()) {
                    ++w;
                    continue;
                }
                int e = w;
                while (e < chunkEnd && (text.at(e).isLetterOrNumber() ||
                                        ((text.at(e) == QLatin1Char('\'') || text.at(e) == QChar(0x2019)) &&
                                         e + 1 < chunkEnd && text.at(e + 1).isLetter())))
                    ++e;
                if (!m_spell->isCorrect(text.mid(w, e - w)))
                    m_marks.append(Mark{w, e, -1});
                w = e;
            }
        }
        i = chunkEnd;
    }
}

} // namespace DigestStudio
