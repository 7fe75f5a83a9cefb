#include "formats/wechatexporter.h"

#include "formats/cssgrammar.h"
#include "formats/posttext.h"
#include "formats/textexporter.h"
#include "formats/weiboexporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QMimeData>
#include <QUrl>

namespace DigestStudio {

namespace {

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case PostText::NoBreakSpace:
            out += QLatin1String("&nbsp;");
            break;
        case '\n':
            out += QLatin1String("<br/>");
            break;
        default:
            out += c;
        }
    }
    return out;
}

// Renders text with its links: WeChat links stay links, others become numbered references or plain text.
class LinkRenderer
{
public:
    LinkRenderer(const ExportOptions &options, const WeChatStyle &style)
        : m_options(options)
        , m_style(style)
    {}

    QString render(const QString &text)
    {
        QString out;
        int plainStart = 0;
        const int n = static_cast<int>(text.size());
        for (int i = 0; i < n; ++i) {
            if (text.at(i) != QLatin1Char('h'))
                continue;
            const int end = WeiboExporter::urlEnd(text, i);
            if (end == i)
                continue;
            out += escaped(text.mid(plainStart, i - plainStart));
            const QString url = text.mid(i, end - i);
            if (WeChatExporter::isWeChatLink(url)) {
                out += QStringLiteral("<a href=\"") + escaped(url) + QStringLiteral("\" style=\"color:") +
                       m_style.accentColor + QStringLiteral(";\">") + escaped(url) + QStringLiteral("</a>");
            } else if (m_options.wechatLinks == ExportOptions::LinkMode::References) {
                int number = m_numbers.value(url);
                if (number == 0) {
                    m_references.append(url);
                    number = static_cast<int>(m_references.size());
                    m_numbers.insert(url, number);
                }
                out += escaped(url) + QStringLiteral("<sup style=\"color:") + m_style.accentColor +
                       QStringLiteral(";\">[") + QString::number(number) + QStringLiteral("]</sup>");
            } else {
                out += escaped(url);
            }
            plainStart = end;
            i = end - 1;
        }
        out += escaped(text.mid(plainStart));
        return out;
    }

    const QStringList &references() const { return m_references; }

private:
    const ExportOptions &m_options;
    const WeChatStyle &m_style;
    QStringList m_references;
    QHash<QString, int> m_numbers;
};

QString paragraph(const QString &style, const QString &html)
{
    return QStringLiteral("<p style=\"") + style + QStringLiteral("\">") + html + QStringLiteral("</p>\n");
}

const QString &baseStyle()
{
    static const QString style = QStringLiteral("margin:0 0 12px 0;");
    return style;
}

// A paragraph holding a no-break space: the visible gap survives a paste.
const QString &separatorHtml()
{
    static const QString html = QStringLiteral("<p style=\"margin:0 0 12px 0;\">&nbsp;</p>\n");
    return html;
}

// The opening of the article with its font, then the legend, attribution and summary line.
QString headerHtml(const Digest &digest, const ExportOptions &options, const WeChatStyle &s,
                   LinkRenderer *links)
{
    QString html = QStringLiteral("<section style=\"font-family:") + s.fontFamily +
                   QStringLiteral(";font-size:") + s.fontSize + QStringLiteral(";line-height:") +
                   s.lineHeight + QStringLiteral(";color:") + s.textColor + QStringLiteral(";");
    if (!s.background.isEmpty())
        html += QStringLiteral("background:") + s.background + QStringLiteral(";padding:8px;");
    html += QStringLiteral("\">\n");

    const QString legend = TextExporter::legend(digest, options);
    if (!legend.isEmpty())
        html += paragraph(baseStyle() + QStringLiteral("color:") + s.mutedColor +
                              QStringLiteral(";font-size:13px;"),
                          links->render(legend));
    if (!digest.attribution().isEmpty())
        html += paragraph(baseStyle(), links->render(digest.attribution()));
    if (!digest.entries().isEmpty()) {
        const QString label =
            digest.summaryLabel().isEmpty() ? Digest::defaultSummaryLabel() : digest.summaryLabel();
        html += paragraph(baseStyle(), QStringLiteral("<strong style=\"color:") + s.accentColor +
                                           QStringLiteral(";\">") + escaped(label) +
                                           QStringLiteral("</strong>") + links->render(digest.summaryText()));
    }
    return html;
}

// The figures WeChat serves for an entry, centred, as wide as the article at most.
QString figuresHtml(const QStringList &urls)
{
    QString html;
    for (const QString &url : urls)
        html += paragraph(QStringLiteral("margin:8px 0;text-align:center;"),
                          QStringLiteral("<img src=\"") + escaped(url) +
                              QStringLiteral("\" style=\"max-width:100%;height:auto;\"/>"));
    return html;
}

