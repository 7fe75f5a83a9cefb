// One line of a PDF page's text with where it sits, split into cells where a wide gap separates side-by-side
// columns (an author grid).
#pragma once

#include <QRectF>
#include <QString>
#include <QVector>

namespace DigestStudio {

struct PdfTextLine
{
    struct Cell
    {
        QString text;
        QRectF rect; // in points, from the page's top left
    };

    QString text;        // the cells' texts joined by a space
    QRectF rect;         // the whole line
    double height = 0;   // the tallest word's height: the font size, near enough
    QVector<Cell> cells; // at least one
    QVector<Cell> words; // the line's words, left to right
};

} // namespace DigestStudio
