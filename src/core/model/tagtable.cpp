#include "model/tagtable.h"

namespace DigestStudio {

TagTable::TagTable()
{
    const struct
    {
        const char *tag;
        const char16_t *name;
    } names[] = {
        {"LG", u"机器学习"},       {"CV", u"计算机视觉"}, {"CL", u"计算与语言"},   {"AS", u"音频与语音"},
        {"RO", u"机器人"},         {"AI", u"人工智能"},   {"IR", u"信息检索"},     {"NE", u"神经与演化计算"},
        {"CR", u"密码学与安全"},   {"HC", u"人机交互"},   {"MA", u"多智能体系统"}, {"SI", u"社会与信息网络"},
        {"GR", u"图形学"},         {"DC", u"分布式计算"}, {"SE", u"软件工程"},     {"DB", u"数据库"},
        {"DS", u"数据结构与算法"}, {"GT", u"博弈论"},     {"MM", u"多媒体"},       {"PL", u"编程语言"},
        {"CY", u"计算机与社会"},   {"IT", u"信息论"},     {"SY", u"系统与控制"},   {"ET", u"新兴技术"},
    };
    for (const auto &n : names)
        setChineseName(QString::fromLatin1(n.tag), QString::fromUtf16(n.name));
    m_mapping.insert(QStringLiteral("stat.ML"), QStringLiteral("LG"));
    m_mapping.insert(QStringLiteral("eess.AS"), QStringLiteral("AS"));
    m_mapping.insert(QStringLiteral("cs.SD"), QStringLiteral("AS"));
    m_mapping.insert(QStringLiteral("eess.IV"), QStringLiteral("CV"));
    m_mapping.insert(QStringLiteral("eess.SY"), QStringLiteral("SY"));
}

QString TagTable::tagForCategory(const QString &category) const
{
    const auto it = m_mapping.constFind(category);
    if (it != m_mapping.constEnd())
        return *it;
    const int dot = category.indexOf(QLatin1Char('.'));
    if (category.startsWith(QLatin1String("cs.")))
        return category.mid(3).toUpper();
    return (dot < 0 ? category : category.left(dot)).toUpper();
}

QString TagTable::chineseName(const QString &tag) const
{
    return m_names.value(tag);
}

QString TagTable::colour(const QString &tag) const
{
    const QString set = m_colours.value(tag);
    if (!set.isEmpty())
        return set;
    static const QHash<QString, QString> builtIn = {
        {QStringLiteral("LG"), QStringLiteral("#1e6bb8")}, {QStringLiteral("CV"), QStringLiteral("#2e8b57")},
        {QStringLiteral("CL"), QStringLiteral("#c0392b")}, {QStringLiteral("AS"), QStringLiteral("#8e44ad")},
        {QStringLiteral("RO"), QStringLiteral("#d35400")}, {QStringLiteral("AI"), QStringLiteral("#16a085")},
        {QStringLiteral("IR"), QStringLiteral("#b7950b")},
    };
    const QString known = builtIn.value(tag);
    if (!known.isEmpty())
        return known;
    static const char *const palette[] = {"#2c3e50", "#6c5ce7", "#00838f", "#ad1457",
                                          "#558b2f", "#5d4037", "#3949ab", "#ef6c00"};
    // Not qHash: it is seeded per process, and a tag must keep its colour.
    uint sum = 0;
    for (const QChar c : tag)
        sum = sum * 31 + c.unicode();
    return QString::fromLatin1(palette[sum % (sizeof(palette) / sizeof(palette[0]))]);
}

void TagTable::setChineseName(const QString &tag, const QString &name)
{
    if (!m_names.contains(tag))
        m_order.append(tag);
    m_names.insert(tag, name);
}

QString TagTable::legendFor(const QStringList &tags) const
{
    QStringList items;
    for (const QString &tag : tags) {
        const QString name = chineseName(tag);
        items.append(name.isEmpty() ? tag : tag + QStringLiteral(" - ") + name);
    }
    return items.join(QStringLiteral("   "));
}

} // namespace DigestStudio
