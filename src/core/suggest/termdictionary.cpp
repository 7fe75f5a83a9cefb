#include "suggest/termdictionary.h"

#include <QSet>

#include <algorithm>

#include <libstemmer.h>

namespace DigestStudio {

namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char *list[] = {
            "a",     "about",   "above",    "after",   "again",   "against", "all",      "also",    "am",
            "an",    "and",     "any",      "are",     "as",      "at",      "be",       "been",    "before",
            "being", "between", "both",     "but",     "by",      "can",     "could",    "did",     "do",
            "does",  "doing",   "down",     "during",  "each",    "few",     "for",      "from",    "further",
            "had",   "has",     "have",     "having",  "here",    "how",     "however",  "if",      "in",
            "into",  "is",      "it",       "its",     "itself",  "more",    "most",     "much",    "no",
            "nor",   "not",     "of",       "off",     "on",      "once",    "only",     "or",      "other",
            "our",   "ours",    "out",      "over",    "own",     "same",    "should",   "so",      "some",
            "such",  "than",    "that",     "the",     "their",   "them",    "then",     "there",   "these",
            "they",  "this",    "those",    "through", "thus",    "to",      "too",      "under",   "until",
            "up",    "upon",    "us",       "use",     "used",    "using",   "very",     "via",     "was",
            "we",    "were",    "what",     "when",    "where",   "which",   "while",    "who",     "whom",
            "why",   "will",    "with",     "within",  "without", "would",   "yet",      "you",     "your",
            "paper", "propose", "proposed", "show",    "results", "method",  "approach", "present", "new"};
        for (const char *w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

} // namespace

TermDictionary::TermDictionary(bool stem)
    : m_stemmer(stem ? sb_stemmer_new("english", nullptr) : nullptr)
{}

TermDictionary::~TermDictionary()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

QStringList TermDictionary::words(const QString &text)
{
    QStringList out;
    QString word;
    const auto flush = [&] {
        bool digits = true;
        for (const QChar c : word)
            digits = digits && c.isDigit();
        if (word.size() > 1 && !digits && !stopWords().contains(word))
            out.append(word);
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            word.append(c.toLower());
        else if (!word.isEmpty())
            flush();
    }
    if (!word.isEmpty())
        flush();
    return out;
}

int TermDictionary::wordId(const QString &word, bool grow)
{
    const auto found = m_words.constFind(word);
    if (found != m_words.constEnd())
        return *found;
    const int id = idOf(QStringLiteral("t:") + stemmed(word), Kind::Term, word, grow);
    if (id >= 0)
        m_words.insert(word, id);
    return id;
}

QString TermDictionary::stemmed(const QString &word)
{
    if (!m_stemmer)
        return word;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *stem =
        sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), utf8.size());
    return stem ? QString::fromUtf8(reinterpret_cast<const char *>(stem), sb_stemmer_length(m_stemmer))
                : word;
}

namespace {

size_t slotOf(quint64 key, size_t mask)
{
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return size_t(key) & mask;
}

} // namespace

int TermDictionary::PairTable::find(quint64 key) const
{
    if (keys.empty())
        return -1;
    const size_t mask = keys.size() - 1;
    for (size_t slot = slotOf(key, mask);; slot = (slot + 1) & mask) {
        if (keys[slot] == key)
            return values[slot];
        if (keys[slot] == Empty)
            return -1;
    }
}

void TermDictionary::PairTable::insert(quint64 key, int value)
{
    if (2 * (count + 1) > keys.size()) {
        PairTable bigger;
        bigger.keys.assign(std::max<size_t>(1024, keys.size() * 2), Empty);
        bigger.values.assign(bigger.keys.size(), -1);
        for (size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] != Empty)
                bigger.insert(keys[i], values[i]);
        }
        *this = std::move(bigger);
    }
    const size_t mask = keys.size() - 1;
    size_t slot = slotOf(key, mask);
    while (keys[slot] != Empty && keys[slot] != key)
        slot = (slot + 1) & mask;
    count += keys[slot] == Empty ? 1 : 0;
    keys[slot] = key;
    values[slot] = value;
}

void TermDictionary::keepPairs(const std::vector<char> &keep)
{
    PairTable kept;
    for (size_t i = 0; i < m_pairs.keys.size(); ++i) {
        const int id = m_pairs.values[i];
        if (m_pairs.keys[i] != PairTable::Empty && size_t(id) < keep.size() && keep[size_t(id)])
            kept.insert(m_pairs.keys[i], id);
    }
    m_pairs = std::move(kept);
}

int TermDictionary::idOf(const QString &key, Kind kind, const QString &label, bool grow)
{
    const auto found = m_ids.constFind(key);
    if (found != m_ids.constEnd())
        return *found;
    if (!grow)
        return -1;
    const int id = static_cast<int>(m_labels.size());
    m_ids.insert(key, id);
    m_labels.append(label);
    m_kinds.append(kind);
    return id;
}

QVector<int> TermDictionary::featureIds(const Paper &paper, bool grow)
{
    QVector<int> ids;
    const QStringList list = words(paper.title() + QLatin1Char('\n') + paper.abstract());
    ids.reserve(list.size() * 2 + paper.authors().size() + paper.categories().size() + 1);
    int previous = -1;
    QString previousWord;
    for (const QString &w : list) {
        const int id = wordId(w, grow);
        if (id >= 0)
            ids.append(id);
        if (id >= 0 && previous >= 0) {
            const quint64 pairKey = (quint64(previous) << 32) | quint64(id);
            const int pair = m_pairs.find(pairKey);
            if (pair >= 0) {
                ids.append(pair);
            } else if (grow) {
                const int pairId = static_cast<int>(m_labels.size());
                m_labels.append(previousWord + QLatin1Char(' ') + w);
                m_kinds.append(Kind::Term);
                m_pairs.insert(pairKey, pairId);
                ids.append(pairId);
            }
        }
        previous = id;
        previousWord = w;
    }
    for (const QString &author : paper.authors()) {
        const QString name = author.simplified();
        if (!name.isEmpty()) {
            const int id = idOf(QStringLiteral("a:") + name.toLower(), Kind::Author, name, grow);
            if (id >= 0)
                ids.append(id);
        }
    }
    QStringList categories = paper.categories();
    if (!paper.primaryCategory().isEmpty() && !categories.contains(paper.primaryCategory()))
        categories.prepend(paper.primaryCategory());
    for (const QString &category : categories) {
        const int id = idOf(QStringLiteral("c:") + category, Kind::Category, category, grow);
        if (id >= 0)
            ids.append(id);
    }
    return ids;
}

} // namespace DigestStudio
