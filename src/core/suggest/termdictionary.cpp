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
    std::vector<std::pair<int, QString>> pairLabels;
    for (size_t i = 0; i < m_pairs.keys.size(); ++i) {
        const quint64 key = m_pairs.keys[i];
        const int id = m_pairs.values[i];
        if (key != PairTable::Empty && size_t(id) < keep.size() && keep[size_t(id)]) {
            kept.insert(key, id);
            // A pair is labelled by its words as first written, made only for the pairs kept.
            pairLabels.emplace_back(id, m_labels.at(int(key >> 32)) + QLatin1Char(' ') +
                                            m_labels.at(int(key & 0xffffffffU)));
        }
    }
    m_pairs = std::move(kept);
    // The labels of what is not a feature are never shown: most of them are pairs seen once.
    for (size_t id = 0; id < size_t(m_labels.size()); ++id) {
        if (id >= keep.size() || !keep[id])
            m_labels[int(id)] = QString();
    }
    for (auto &entry : pairLabels)
        m_labels[entry.first] = std::move(entry.second);
    m_labels.squeeze();
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

namespace {

// Most abstracts are ASCII: a table-free test for those, Qt's Unicode tables for the rest.
inline bool wordChar(QChar c, QChar *lower)
{
    const ushort u = c.unicode();
    if (u < 128) {
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            *lower = c;
            return true;
        }
        if (u >= 'A' && u <= 'Z') {
            *lower = QChar(ushort(u + ('a' - 'A')));
            return true;
        }
        return false;
    }
    if (!c.isLetterOrNumber())
        return false;
    *lower = c.toLower();
    return true;
}

bool skipped(const QString &word)
{
    bool digits = true;
    for (const QChar c : word)
        digits = digits && c.isDigit();
    return word.size() < 2 || digits || stopWords().contains(word);
}

} // namespace

int TermDictionary::writtenId(const QString &word, bool grow)
{
    const auto found = m_words.constFind(word);
    if (found != m_words.constEnd())
        return *found;
    if (skipped(word)) {
        m_words.insert(word, Skip); // stop words and numbers: one lookup next time too
        return Skip;
    }
    return wordId(word, grow);
}

// One pass over the text with a reused buffer: this is most of the training's time, so no word list is
// built, each written word costs one lookup and a new pair gets its label only if kept (keepPairs).
void TermDictionary::addTerms(const QString &text, bool grow, Chain *chain, QVector<int> *ids)
{
    const auto flush = [&] {
        const int id = writtenId(chain->word, grow);
        if (id == Skip) {
            chain->word.truncate(0);
            return; // a pair spans a stop word, as when the words were listed first
        }
        if (id >= 0)
            ids->append(id);
        if (id >= 0 && chain->previous >= 0) {
            const quint64 pairKey = (quint64(chain->previous) << 32) | quint64(id);
            const int pair = m_pairs.find(pairKey);
            if (pair >= 0) {
                ids->append(pair);
            } else if (grow) {
                const int pairId = static_cast<int>(m_labels.size());
                m_labels.append(QString());
                m_kinds.append(Kind::Term);
                m_pairs.insert(pairKey, pairId);
                ids->append(pairId);
            }
        }
        chain->previous = id;
        chain->word.truncate(0);
    };
    QChar lower;
    for (const QChar c : text) {
        if (wordChar(c, &lower))
            chain->word.append(lower);
        else if (!chain->word.isEmpty())
            flush();
    }
    if (!chain->word.isEmpty())
        flush();
}

QVector<int> TermDictionary::featureIds(const Paper &paper, bool grow)
{
    QVector<int> ids;
    ids.reserve((paper.title().size() + paper.abstract().size()) / 4 + paper.authors().size() +
                paper.categories().size() + 1);
    Chain chain;
    addTerms(paper.title(), grow, &chain, &ids);
    addTerms(paper.abstract(), grow, &chain, &ids);
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
