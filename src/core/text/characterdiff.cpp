#include "text/characterdiff.h"

#include <QStringView>

#include <algorithm>
#include <vector>

namespace DigestStudio {

namespace {

using Span = CharacterDiff::Span;
using Kind = Span::Kind;

void append(QVector<Span> *spans, Kind kind, QStringView text)
{
    if (text.isEmpty())
        return;
    if (!spans->isEmpty() && spans->last().kind == kind) {
        spans->last().text += text.toString();
        return;
    }
    // Keep removals before additions within one changed stretch.
    if (kind == Kind::Removed && !spans->isEmpty() && spans->last().kind == Kind::Added) {
        const int at = static_cast<int>(spans->size()) - 1;
        if (at > 0 && spans->at(at - 1).kind == Kind::Removed) {
            (*spans)[at - 1].text += text.toString();
            return;
        }
        spans->insert(at, Span{kind, text.toString()});
        return;
    }
    spans->append(Span{kind, text.toString()});
}

// LCS of a and b (both short enough: a.size() * b.size() <= MaxCells), as spans.
void lcs(QStringView a, QStringView b, QVector<Span> *spans)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // table[i][j]: LCS length of a[i..] and b[j..]; lengths fit 16 bits only for short texts, so 32.
    std::vector<quint32> table(static_cast<std::size_t>((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return static_cast<std::size_t>(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            table[at(i, j)] = a.at(i) == b.at(j) ? table[at(i + 1, j + 1)] + 1
                                                 : std::max(table[at(i + 1, j)], table[at(i, j + 1)]);
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            append(spans, Kind::Same, a.mid(i, 1));
            ++i;
            ++j;
        } else if (table[at(i + 1, j)] >= table[at(i, j + 1)]) {
            append(spans, Kind::Removed, a.mid(i, 1));
            ++i;
        } else {
            append(spans, Kind::Added, b.mid(j, 1));
            ++j;
        }
    }
    append(spans, Kind::Removed, a.mid(i));
    append(spans, Kind::Added, b.mid(j));
}

} // namespace

QVector<Span> CharacterDiff::diff(const QString &before, const QString &after)
{
    QVector<Span> spans;
    const QStringView a(before);
    const QStringView b(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    append(&spans, Kind::Same, a.left(prefix));
    const QStringView middleA = a.mid(prefix, a.size() - prefix - suffix);
    const QStringView middleB = b.mid(prefix, b.size() - prefix - suffix);
    if (static_cast<qint64>(middleA.size() + 1) * static_cast<qint64>(middleB.size() + 1) <= MaxCells) {
        lcs(middleA, middleB, &spans);
    } else {
        append(&spans, Kind::Removed, middleA);
        append(&spans, Kind::Added, middleB);
    }
    append(&spans, Kind::Same, a.right(suffix));
    return spans;
}

QString CharacterDiff::marked(const QString &before, const QString &after)
{
    QString out;
    for (const Span &span : diff(before, after)) {
        if (span.kind == Kind::Same)
            out += span.text;
        else if (span.kind == Kind::Removed)
            out += QStringLiteral("[-") + span.text + QStringLiteral("-]");
        else
            out += QStringLiteral("{+") + span.text + QStringLiteral("+}");
    }
    return out;
}

} // namespace DigestStudio
