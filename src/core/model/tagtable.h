// The tag table: arXiv primary category → digest tag, and each tag's Chinese name (docs/format.md, Tags).
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace DigestStudio {

class TagTable final
{
public:
    // The built-in defaults of docs/format.md.
    TagTable();

    // `cs.LG` → `LG`, `stat.ML` → `LG`, `eess.AS`/`cs.SD` → `AS`, `eess.IV` → `CV`; other `cs.XX` → `XX`;
    // anything else → its archive upper-cased without the subject class (`math.OC` → `MATH`).
    QString tagForCategory(const QString &category) const;
    // `LG` → `机器学习`; an empty string for an unknown tag.
    QString chineseName(const QString &tag) const;
    // Every tag with a Chinese name, in the legend's order (built-ins first, then added ones).
    QStringList tags() const { return m_order; }

    // The tag's colour as `#rrggbb` (the long images' tag chips and bars): a set one, a built-in one, else
    // one of a fixed palette chosen from the tag's letters (stable across runs).
    QString colour(const QString &tag) const;
    void setColour(const QString &tag, const QString &colour) { m_colours.insert(tag, colour); }

    void setMapping(const QString &category, const QString &tag) { m_mapping.insert(category, tag); }
    void setChineseName(const QString &tag, const QString &name);
    QHash<QString, QString> mappings() const { return m_mapping; }
    QHash<QString, QString> chineseNames() const { return m_names; }
    // The colours set with setColour() (the user's overrides), by tag.
    QHash<QString, QString> colours() const { return m_colours; }

    // The legend line for `tags`: `LG - 机器学习   CV - 计算机视觉 ...` (three spaces between items).
    QString legendFor(const QStringList &tags) const;

private:
    QHash<QString, QString> m_mapping; // category → tag
    QHash<QString, QString> m_names;   // tag → Chinese name
    QHash<QString, QString> m_colours; // tag → `#rrggbb`, the user's overrides
    QStringList m_order;
};

} // namespace DigestStudio
