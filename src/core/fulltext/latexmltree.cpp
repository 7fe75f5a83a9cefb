#include "fulltext/latexmltree.h"

#include "fulltext/fulltextlimits.h"
#include "fulltext/htmltokenizer.h"

#include <cmath>
#include <cstring>

namespace DigestStudio {

namespace {

bool isClassSeparator(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

// Whether a class attribute's raw value holds `cls` as one of its words.
bool hasClassWord(const QByteArray &classes, const char *cls)
{
    const qsizetype length = static_cast<qsizetype>(std::strlen(cls));
    for (qsizetype at = classes.indexOf(cls); at >= 0; at = classes.indexOf(cls, at + 1)) {
        const bool startsWord = at == 0 || isClassSeparator(classes.at(at - 1));
        const bool endsWord = at + length == classes.size() || isClassSeparator(classes.at(at + length));
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

bool isVoid(const QByteArray &name)
{
    static const char *const voids[] = {"br",  "img",   "hr",    "meta",   "link",  "input", "area",  "base",
                                        "col", "embed", "param", "source", "track", "wbr",   "keygen"};
    for (const char *v : voids) {
        if (name == v)
            return true;
    }
    return false;
}

// Elements whose start closes an open one of the same name (HTML's implied end tags), so that a page of
// unclosed paragraphs does not nest.
bool closesItself(const QByteArray &n)
{
    using T = HtmlTokenizer;
    return T::is(n, "p") || T::is(n, "li") || T::is(n, "tr") || T::is(n, "td") || T::is(n, "th") ||
           T::is(n, "dt") || T::is(n, "dd") || T::is(n, "option");
}

int dimension(const QString &value)
{
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    return ok && number > 0 && number < 1e6 ? static_cast<int>(std::lround(number)) : 0;
}

} // namespace

class LatexmlTreeBuilder final
{
public:
    explicit LatexmlTreeBuilder(const QByteArray &html)
        : m_tokens(html)
    {}

    LatexmlTree run()
    {
        for (HtmlTokenizer::Token token = m_tokens.next(); token != HtmlTokenizer::Token::End && ok();
             token = m_tokens.next()) {
            if (token == HtmlTokenizer::Token::StartTag)
                startTag();
            else if (token == HtmlTokenizer::Token::EndTag)
                endTag();
            else if (!m_open.isEmpty() && m_open.last().kept >= 0 && !m_open.last().opaque)
                addText();
        }
        return std::move(m_tree);
    }

private:
    struct Open
    {
        // The name's first 15 bytes, enough to match end tags (a copy of the tokenizer's buffer would cost an
        // allocation per element).
        char name[16] = {};
        int length = 0;
        int kept = -1;       // the kept node this element is, or is inside (-1: outside every kept part)
        bool opaque = false; // math and SVG: the element is kept, its insides are not

        void setName(const QByteArray &n)
        {
            length = qMin(static_cast<int>(n.size()), 15);
            std::memcpy(name, n.constData(), static_cast<size_t>(length));
        }
        bool named(const QByteArray &n) const
        {
            return qMin(static_cast<int>(n.size()), 15) == length &&
                   std::memcmp(name, n.constData(), static_cast<size_t>(length)) == 0;
        }
    };

    bool ok() const { return m_tree.m_error == LatexmlTree::Error::None; }

    void fail(LatexmlTree::Error error)
    {
        m_tree.m_error = error;
        m_tree.m_errorOffset = m_tokens.offset();
    }

    bool startsKeptPart(const QByteArray &name, const QByteArray &classes)
    {
        if (HtmlTokenizer::is(name, "div") && !m_sawAuthors && hasClassWord(classes, "ltx_authors")) {
            m_sawAuthors = true;
            return true;
        }
        if (HtmlTokenizer::is(name, "h1") && !m_sawTitle && hasClassWord(classes, "ltx_title_document")) {
            m_sawTitle = true;
            return true;
        }
        if (HtmlTokenizer::is(name, "figure") && hasClassWord(classes, "ltx_figure"))
            return true;
        return hasClassWord(classes, "ltx_role_institutetext");
    }

    int addNode(LatexmlTree::Node node, int parent)
    {
        if (m_tree.m_nodes.size() >= FullTextLimits::MaxKeptNodes) {
            fail(LatexmlTree::Error::TooLarge);
            return -1;
        }
        node.parent = parent;
        const int index = static_cast<int>(m_tree.m_nodes.size());
        m_tree.m_nodes.append(std::move(node));
        if (parent >= 0)
            m_tree.m_nodes[parent].children.append(index);
        else
            m_tree.m_roots.append(index);
        return index;
    }

    void startTag()
    {
        const QByteArray &name = m_tokens.name();
        const QByteArray classes = m_tokens.rawAttribute("class");
        if (!m_tree.m_sawLatexml &&
            (hasClassWord(classes, "ltx_document") || hasClassWord(classes, "ltx_page_main")))
            m_tree.m_sawLatexml = true;
        if (m_tree.m_base.isEmpty() && HtmlTokenizer::is(name, "base"))
            m_tree.m_base = m_tokens.attribute("href").trimmed();
        if (closesItself(name) && !m_open.isEmpty() && m_open.last().named(name))
            m_open.removeLast();
        Open open;
        open.setName(name);
        const bool inKept = !m_open.isEmpty() && m_open.last().kept >= 0;
        if (inKept && m_open.last().opaque) {
            open.kept = m_open.last().kept;
            open.opaque = true;
        } else if (inKept || startsKeptPart(name, classes)) {
            LatexmlTree::Node node;
            node.name = name;
            if (!classes.isEmpty())
                node.classes = HtmlTokenizer::decode(classes.constData(), classes.size()).simplified();
            if (HtmlTokenizer::is(name, "math")) {
                node.text = m_tokens.attribute("alttext");
            } else if (HtmlTokenizer::is(name, "img")) {
                node.text = m_tokens.attribute("src");
                node.width = dimension(m_tokens.attribute("width"));
                node.height = dimension(m_tokens.attribute("height"));
            }
            open.kept = addNode(std::move(node), inKept ? m_open.last().kept : -1);
            open.opaque = HtmlTokenizer::is(name, "math") || HtmlTokenizer::is(name, "svg");
        }
        if (isVoid(name) || m_tokens.isSelfClosing() || !ok())
            return;
        if (m_open.size() >= FullTextLimits::MaxNesting) {
            fail(LatexmlTree::Error::TooDeep);
            return;
        }
        m_open.append(open);
    }

    void endTag()
    {
        const QByteArray &name = m_tokens.name();
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (m_open.at(i).named(name)) {
                m_open.resize(i);
                return;
            }
        }
    }

    void addText()
    {
        LatexmlTree::Node node;
        node.isText = true;
        node.text = m_tokens.text();
        addNode(std::move(node), m_open.last().kept);
    }

    HtmlTokenizer m_tokens;
    LatexmlTree m_tree;
    QVector<Open> m_open;
    bool m_sawAuthors = false;
    bool m_sawTitle = false;
};

LatexmlTree LatexmlTree::build(const QByteArray &html)
{
    return LatexmlTreeBuilder(html).run();
}

bool LatexmlTree::hasClass(int index, const char *cls) const
{
    const Node &n = m_nodes.at(index);
    if (n.isText || n.classes.isEmpty())
        return false;
    // `classes` is simplified: words are separated by one space.
    const QLatin1String wanted(cls);
    for (int at = n.classes.indexOf(wanted); at >= 0; at = n.classes.indexOf(wanted, at + 1)) {
        const int end = at + wanted.size();
        if ((at == 0 || n.classes.at(at - 1) == QLatin1Char(' ')) &&
            (end == n.classes.size() || n.classes.at(end) == QLatin1Char(' ')))
            return true;
    }
    return false;
}

int LatexmlTree::findClass(int index, const char *cls) const
{
    if (hasClass(index, cls))
        return index;
    for (int child : m_nodes.at(index).children) {
        const int found = findClass(child, cls);
        if (found >= 0)
            return found;
    }
    return -1;
}

QVector<int> LatexmlTree::findAllClass(int index, const char *cls) const
{
    QVector<int> found;
    for (int child : m_nodes.at(index).children) {
        if (hasClass(child, cls))
            found.append(child);
        else
            found += findAllClass(child, cls);
    }
    return found;
}

} // namespace DigestStudio
