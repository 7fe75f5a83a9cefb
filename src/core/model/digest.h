// One day's digest: its header and footer texts and its ordered entries (a value type).
#pragma once

#include "model/digestentry.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace DigestStudio {

class Digest final
{
public:
    Digest() = default;

    // Storage id in the library; 0 until stored.
    qint64 id() const { return m_id; }
    void setId(qint64 id) { m_id = id; }
    QDate date() const { return m_date; }
    void setDate(const QDate &date) { m_date = date; }
    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    // The category legend line, e.g. `LG - 机器学习   CV - 计算机视觉`.
    QString legend() const { return m_legend; }
    void setLegend(const QString &legend) { m_legend = legend; }
    QString attribution() const { return m_attribution; }
    void setAttribution(const QString &attribution) { m_attribution = attribution; }
    // `摘要:` or `摘要：`, as the digest has it.
    QString summaryLabel() const { return m_summaryLabel; }
    void setSummaryLabel(const QString &label) { m_summaryLabel = label; }
    QString footer() const { return m_footer; }
    void setFooter(const QString &footer) { m_footer = footer; }

    const QVector<DigestEntry> &entries() const { return m_entries; }
    QVector<DigestEntry> &entries() { return m_entries; }
    void setEntries(const QVector<DigestEntry> &entries) { m_entries = entries; }
    int entryCount() const { return static_cast<int>(m_entries.size()); }

    // The summary line's text after the label: the entries' short titles joined by `、` (an entry without one
    // yet is left out).
    QString summaryText() const;

    // The contract's Digest JSON (docs/digestctl.md).
    QJsonObject toJson() const;
    static Digest fromJson(const QJsonObject &object);

    // Defaults for a new digest: the header and footer of the published sample.
    static QString defaultLegend();
    static QString defaultSummaryLabel();
    static QString defaultFooter();

    // Equal content; the storage id is not compared.
    bool operator==(const Digest &other) const;
    bool operator!=(const Digest &other) const { return !(*this == other); }

private:
    qint64 m_id = 0;
    QDate m_date;
    QString m_title;
    QString m_legend;
    QString m_attribution;
    QString m_summaryLabel;
    QString m_footer;
    QVector<DigestEntry> m_entries;
};

} // namespace DigestStudio
