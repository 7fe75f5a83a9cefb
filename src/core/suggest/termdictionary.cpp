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
    if (table.empty())
        return -1;
    const size_t mask = table.size() - 1;
    for (size_t slot = slotOf(key, mask);; slot = (slot + 1) & mask) {
        if (table[slot].key == key)
            return table[slot].value;
        if (table[slot].key == Empty)
            return -1;
    }
}

void TermDictionary::PairTable::prefetch(quint64 key) const
{
    if (!table.empty())
        __builtin_prefetch(&table[slotOf(key, table.size() - 1)]);
}

void TermDictionary::PairTable::insert(quint64 key, int value)
{
    if (2 * (count + 1) > table.size()) {
        PairTable bigger;
        bigger.table.assign(std::max<size_t>(1024, table.size() * 2), Slot());
        for (const Slot &old : table) {
            if (old.key != Empty)
                bigger.insert(old.key, old.value);
        }
        *this = std::move(bigger);
    }
    const size_t mask = table.size() - 1;
    size_t slot = slotOf(key, mask);
    while (table[slot].key != Empty && table[slot].key != key)
        slot = (slot + 1) & mask;
    count += table[slot].key == Empty ? 1 : 0;
    table[slot] = {key, value};
}

void TermDictionary::keepPairs(const std::vector<char> &keep)
{
    PairTable kept;
    std::vector<std::pair<int, QString>> pairLabels;
    for (const PairTable::Slot &slot : m_pairs.table) {
        const quint64 key = slot.key;
        const int id = slot.value;
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

int TermDictionary::writtenId(const QString &written, bool grow)
{
    const auto found = m_words.constFind(written);
    if (found != m_words.constEnd())
        return *found;
    const QString word(written.constData(), written.size()); // `written` may borrow the reading buffer
    if (skipped(word)) {
        m_words.insert(word, Skip); // stop words and numbers: one lookup next time too
        return Skip;
    }
    return wordId(word, grow);
}

// One pass over the text with a reused buffer (looked up in place, copied only when new): this is most of the
// training's time, so no word list is built and each written word costs one lookup. The words' ids go to
// `chain->terms` (-1 for an unknown word, which breaks a pair) for addPairs.
void TermDictionary::addTerms(const QString &text, bool grow, Chain *chain, QVector<int> *ids)
{
    const auto flush = [&] {
        const int id = writtenId(QString::fromRawData(chain->word.data(), int(chain->word.size())), grow);
        chain->word.clear();
        if (id == Skip)
            return; // a pair spans a stop word, as when the words were listed first
        if (id >= 0)
            ids->append(id);
        chain->terms.push_back(id);
    };
    QChar lower;
    for (const QChar c : text) {
        if (wordChar(c, &lower))
            chain->word.push_back(lower);
        else if (!chain->word.empty())
            flush();
    }
    if (!chain->word.empty())
        flush();
}

namespace {

quint64 pairKey(int first, int second)
{
    return (quint64(quint32(first)) << 32) | quint64(quint32(second));
}

} // namespace

// The pair table is large and each lookup a cache miss: the slots of the pairs a few words ahead are
// fetched while the current one is looked up. A new pair gets its label only if kept (keepPairs).
void TermDictionary::addPairs(const std::vector<int> &terms, bool grow, QVector<int> *ids)
{
    constexpr size_t ahead = 8;
    for (size_t i = 1; i < terms.size(); ++i) {
        if (i + ahead < terms.size())
            m_pairs.prefetch(pairKey(terms[i + ahead - 1], terms[i + ahead]));
        if (terms[i - 1] < 0 || terms[i] < 0)
            continue;
        const quint64 key = pairKey(terms[i - 1], terms[i]);
        const int pair = m_pairs.find(key);
        if (pair >= 0) {
            ids->append(pair);
        } else if (grow) {
            const int pairId = static_cast<int>(m_labels.size());
            m_labels.append(QString());
            m_kinds.append(Kind::Term);
            m_pairs.insert(key, pairId);
            ids->append(pairId);
        }
    }
}

QVector<int> TermDictionary::featureIds(const Paper &paper, bool grow)
{
    QVector<int> ids;
    ids.reserve((paper.title().size() + paper.abstract().size()) / 4 + paper.authors().size() +
                paper.categories().size() + 1);
    Chain chain;
    addTerms(paper.title(), grow, &chain, &ids);
    addTerms(paper.abstract(), grow, &chain, &ids);
    addPairs(chain.terms, grow, &ids);
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
