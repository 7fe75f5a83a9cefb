// Masks math before text goes to a model and restores it after, so the model cannot damage it: `$…$`,
// `$$…$$`, `\(…\)`, `\[…\]` and inline LaTeX commands (`\mathcal{O}`) become placeholders `⟦M1⟧`.
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace DigestStudio {

class MathMasker final
{
public:
    // Replaces every math span of `text` by a placeholder; identical spans share one, also across calls, so
    // one masker can mask a title and an abstract and a draft may name a repeated formula once. A `⟦` already
    // in the text is masked too, so that every `⟦` of the result starts a placeholder of this masker.
    QString mask(const QString &text);
    int count() const { return static_cast<int>(m_spans.size()); }
    QString span(int index) const { return m_spans.at(index); }
    static QString placeholder(int index);

    // Puts the spans back into `text`. False, with `error`, when `text` holds a placeholder this masker did
    // not make or a broken one (`⟦M` without its end). `used` receives the indexes seen.
    bool unmask(const QString &text, QString *restored, QString *error, QSet<int> *used = nullptr) const;
    // Like unmask(), and also false when a placeholder of [first, last) is missing from `text` (a formula
    // the source holds, however often, that the draft never names).
    bool restoreAll(const QString &text, int first, int last, QString *restored, QString *error) const;

private:
    QStringList m_spans;
};

} // namespace DigestStudio
