// What an exporter produces: the rendered text, the Weibo thread's parts, the long images, and warnings about
// limits.
#pragma once

#include <QImage>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QVector>

namespace DigestStudio {

// One post of a Weibo thread: its text (beginning with its `(k/n)` line) and Weibo's weighted count.
struct WeiboPart
{
    QString text;
    int weight = 0;
    // With ExportOptions::weiboAttachImages: the long images (0-based indexes into ExportResult::images) to
    // attach to this post; each image goes with the part in which its first entry begins.
    QVector<int> images;
};

// One long image of the `image` format (and of a Weibo thread with images attached).
struct ExportImage
{
    QImage image; // physical pixels: the logical width times the scale
    // The entries it shows, 1-based; 0 and 0 when it shows only the header or the footer.
    int firstEntry = 0;
    int lastEntry = 0;
    // Where each of those entries' Chinese title is drawn (physical pixels), in entry order.
    QVector<QRect> titleRects;
};

struct ExportResult
{
    // The whole rendering as written to a file or the clipboard's main flavour.
    QString text;
    // The WeChat rendering's text/plain twin; empty for the other formats.
    QString plainText;
    // The Weibo thread; empty for the other formats.
    QVector<WeiboPart> parts;
    // The `image` format's result is several files, so it does not fit `text`: the images are here (written
    // as post-01.png, post-02.png ... by ImageExporter::save), and `text` is their list, one line each:
    // `post-01.png<TAB>1500x9600<TAB>entries 1-4`. The Weibo thread fills it when images are attached.
    QVector<ExportImage> images;
    // Limits exceeded (WeChat body, title, summary; a Weibo paragraph that had to be cut).
    QStringList warnings;
};

} // namespace DigestStudio
