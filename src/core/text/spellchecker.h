// Spell checking of English text with Hunspell (en_US by default), with a cache so highlighting stays cheap.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace DigestStudio {

class SpellChecker final
{
public:
    // `dictionary` is the path without extension: `/usr/share/hunspell/en_US` reads en_US.aff and .dic.
    explicit SpellChecker(const QString &dictionary = defaultDictionary());
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    static QString defaultDictionary();
    // False when the dictionary files are missing: then every word counts as correct.
    bool isValid() const { return m_hunspell != nullptr; }
    QString dictionary() const { return m_dictionary; }

    // Whether a word should be left alone: numbers, acronyms (`GPT`, `LoRA`), words with digits, ignored
    // ones.
    static bool isExempt(const QString &word);
    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word) const;
    // Words the user chose to ignore for this session.
    void ignore(const QString &word);

private:
    QString m_dictionary;
    std::unique_ptr<Hunspell> m_hunspell;
    mutable QHash<QString, bool> m_cache;
    QSet<QString> m_ignored;
};

} // namespace DigestStudio
