#include "fulltext/latexmlreader.h"

#include "fulltext/fulltextlimits.h"
#include "fulltext/latexmlauthors.h"
#include "fulltext/latexmltree.h"

namespace DigestStudio {

namespace {

// A caption's or title's plain text: math as `$alttext$`, footnotes and undefined macros left out, nested
// figures (subfigures) left out.
QString plainText(const LatexmlTree &tree, int index)
{
    const LatexmlTree::Node &n = tree.node(index);
    if (n.isText)
        return n.text;
    if (tree.hasClass(index, "ltx_note") || tree.hasClass(index, "ltx_ERROR") || n.name == "figure" ||
        n.name == "svg")
        return QString();
    if (n.name == "math")
        return n.text.isEmpty() ? QString() : QLatin1Char('$') + n.text.trimmed() + QLatin1Char('$');
    if (n.name == "br")
        return QStringLiteral(" ");
    QString text;
    for (int child : n.children)
        text += plainText(tree, child);
    return text;
}

// The figure's own caption: a figcaption of the figure, not of one of its subfigures.
int ownCaption(const LatexmlTree &tree, int index)
{
    for (int child : tree.node(index).children) {
        const LatexmlTree::Node &n = tree.node(child);
        if (n.isText || n.name == "figure")
            continue;
        if (n.name == "figcaption")
            return child;
        const int inside = ownCaption(tree, child);
        if (inside >= 0)
            return inside;
    }
    return -1;
}

void collectImages(const LatexmlTree &tree, int index, QVector<FullText::Image> *images)
{
    for (int child : tree.node(index).children) {
        const LatexmlTree::Node &n = tree.node(child);
        if (n.isText)
            continue;
        if (n.name == "img" && !n.text.isEmpty() && !n.text.startsWith(QLatin1String("data:")))
            images->append(FullText::Image{n.text, n.width, n.height});
        else
            collectImages(tree, child, images);
    }
}

FullText::Figure figureOf(const LatexmlTree &tree, int index)
{
    FullText::Figure figure;
    collectImages(tree, index, &figure.images);
    const int caption = ownCaption(tree, index);
    if (caption < 0)
        return figure;
    const int tag = tree.findClass(caption, "ltx_tag_figure");
    if (tag >= 0) {
        // `Figure 2: ` (LaTeXML writes the colon after the number's span); the number is the last word.
        QString label = plainText(tree, tag).simplified();
        while (!label.isEmpty() && (label.endsWith(QLatin1Char(':')) || label.endsWith(QLatin1Char('.')) ||
                                    label.endsWith(QLatin1Char(' '))))
            label.chop(1);
        figure.label = label;
        figure.number = label.mid(label.lastIndexOf(QLatin1Char(' ')) + 1);
    }
    QString text;
    for (int child : tree.node(caption).children) {
        if (child != tag)
            text += plainText(tree, child);
    }
    figure.caption = text.simplified();
    return figure;
}

} // namespace

LatexmlReader::Result LatexmlReader::read(const QByteArray &html)
{
    Result result;
    result.fullText.source = FullText::Source::Html;
    if (html.size() > FullTextLimits::MaxHtmlBytes) {
        result.error = Error::TooLarge;
        return result;
    }
    const LatexmlTree tree = LatexmlTree::build(html);
    if (tree.error() != LatexmlTree::Error::None) {
        result.error = tree.error() == LatexmlTree::Error::TooDeep ? Error::TooDeep : Error::TooComplex;
        result.offset = tree.errorOffset();
        return result;
    }
    if (!tree.sawLatexml()) {
        result.error = Error::NotLatexml;
        return result;
    }
    result.fullText.base = tree.base();
    int authorBlock = -1;
    QVector<int> institutes;
    for (int root : tree.roots()) {
        const LatexmlTree::Node &n = tree.node(root);
        if (n.name == "h1" && result.fullText.title.isEmpty())
            result.fullText.title = plainText(tree, root).simplified();
        else if (n.name == "div" && tree.hasClass(root, "ltx_authors"))
            authorBlock = root;
        else if (n.name == "figure")
            result.fullText.figures.append(figureOf(tree, root));
        else if (tree.hasClass(root, "ltx_role_institutetext"))
            institutes.append(root);
    }
    const LatexmlAuthors::Result authors = LatexmlAuthors::read(tree, authorBlock, institutes);
    result.fullText.authors = authors.authors;
    result.fullText.otherAffiliations = authors.otherAffiliations;
    if (result.fullText.authors.isEmpty())
        result.error = Error::NoAuthors;
    return result;
}

} // namespace DigestStudio
