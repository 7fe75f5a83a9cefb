#include "model/digest.h"

#include <QJsonArray>

namespace DigestStudio {

QString Digest::summaryText() const
{
    // An entry without a short title yet adds nothing: no "、" at the end or twice in a row. A title's own
    // "、" at either end goes too: "看、" would give "看、、…", which reads as an entry without a title.
    const QChar separator(0x3001);
    QStringList titles;
    titles.reserve(m_entries.size());
    for (const DigestEntry &entry : m_entries) {
        QString title = entry.effectiveShortTitle();
        while (title.startsWith(separator))
            title.remove(0, 1);
        while (title.endsWith(separator))
            title.chop(1);
        if (!title.isEmpty())
            titles.append(title);
    }
    return titles.join(separator);
}

QJsonObject Digest::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), m_id);
    o.insert(QStringLiteral("date"), m_date.toString(Qt::ISODate));
    o.insert(QStringLiteral("title"), m_title);
    o.insert(QStringLiteral("legend"), m_legend);
    o.insert(QStringLiteral("attribution"), m_attribution);
    o.insert(QStringLiteral("summary_label"), m_summaryLabel);
    o.insert(QStringLiteral("footer"), m_footer);
    QJsonArray entries;
    for (int i = 0; i < m_entries.size(); ++i)
        entries.append(m_entries.at(i).toJson(i + 1));
    o.insert(QStringLiteral("entries"), entries);
    return o;
}

Digest Digest::fromJson(const QJsonObject &o)
{
    Digest d;
    d.m_id = o.value(QStringLiteral("id")).toVariant().toLongLong();
    d.m_date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    d.m_title = o.value(QStringLiteral("title")).toString();
    d.m_legend = o.value(QStringLiteral("legend")).toString();
    d.m_attribution = o.value(QStringLiteral("attribution")).toString();
    d.m_summaryLabel = o.value(QStringLiteral("summary_label")).toString();
    d.m_footer = o.value(QStringLiteral("footer")).toString();
    // Entries are placed by their `position` when every one has a distinct valid one, else in array order.
    const QJsonArray array = o.value(QStringLiteral("entries")).toArray();
    QVector<DigestEntry> ordered(array.size());
    QVector<bool> placed(array.size(), false);
    bool byPosition = true;
    for (const QJsonValue &value : array) {
        const int position = value.toObject().value(QStringLiteral("position")).toInt();
        if (position < 1 || position > array.size() || placed.at(position - 1)) {
            byPosition = false;
            break;
        }
        placed[position - 1] = true;
    }
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        const int index = byPosition ? entry.value(QStringLiteral("position")).toInt() - 1 : i;
        ordered[index] = DigestEntry::fromJson(entry);
    }
    d.m_entries = ordered;
    return d;
}

QString Digest::defaultLegend()
{
    return QStringLiteral("LG - 机器学习   CV - 计算机视觉   CL - 计算与语言   AS - 音频与语音 RO - 机器人");
}

QString Digest::defaultSummaryLabel()
{
    return QStringLiteral("摘要:");
}

QString Digest::defaultFooter()
{
    return QStringLiteral("内容中包含的图片若涉及版权问题,请及时与我们联系删除");
}

bool Digest::operator==(const Digest &other) const
{
    return m_date == other.m_date && m_title == other.m_title && m_legend == other.m_legend &&
           m_attribution == other.m_attribution && m_summaryLabel == other.m_summaryLabel &&
           m_footer == other.m_footer && m_entries == other.m_entries;
}

} // namespace DigestStudio
