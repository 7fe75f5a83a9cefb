// Highlights an entry field: the "Digest Text" definition (math, URLs, ids, numbers) in the palette's theme,
// glossary terms and misspelt English words.
#pragma once

#include <QHash>
#include <QPalette>
#include <QTextCharFormat>
#include <QVector>

#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/SyntaxHighlighter>
#else
#include <QSyntaxHighlighter>
#endif

namespace DigestStudio {

class Glossary;
class SpellChecker;

#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
using EntryHighlighterBase = KSyntaxHighlighting::SyntaxHighlighter;
#else
using EntryHighlighterBase = QSyntaxHighlighter;
#endif

class EntryHighlighter final : public EntryHighlighterBase
{
public:
    // Text property set on the characters of a glossary term: the term's index in the glossary.
    static constexpr int GlossaryTermProperty = QTextFormat::UserProperty + 1;

    explicit EntryHighlighter(QTextDocument *document);

    // Picks the dark or light theme and the mark colours for the palette, and re-highlights.
    void setPalette(const QPalette &palette);
    // Marks the glossary's terms (not owned; null for none).
    void setGlossary(const Glossary *glossary);
    // Underlines misspelt words (not owned; null for none).
    void setSpellChecker(const SpellChecker *checker);

protected:
    void highlightBlock(const QString &text) override;
#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
    // Collects the definition's tokens; highlightBlock() merges them with the marks in one pass.
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;
#endif

private:
    struct Span
    {
        int start;
        int end;
        QTextCharFormat format;
    };
    struct Mark
    {
        int start;
        int end;
        int term; // glossary term index, -1 for a spelling mark
    };

    void collectGlossaryMarks(const QString &text);
    void collectSpellingMarks(const QString &text);

    const Glossary *m_glossary = nullptr;  // not owned
    const SpellChecker *m_spell = nullptr; // not owned
    QColor m_termBackground;
    QVector<Span> m_tokens;
    QVector<Mark> m_marks;
    QHash<quint16, QTextCharFormat> m_formatCache;
};

} // namespace DigestStudio
