#include "entryhighlighter.h"

#include "glossary.h"
#include "spellchecker.h"
#include "syntaxrepository.h"

#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
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
    m_termUnderline = dark ? QColor(0xe0, 0xb0, 0x40) : QColor(0xb0, 0x80, 0x00);
#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
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

void EntryHighlighter::highlightBlock(const QString &text)
{
#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
    EntryHighlighterBase::highlightBlock(text);
#endif
    if (m_glossary && !m_glossary->terms().isEmpty())
        markGlossary(text);
    if (m_spell && m_spell->isValid())
        markSpelling(text);
}

void EntryHighlighter::markGlossary(const QString &text)
{
    const QVector<GlossaryMatcher::Match> matches = m_glossary->matcher().matches(text);
    for (const GlossaryMatcher::Match &match : matches) {
        for (int i = match.start; i < match.start + match.length; ++i) {
            QTextCharFormat f = format(i);
            f.setBackground(m_termBackground);
            f.setUnderlineStyle(QTextCharFormat::DotLine);
            f.setUnderlineColor(m_termUnderline);
            f.setProperty(GlossaryTermProperty, match.term);
            setFormat(i, 1, f);
        }
    }
}

void EntryHighlighter::markSpelling(const QString &text)
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
                const QString word = text.mid(w, e - w);
                if (!m_spell->isCorrect(word)) {
                    for (int k = w; k < e; ++k) {
                        QTextCharFormat f = format(k);
                        f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
                        f.setUnderlineColor(QColor(0xe0, 0x30, 0x30));
                        setFormat(k, 1, f);
                    }
                }
                w = e;
            }
        }
        i = chunkEnd;
    }
}

} // namespace DigestStudio
