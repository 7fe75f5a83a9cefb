// The parts of a LaTeXML page that say who wrote the paper and what its figures are (the title, the author
// block, the figures, llncs' institute notes), kept as a small tree while the rest of the page is only read
// past. Built tolerantly from tag soup, bounded by FullTextLimits.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace DigestStudio {

class LatexmlTree final
{
public:
    struct Node
    {
        bool isText = false;
        QByteArray name; // element name, lower case
        QString classes; // the class attribute, space separated
        QString text;    // a text node's text; `alttext` of a math element; `src` of an img
        int width = 0;   // img
        int height = 0;  // img
        int parent = -1;
        QVector<int> children;
    };

    enum class Error { None, NotHtml, TooDeep, TooLarge };

    // Reads the page; the roots are the kept parts in page order.
    static LatexmlTree build(const QByteArray &html);

    Error error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }
    bool sawLatexml() const { return m_sawLatexml; }
    // The page's first <base href>, as written (arXiv's pages: `/html/2601.00001v1/`).
    const QString &base() const { return m_base; }
    const QVector<int> &roots() const { return m_roots; }
    const Node &node(int index) const { return m_nodes.at(index); }

    bool hasClass(int index, const char *cls) const;
    // The first descendant (or `index` itself) with the class, in document order; -1 if none.
    int findClass(int index, const char *cls) const;
    // Every descendant with the class, not looking inside those found.
    QVector<int> findAllClass(int index, const char *cls) const;

private:
    friend class LatexmlTreeBuilder;
    QVector<Node> m_nodes;
    QVector<int> m_roots;
    Error m_error = Error::None;
    qsizetype m_errorOffset = 0;
    bool m_sawLatexml = false;
    QString m_base;
};

} // namespace DigestStudio
