#include "text/spellchecker.h"

#include <QFile>

#include <hunspell.hxx>

namespace DigestStudio {

SpellChecker::SpellChecker(const QString &dictionary)
    : m_dictionary(dictionary)
{
    const QString aff = dictionary + QLatin1String(".aff");
    const QString dic = dictionary + QLatin1String(".dic");
    if (QFile::exists(aff) && QFile::exists(dic))
        m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(),
                                                QFile::encodeName(dic).constData());
}

SpellChecker::~SpellChecker() = default;

QString SpellChecker::defaultDictionary()
{
    return QStringLiteral("/usr/share/hunspell/en_US");
}

bool SpellChecker::isExempt(const QString &word)
{
    if (word.size() < 2)
        return true;
    int upper = 0;
    for (int i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c.isDigit() || (!c.isLetter() && c != QLatin1Char('\'') && c != QChar(0x2019)))
            return true;
        if (c.isUpper())
            ++upper;
    }
    // Acronyms and names of methods written in camel case (`GPT`, `LoRA`, `ResNet`).
    return upper > 1 || (upper == 1 && !word.at(0).isUpper());
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_hunspell || isExempt(word) || m_ignored.contains(word))
        return true;
    const auto cached = m_cache.constFind(word);
    if (cached != m_cache.constEnd())
        return cached.value();
    // The en_US dictionary is UTF-8; typographic apostrophes are mapped by its ICONV table.
    const bool correct = m_hunspell->spell(word.toStdString());
    m_cache.insert(word, correct);
    return correct;
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    QStringList result;
    if (!m_hunspell)
        return result;
    const std::vector<std::string> suggested = m_hunspell->suggest(word.toStdString());
    for (const std::string &s : suggested)
        result.append(QString::fromStdString(s));
    return result;
}

void SpellChecker::ignore(const QString &word)
{
    m_ignored.insert(word);
    m_cache.remove(word);
}

} // namespace DigestStudio
