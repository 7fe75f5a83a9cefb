// What a paper itself says (its LaTeXML page or its PDF): authors with their institutions and its figures.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace DigestStudio {

struct FullText
{
    enum class Source { Html, Pdf };

    struct Image
    {
        QString url;   // as the page writes it: relative to the page (`x1.png`, `extracted/…/a.png`)
        int width = 0; // as LaTeXML writes them, in CSS pixels; 0 where the page gives none
        int height = 0;
    };

    struct Figure
    {
        QString label;         // `Figure 2` (empty for an unnumbered figure)
        QString number;        // `2`, `S1`, `3.1`
        QString caption;       // plain text; math as its TeX source between dollars: `for $\alpha=0.1$`
        QVector<Image> images; // the figure's images in order (a figure with subfigures has several)

        // The figure's first image, the one shown for it.
        QString url() const { return images.isEmpty() ? QString() : images.first().url; }
        int width() const { return images.isEmpty() ? 0 : images.first().width; }
        int height() const { return images.isEmpty() ? 0 : images.first().height; }
    };

    struct Author
    {
        QString name;
        QStringList affiliations; // as written; an address block's lines are joined by '\n'
    };

    Source source = Source::Html;
    // What the images' relative URLs are relative to, when the page says (`<base href="/html/2601.00001v1/">`
    // on arXiv's pages); empty otherwise, and then they are relative to the page's own URL.
    QString base;
    QString title;
    QVector<Author> authors;
    // Affiliations the paper states without tying them to one author (a PDF's author block, a footnote of a
    // block of several authors), in order.
    QStringList otherAffiliations;
    QVector<Figure> figures;
    // A PDF's author block as read, line by line (names, institutions, addresses, its footnotes): what a
    // model may be asked to split when the rules find no institution in it. Empty for a page.
    QStringList authorBlock;

    // Every affiliation stated, authors first in author order, then the others.
    QStringList statedAffiliations() const;
    bool hasAffiliations() const { return !statedAffiliations().isEmpty(); }
    // The house's affiliation line (`University of Maryland & New York University`), aliases applied;
    // empty when the paper names no institution.
    QString houseLine(const QMap<QString, QString> &aliases = {}) const;
    QStringList houseInstitutions(const QMap<QString, QString> &aliases = {}) const;
};

} // namespace DigestStudio
