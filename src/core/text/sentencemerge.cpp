#include "text/sentencemerge.h"

#include "text/sentencealigner.h"

#include <QVector>

#include <algorithm>

namespace DigestStudio {

namespace {

// One change from the base: the base's pieces [from, to) become `with` (from == to: an insertion).
struct Hunk
{
    int from = 0;
    int to = 0;
    QStringList with;
    bool operator==(const Hunk &o) const { return from == o.from && to == o.to && with == o.with; }
};

// The changes that turn `base` into `other`, in order, from a longest common subsequence of pieces.
QVector<Hunk> hunks(const QStringList &base, const QStringList &other)
{
    const int n = static_cast<int>(base.size());
    const int m = static_cast<int>(other.size());
    // lcs[i][j]: the longest common subsequence of base[i..] and other[j..].
    QVector<QVector<int>> lcs(n + 1, QVector<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] =
                base.at(i) == other.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QVector<Hunk> result;
    Hunk open{0, 0, {}};
    bool changing = false;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && base.at(i) == other.at(j) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
            if (changing)
                result.append(open);
            changing = false;
            ++i;
            ++j;
            continue;
        }
        if (!changing)
            open = Hunk{i, i, {}};
        changing = true;
        if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            open.with.append(other.at(j++));
        } else {
            open.to = ++i;
        }
    }
    if (changing)
        result.append(open);
    return result;
}

// Whether two changes from different sides cannot both be made.
bool clash(const Hunk &a, const Hunk &b)
{
    if (a == b)
        return false;
    if (a.from == a.to && b.from == b.to)
        return a.from == b.from; // two insertions at one place: which goes first is a choice
    // Ranges that share a piece, or an insertion strictly inside a replaced range.
    if (a.from == a.to)
        return b.from < a.from && a.from < b.to;
    if (b.from == b.to)
        return a.from < b.from && b.from < a.to;
    return a.from < b.to && b.from < a.to;
}

} // namespace

QStringList SentenceMerge::pieces(const QString &text)
{
    const QVector<SentenceAligner::Span> spans = SentenceAligner::sentences(text);
    QStringList result;
    if (spans.size() <= 1) {
        if (!text.isEmpty())
            result.append(text);
        return result;
    }
    for (int i = 0; i < spans.size(); ++i) {
        const int start = i == 0 ? 0 : spans.at(i).start;
        const int end = i + 1 < spans.size() ? spans.at(i + 1).start : static_cast<int>(text.size());
        result.append(text.mid(start, end - start));
    }
    return result;
}

bool SentenceMerge::merge(const QString &base, const QString &mine, const QString &theirs, QString *merged)
{
    const QStringList basePieces = pieces(base);
    const QStringList minePieces = pieces(mine);
    const QStringList theirPieces = pieces(theirs);
    if (basePieces.size() > MaxSentences || minePieces.size() > MaxSentences ||
        theirPieces.size() > MaxSentences)
        return false;
    const QVector<Hunk> ours = hunks(basePieces, minePieces);
    QVector<Hunk> all = ours;
    for (const Hunk &their : hunks(basePieces, theirPieces)) {
        bool same = false;
        for (const Hunk &our : ours) {
            if (clash(our, their))
                return false;
            same = same || our == their;
        }
        if (!same)
            all.append(their);
    }
    // Insertions before the replacement that starts at the same piece.
    std::stable_sort(all.begin(), all.end(), [](const Hunk &a, const Hunk &b) {
        return a.from != b.from ? a.from < b.from : (a.from == a.to) > (b.from == b.to);
    });
    QString result;
    int at = 0;
    for (const Hunk &hunk : qAsConst(all)) {
        for (; at < hunk.from; ++at)
            result += basePieces.at(at);
        result += hunk.with.join(QString());
        at = std::max(at, hunk.to);
    }
    for (; at < basePieces.size(); ++at)
        result += basePieces.at(at);
    *merged = result;
    return true;
}

} // namespace DigestStudio