// One entry's section: title, authors, affiliations, Chinese paragraph, figures, abstract and link.
QString entryHtml(const DigestEntry &e, int position, const WeChatStyle &s, LinkRenderer *links,
                  const QStringList &figureUrls)
{
    const QString muted =
        QStringLiteral("margin:0;color:") + s.mutedColor + QStringLiteral(";font-size:13px;");
    QString html = QStringLiteral("<section style=\"margin:0 0 20px 0;\">\n");
    html += paragraph(QStringLiteral("margin:0 0 8px 0;font-weight:bold;font-size:16px;color:") +
                          s.accentColor + QStringLiteral(";"),
                      links->render(TextExporter::titleLine(e, position)));
    if (!e.authorsLine().isEmpty())
        html += paragraph(muted, links->render(e.authorsLine()));
    const QString affiliations = TextExporter::affiliationsLine(e);
    if (!affiliations.isEmpty())
        html += paragraph(muted, links->render(affiliations));
    const QString chinese = TextExporter::chineseParagraph(e);
    if (!chinese.isEmpty())
        // No gap above: the authors, affiliations and Chinese paragraph go together, as in the post's
        // structure (a gap follows the title and comes before the abstract).
        html += paragraph(QStringLiteral("margin:0 0 12px 0;"), links->render(chinese));
    html += figuresHtml(figureUrls);
    if (!e.abstract().isEmpty())
        html += paragraph(baseStyle() + QStringLiteral("color:") + s.mutedColor +
                              QStringLiteral(";font-size:") + s.englishSize + QStringLiteral(";"),
                          links->render(e.abstract()));
    if (!e.link().isEmpty())
        html += paragraph(QStringLiteral("margin:0;font-size:13px;word-break:break-all;color:") +
                              s.mutedColor + QStringLiteral(";"),
                          links->render(e.link()));
    html += QStringLiteral("</section>\n");
    return html;
}

// The footer, the numbered references collected so far, and the end of the article.
QString footerHtml(const Digest &digest, const ExportOptions &options, const WeChatStyle &s,
                   LinkRenderer *links)
{
    QString html;
    if (!digest.footer().isEmpty()) {
        if (options.separatorLines)
            html += separatorHtml();
        html += paragraph(baseStyle() + QStringLiteral("color:") + s.mutedColor +
                              QStringLiteral(";font-size:12px;"),
                          links->render(digest.footer()));
    }
    const QStringList &references = links->references();
    if (!references.isEmpty()) {
        html += QStringLiteral("<section style=\"margin:20px 0 0 0;font-size:12px;color:") + s.mutedColor +
                QStringLiteral(";\">\n");
        html += paragraph(QStringLiteral("margin:0 0 6px 0;font-weight:bold;"), QStringLiteral("参考链接"));
        for (int i = 0; i < references.size(); ++i)
            html += paragraph(QStringLiteral("margin:0;word-break:break-all;"),
                              QLatin1Char('[') + QString::number(i + 1) + QStringLiteral("] ") +
                                  escaped(references.at(i)));
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("</section>\n");
    return html;
}

// The `text/plain` twin: the plain-text post, then the references.
QString plainTwin(const Digest &digest, const ExportOptions &options, const QStringList &references)
{
    QString plain = TextExporter().render(digest, options).text;
    if (!references.isEmpty()) {
        plain += QStringLiteral("\n参考链接\n");
        for (int i = 0; i < references.size(); ++i)
            plain += QLatin1Char('[') + QString::number(i + 1) + QStringLiteral("] ") + references.at(i) +
                     QLatin1Char('\n');
    }
    return plain;
}

// The editor's limits that the article exceeds.
QStringList limitWarnings(const Digest &digest, const QString &plain)
{
    QStringList warnings;
    // The editor counts the visible characters, white space aside.
    int body = 0;
    for (const QChar c : plain) {
        if (!PostText::isSpace(c))
            ++body;
    }
    if (body > WeChatExporter::BodyLimit)
        warnings.append(QStringLiteral("the body has %1 characters; WeChat's editor takes at most %2")
                            .arg(body)
                            .arg(WeChatExporter::BodyLimit));
    if (digest.title().size() > WeChatExporter::TitleLimit)
        warnings.append(QStringLiteral("the title has %1 characters; WeChat allows %2")
                            .arg(digest.title().size())
                            .arg(WeChatExporter::TitleLimit));
    const QString summary = digest.summaryText();
    if (summary.size() > WeChatExporter::SummaryLimit)
        warnings.append(QStringLiteral("the summary has %1 characters; WeChat's article summary allows %2")
                            .arg(summary.size())
                            .arg(WeChatExporter::SummaryLimit));
    return warnings;
}

} // namespace

bool WeChatStyle::operator==(const WeChatStyle &o) const
{
    return fontFamily == o.fontFamily && fontSize == o.fontSize && lineHeight == o.lineHeight &&
           textColor == o.textColor && accentColor == o.accentColor && mutedColor == o.mutedColor &&
           background == o.background && englishSize == o.englishSize;
}

