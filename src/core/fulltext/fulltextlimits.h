// The caps on what the full-text readers accept (a paper's page, its PDF, one of its images) and on the shape
// of a page, so that a hostile answer is refused in bounded time and memory.
#pragma once

#include <QtGlobal>

namespace DigestStudio::FullTextLimits {

constexpr qint64 MiB = 1024 * 1024;
// The largest HTML page, PDF and single figure image read (a 20 MB page is ten times arXiv's largest usual).
constexpr qint64 MaxHtmlBytes = 20 * MiB;
constexpr qint64 MaxPdfBytes = 50 * MiB;
constexpr qint64 MaxImageBytes = 10 * MiB;

// Elements open at once: LaTeXML's deepest pages (MathML inside tables inside figures) stay under 100.
constexpr int MaxNesting = 512;
// Attributes kept per tag; the rest of a tag's attributes are read past and dropped.
constexpr int MaxAttributes = 64;
// Elements and text pieces kept from the author block and the figures (math and SVG insides are never kept).
constexpr int MaxKeptNodes = 200000;
// Affiliations kept for one author, and tied to none (a real author has a handful; a collaboration paper's
// notes a few hundred).
constexpr int MaxAffiliationsPerAuthor = 64;
constexpr int MaxOtherAffiliations = 4096;
// A figure's image decoded: a small file can claim a huge picture (a decompression bomb), so the size its
// header states is checked before any pixel is decoded. 50 megapixels is a 7000 x 7000 photograph.
constexpr qint64 MaxImagePixels = 50 * 1000 * 1000;
// A rendered first page: past this many pixels the scale is lowered to fit.
constexpr qint64 MaxRenderPixels = 40 * 1000 * 1000;

} // namespace DigestStudio::FullTextLimits
