// What an exporter produces: the rendered text, the Weibo thread's parts, and warnings about limits.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace DigestStudio {

// One post of a Weibo thread: its text (beginning with its `(k/n)` line) and Weibo's weighted count.
struct WeiboPart
{
    QString text;
    int weight = 0;
};

struct ExportResult
{
    // The whole rendering as written to a file or the clipboard's main flavour.
    QString text;
    // The WeChat rendering's text/plain twin; empty for the other formats.
    QString plainText;
    // The Weibo thread; empty for the other formats.
    QVector<WeiboPart> parts;
    // Limits exceeded (WeChat body, title, summary; a Weibo paragraph that had to be cut).
    QStringList warnings;
};

} // namespace DigestStudio
