#include "publishing/wechatarticle.h"

#include <QCoreApplication>
#include <QUrl>

namespace DigestStudio {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DigestStudio::WeChatArticle", text);
}

QString tooLong(const QString &field, int length, int limit)
{
    return QCoreApplication::translate("DigestStudio::WeChatArticle",
                                       "The %1 has %2 characters; WeChat allows at most %3.")
        .arg(field)
        .arg(length)
        .arg(limit);
}

} // namespace

bool WeChatArticle::isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty() && !text.contains(QLatin1Char(' '));
}

int WeChatArticle::length(const QString &text)
{
    int n = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

QString WeChatArticle::shortened(const QString &text, int limit)
{
    const QString simple = text.simplified();
    if (limit <= 0)
        return QString();
    if (length(simple) <= limit)
        return simple;
    QString out;
    int n = 0;
    for (int i = 0; i < simple.size() && n < limit - 1; ++i) {
        out += simple.at(i);
        if (!simple.at(i).isHighSurrogate())
            ++n;
    }
    if (!out.isEmpty() && out.at(out.size() - 1).isHighSurrogate())
        out.chop(1);
    return out.trimmed() + QChar(0x2026);
}

int WeChatArticle::visibleCharacters(const QString &html)
{
    int n = 0;
    bool inTag = false;
    bool inEntity = false;
    for (const QChar c : html) {
        if (inTag) {
            inTag = c != QLatin1Char('>');
        } else if (c == QLatin1Char('<')) {
            inTag = true;
            inEntity = false;
        } else if (inEntity) {
            inEntity = c != QLatin1Char(';') && !c.isSpace();
        } else if (c == QLatin1Char('&')) {
            inEntity = true;
            ++n;
        } else if (!c.isSpace() && !c.isLowSurrogate()) {
            ++n;
        }
    }
    return n;
}

QStringList WeChatArticle::problems(bool withContent) const
{
    QStringList list;
    if (title.trimmed().isEmpty())
        list.append(tr("The title is empty; WeChat needs one."));
    if (length(title) > MaxTitle)
        list.append(tooLong(tr("title"), length(title), MaxTitle));
    if (length(author) > MaxAuthor)
        list.append(tooLong(tr("author"), length(author), MaxAuthor));
    if (length(digest) > MaxDigest)
        list.append(tooLong(tr("summary (digest)"), length(digest), MaxDigest));
    if (!contentSourceUrl.isEmpty() && !isWebAddress(contentSourceUrl))
        list.append(
            tr("The read more URL (阅读原文) “%1” is not an http or https address.").arg(contentSourceUrl));
    if (!withContent)
        return list;
    const int visible = visibleCharacters(content);
    if (visible == 0)
        list.append(tr("The content is empty."));
    if (visible >= MaxContentCharacters)
        list.append(tr("The content has %1 characters; WeChat takes fewer than %2.")
                        .arg(visible)
                        .arg(MaxContentCharacters));
    const qint64 bytes = content.toUtf8().size();
    if (bytes >= MaxContentBytes)
        list.append(tr("The content is %1 KB; WeChat takes less than 1 MB.").arg(bytes / 1024));
    return list;
}

QJsonObject WeChatArticle::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("author"), author);
    o.insert(QStringLiteral("digest"), digest);
    o.insert(QStringLiteral("content"), content);
    o.insert(QStringLiteral("content_source_url"), contentSourceUrl);
    o.insert(QStringLiteral("thumb_media_id"), thumbMediaId);
    o.insert(QStringLiteral("need_open_comment"), openComment ? 1 : 0);
    o.insert(QStringLiteral("only_fans_can_comment"), 0);
    return o;
}

} // namespace DigestStudio
