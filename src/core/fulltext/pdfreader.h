// Reads a paper's PDF with Poppler: the first page's text, laid out in lines (the source of the author block
// when a paper has no usable HTML), and the first page rendered as a figure candidate. Bounded: a PDF over
// FullTextLimits::MaxPdfBytes is refused before parsing, a rendering over MaxRenderPixels is scaled down.
#pragma once

#include "fulltext/pdftextline.h"

#include <QByteArray>
#include <QImage>
#include <QSizeF>

namespace DigestStudio {

class PdfReader final
{
public:
    enum class Error {
        None,
        TooLarge,   // over FullTextLimits::MaxPdfBytes: refused unread
        Unreadable, // not a PDF, or one Poppler cannot open
        Locked,     // encrypted with a password
        NoPages,
    };

    struct Result
    {
        Error error = Error::None;
        int pageCount = 0;
        QSizeF pageSize;            // the first page, in points
        QString text;               // the first page's text, its lines in order
        QVector<PdfTextLine> lines; // the same with their places
        QImage image;               // the first page rendered (when asked for)
        bool ok() const { return error == Error::None; }
    };

    // `scale` 0 reads the text only; 2 renders at twice 72 dpi (144 dpi), and so on.
    static Result readFirstPage(const QByteArray &pdf, double scale = 0);
};

} // namespace DigestStudio