QString WeChatExporter::name() const
{
    return QCoreApplication::translate("DigestStudio::FormatRegistry", "WeChat article (HTML)");
}

QStringList WeChatExporter::styleIds()
{
    return {QStringLiteral("classic"), QStringLiteral("modern"), QStringLiteral("compact"),
            QStringLiteral("custom")};
}

QString WeChatExporter::styleName(const QString &styleId)
{
    if (styleId == QLatin1String("modern"))
        return QCoreApplication::translate("DigestStudio::WeChatExporter", "Modern");
    if (styleId == QLatin1String("compact"))
        return QCoreApplication::translate("DigestStudio::WeChatExporter", "Compact");
    if (styleId == QLatin1String("custom"))
        return QCoreApplication::translate("DigestStudio::WeChatExporter", "Custom");
    return QCoreApplication::translate("DigestStudio::WeChatExporter", "Classic");
}

WeChatStyle WeChatExporter::style(const QString &styleId, const WeChatStyle &custom)
{
    WeChatStyle classic;
    classic.fontFamily = QStringLiteral("-apple-system,'PingFang SC','Microsoft YaHei',sans-serif");
    classic.fontSize = QStringLiteral("15px");
    classic.lineHeight = QStringLiteral("1.75");
    classic.textColor = QStringLiteral("#333333");
    classic.accentColor = QStringLiteral("#1e6bb8");
    classic.mutedColor = QStringLiteral("#888888");
    classic.englishSize = QStringLiteral("13px");
    if (styleId == QLatin1String("modern")) {
        WeChatStyle s = classic;
        s.textColor = QStringLiteral("#3f3f3f");
        s.accentColor = QStringLiteral("#07c160");
        s.mutedColor = QStringLiteral("#7f7f7f");
        s.lineHeight = QStringLiteral("1.8");
        s.fontSize = QStringLiteral("16px");
        s.englishSize = QStringLiteral("14px");
        return s;
    }
    if (styleId == QLatin1String("compact")) {
        WeChatStyle s = classic;
        s.fontSize = QStringLiteral("14px");
        s.lineHeight = QStringLiteral("1.6");
        s.accentColor = QStringLiteral("#c0392b");
        s.englishSize = QStringLiteral("12px");
        return s;
    }
    if (styleId == QLatin1String("custom")) {
        // Values are accepted by grammar only; anything else (var(), url(), a second declaration) falls back.
        WeChatStyle s = custom;
        auto accept = [](QString *value, bool ok, const QString &fallback) {
            if (!ok)
                *value = fallback;
        };
        accept(&s.fontFamily, CssGrammar::isFontFamily(s.fontFamily), classic.fontFamily);
        accept(&s.fontSize, CssGrammar::isSize(s.fontSize), classic.fontSize);
        accept(&s.lineHeight, CssGrammar::isLineHeight(s.lineHeight), classic.lineHeight);
        accept(&s.textColor, CssGrammar::isColour(s.textColor), classic.textColor);
        accept(&s.accentColor, CssGrammar::isColour(s.accentColor), classic.accentColor);
        accept(&s.mutedColor, CssGrammar::isColour(s.mutedColor), classic.mutedColor);
        accept(&s.englishSize, CssGrammar::isSize(s.englishSize), classic.englishSize);
        accept(&s.background, CssGrammar::isColour(s.background), QString());
        return s;
    }
    return classic;
}

bool WeChatExporter::isWeChatLink(const QString &url)
{
    const QString host = QUrl(url).host().toLower();
    return host == QLatin1String("mp.weixin.qq.com");
}

ExportResult WeChatExporter::render(const Digest &digest, const ExportOptions &options) const
{
    const WeChatStyle s = style(options.wechatStyle, options.customStyle);
    // One renderer in document order: references are numbered as they first appear.
    LinkRenderer links(options, s);
    QString html;
    html.reserve(4096 + digest.entryCount() * 4096);
    html += headerHtml(digest, options, s, &links);
    const QVector<DigestEntry> &entries = digest.entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (options.separatorLines)
            html += separatorHtml();
        html +=
            entryHtml(entries.at(i), i + 1, s, &links, options.wechatFigureUrls.value(entries.at(i).id()));
    }
    html += footerHtml(digest, options, s, &links);

    ExportResult result;
    result.text = html;
    result.plainText = plainTwin(digest, options, links.references());
    result.warnings = limitWarnings(digest, result.plainText);
    return result;
}

QMimeData *WeChatExporter::mimeData(const ExportResult &result)
{
    auto *data = new QMimeData;
    data->setHtml(result.text);
    data->setText(result.plainText.isEmpty() ? result.text : result.plainText);
    return data;
}

} // namespace DigestStudio
