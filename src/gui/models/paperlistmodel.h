// The paper list: one row per entry of the open digest, with drag-and-drop reorder and drops from a browser.
#pragma once

#include "model/presencebeat.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QVector>

namespace DigestStudio {

class DigestDocument;
class DigestEntry;

class PaperListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PositionColumn,
        StatusColumn,
        TagColumn,
        TitleColumn,
        ZhShortTitleColumn,
        MarkersColumn,
        TeamColumn,     // the assignee's and the reviewer's initials
        PresenceColumn, // the others who have the entry open now (a shared library's presence)
        ColumnCount
    };

    // The MIME type of rows dragged inside the list.
    static QString rowsMimeType();

    explicit PaperListModel(DigestDocument *document, QObject *parent = nullptr);
    ~PaperListModel() override;

    DigestDocument *document() const { return m_document; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Who else has each entry open now, by entry id (what the presence of a shared library says).
    void setOthersHere(const QHash<qint64, QVector<PresenceBeat>> &byEntry);
    // The people's display names by their names (PostgreSQL: their roles), for the Team column: 王芳's
    // initials rather than those of `wangfang`.
    void setDisplayNames(const QHash<QString, QString> &byName);

    // arXiv ids (without version, distinct, in order) in dropped text: anything ArxivId::extractAll() reads.
    static QStringList extractArxivIds(const QString &text);

Q_SIGNALS:
    // arXiv ids dropped from outside (a browser's URL, a text selection), to be added before `row`.
    void papersDropped(const QStringList &arxivIds, int row);

private:
    // data() by role group.
    QVariant displayData(const QModelIndex &index, const DigestEntry &entry) const;
    QVariant proposalLook(int role, const DigestEntry &entry) const;
    QVariant decorationData(int column, const DigestEntry &entry) const;
    QVariant toolTipData(int column, const DigestEntry &entry) const;
    QVariant entryRoleData(int row, int role, const DigestEntry &entry) const;
    static QStringList idsInMimeData(const QMimeData *data);
    void emitRowsChanged(int first, int last);
    QString shownName(const QString &name) const { return m_displayNames.value(name, name); }

    DigestDocument *m_document; // not owned
    QIcon m_statusIcons[3];
    QIcon m_featuredIcon;
    QIcon m_newerIcon;
    QHash<qint64, QVector<PresenceBeat>> m_othersHere;
    QHash<QString, QString> m_displayNames;
};

} // namespace DigestStudio
