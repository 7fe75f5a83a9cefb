#include "models/paperlistmodel.h"

#include "common/presencetext.h"
#include "document/digestdocument.h"
#include "document/setstatuscommand.h"
#include "model/arxivid.h"
#include "models/roles.h"

#include <QBrush>
#include <QDataStream>
#include <QFont>
#include <QGuiApplication>
#include <QIODevice>
#include <QMimeData>
#include <QPalette>
#include <QUrl>

namespace DigestStudio {

QString PaperListModel::rowsMimeType()
{
    return QStringLiteral("application/x-digeststudio-entry-rows");
}

PaperListModel::PaperListModel(DigestDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_statusIcons{QIcon(QStringLiteral(":/icons/status-draft.svg")),
                    QIcon(QStringLiteral(":/icons/status-translated.svg")),
                    QIcon(QStringLiteral(":/icons/status-reviewed.svg"))}
    , m_featuredIcon(QStringLiteral(":/icons/featured-before.svg"))
    , m_newerIcon(QStringLiteral(":/icons/newer-version.svg"))
{
    connect(document, &DigestDocument::digestReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(document, &DigestDocument::entryChanged, this,
            [this](int row, DigestEntry::Field) { emitRowsChanged(row, row); });
    connect(document, &DigestDocument::entryStatusChanged, this,
            [this](int row) { emitRowsChanged(row, row); });
    connect(document, &DigestDocument::entryProposalChanged, this,
            [this](int row) { emitRowsChanged(row, row); });
    connect(document, &DigestDocument::entryAssignmentChanged, this,
            [this](int row) { emitRowsChanged(row, row); });
    connect(document, &DigestDocument::entryAboutToMove, this, [this](int from, int to) {
        beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
    });
    connect(document, &DigestDocument::entryMoved, this, [this](int from, int to) {
        endMoveRows();
        emitRowsChanged(qMin(from, to), qMax(from, to));
    });
    connect(document, &DigestDocument::entryAboutToBeInserted, this,
            [this](int at) { beginInsertRows(QModelIndex(), at, at); });
    connect(document, &DigestDocument::entryInserted, this, [this](int at) {
        endInsertRows();
        emitRowsChanged(at, rowCount() - 1);
    });
    connect(document, &DigestDocument::entryAboutToBeRemoved, this,
            [this](int at) { beginRemoveRows(QModelIndex(), at, at); });
    connect(document, &DigestDocument::entryRemoved, this, [this](int at) {
        endRemoveRows();
        if (at < rowCount())
            emitRowsChanged(at, rowCount() - 1);
    });
    connect(document, &DigestDocument::markersChanged, this, [this](const QString &arxivId) {
        for (int row = 0; row < rowCount(); ++row) {
            if (m_document->entry(row).arxivId() == arxivId)
                emitRowsChanged(row, row);
        }
    });
}

PaperListModel::~PaperListModel() = default;

void PaperListModel::emitRowsChanged(int first, int last)
{
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void PaperListModel::setDisplayNames(const QHash<QString, QString> &byName)
{
    m_displayNames = byName;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TeamColumn), index(rowCount() - 1, TeamColumn));
}

void PaperListModel::setOthersHere(const QHash<qint64, QVector<PresenceBeat>> &byEntry)
{
    if (byEntry == m_othersHere)
        return;
    m_othersHere = byEntry;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, PresenceColumn), index(rowCount() - 1, PresenceColumn));
}

int PaperListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->entryCount();
}

int PaperListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaperListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_document->entryCount())
        return QVariant();
    const DigestEntry &entry = m_document->entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index, entry);
    case Qt::DecorationRole:
        return decorationData(index.column(), entry);
    case Qt::ToolTipRole:
        return toolTipData(index.column(), entry);
    case Qt::TextAlignmentRole:
        if (index.column() == PositionColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::FontRole:
    case Qt::BackgroundRole:
        return proposalLook(role, entry);
    default:
        return entryRoleData(index.row(), role, entry);
    }
}

QVariant PaperListModel::displayData(const QModelIndex &index, const DigestEntry &entry) const
{
    switch (index.column()) {
    case PositionColumn:
        return index.row() + 1;
    case TagColumn:
        return entry.tag();
    case TitleColumn:
        return entry.title().isEmpty() ? entry.arxivId() : entry.title();
    case ZhShortTitleColumn:
        return entry.effectiveShortTitle();
    case MarkersColumn: {
        // A proposal says so with its score: the editor keeps (Enter) or drops (Delete) it.
        if (entry.isProposed())
            return tr("proposed %1%").arg(qRound(entry.proposalScore()));
        const DigestDocument::Markers markers = m_document->markers(entry.arxivId());
        if (markers.newestVersion > entry.version() && entry.version() > 0)
            return QStringLiteral("v%1").arg(markers.newestVersion);
        return QVariant();
    }
    case TeamColumn:
        if (entry.assignee().isEmpty() && entry.reviewer().isEmpty())
            return QVariant();
        return QString(PresenceText::initials(shownName(entry.assignee())) + QStringLiteral(" → ") +
                       PresenceText::initials(shownName(entry.reviewer())));
    case PresenceColumn: {
        const QString marker = PresenceText::marker(m_othersHere.value(entry.id()));
        return marker.isEmpty() ? QVariant() : QVariant(marker);
    }
    default:
        return QVariant();
    }
}

// Proposals in italics on a tint of the highlight colour, so they stand apart in light and dark themes.
QVariant PaperListModel::proposalLook(int role, const DigestEntry &entry) const
{
    if (!entry.isProposed())
        return QVariant();
    if (role == Qt::FontRole) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    QColor tint = QGuiApplication::palette().color(QPalette::Highlight);
    tint.setAlpha(48);
    return QBrush(tint);
}

QVariant PaperListModel::decorationData(int column, const DigestEntry &entry) const
{
    if (column == StatusColumn)
        return m_statusIcons[static_cast<int>(entry.status())];
    if (column == MarkersColumn) {
        const DigestDocument::Markers markers = m_document->markers(entry.arxivId());
        if (markers.newestVersion > entry.version() && entry.version() > 0)
            return m_newerIcon;
        if (markers.featuredBefore)
            return m_featuredIcon;
    }
    return QVariant();
}

QVariant PaperListModel::toolTipData(int column, const DigestEntry &entry) const
{
    if (column == TeamColumn && !(entry.assignee().isEmpty() && entry.reviewer().isEmpty())) {
        const QString none = tr("nobody");
        return tr("Assigned to %1, reviewed by %2")
            .arg(entry.assignee().isEmpty() ? none : shownName(entry.assignee()),
                 entry.reviewer().isEmpty() ? none : shownName(entry.reviewer()));
    }
    if (column == PresenceColumn && m_othersHere.contains(entry.id())) {
        QStringList lines;
        for (const PresenceBeat &beat : m_othersHere.value(entry.id()))
            lines.append(PresenceText::describe(beat));
        return lines.join(QLatin1Char('\n'));
    }
    switch (column) {
    case StatusColumn:
        return SetStatusCommand::statusLabel(entry.status());
    case TitleColumn:
        return QStringLiteral("%1\n%2").arg(entry.arxivId(), entry.title());
    case ZhShortTitleColumn:
        return entry.zhTitle();
    case MarkersColumn: {
        const DigestDocument::Markers markers = m_document->markers(entry.arxivId());
        QStringList lines;
        if (entry.isProposed()) {
            lines.append(tr("Proposed by the morning run, score %1 of 100: Enter keeps it, Delete drops it")
                             .arg(qRound(entry.proposalScore())));
            for (const QString &reason : entry.proposalReasons())
                lines.append(tr("because of %1").arg(reason));
        }
        if (markers.featuredBefore)
            lines.append(tr("Featured in an earlier digest"));
        if (markers.newestVersion > entry.version() && entry.version() > 0)
            lines.append(tr("arXiv has a newer version: v%1 (this entry was written from v%2)")
                             .arg(markers.newestVersion)
                             .arg(entry.version()));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    default:
        return QVariant();
    }
}

QVariant PaperListModel::entryRoleData(int row, int role, const DigestEntry &entry) const
{
    switch (role) {
    case Roles::EntryIndexRole:
        return row;
    case Roles::ArxivIdRole:
        return entry.arxivId();
    case Roles::TagRole:
        return entry.tag();
    case Roles::TitleRole:
        return entry.title();
    case Roles::AssigneeRole:
        return entry.assignee();
    case Roles::ReviewerRole:
        return entry.reviewer();
    case Roles::ZhTitleRole:
        return entry.zhTitle();
    case Roles::ZhShortTitleRole:
        return entry.effectiveShortTitle();
    case Roles::StatusRole:
        return static_cast<int>(entry.status());
    case Roles::FeaturedBeforeRole:
        return m_document->markers(entry.arxivId()).featuredBefore;
    case Roles::NewerVersionRole: {
        const int newest = m_document->markers(entry.arxivId()).newestVersion;
        return newest > entry.version() && entry.version() > 0 ? newest : 0;
    }
    case Roles::ProposedRole:
        return entry.isProposed();
    case Roles::ProposalScoreRole:
        return entry.isProposed() ? QVariant(entry.proposalScore()) : QVariant();
    case Roles::ProposalReasonsRole:
        return entry.proposalReasons();
    case Roles::FilterTextRole:
        return QString(entry.arxivId() + QLatin1Char(' ') + entry.tag() + QLatin1Char(' ') + entry.title() +
                       QLatin1Char(' ') + entry.zhTitle() + QLatin1Char(' ') + entry.zhShortTitle() +
                       QLatin1Char(' ') + entry.authorsLine());
    default:
        return QVariant();
    }
}

QVariant PaperListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PositionColumn:
            return tr("#");
        case StatusColumn:
            return QString();
        case TagColumn:
            return tr("Tag");
        case TitleColumn:
            return tr("Title");
        case ZhShortTitleColumn:
            return tr("Short title");
        case MarkersColumn:
            return QString();
        case TeamColumn:
            return tr("Team");
        case PresenceColumn:
            return tr("Here");
        default:
            return QVariant();
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PositionColumn:
            return tr("Position in the digest");
        case StatusColumn:
            return tr("Status: draft, translated or reviewed");
        case ZhShortTitleColumn:
            return tr("Chinese short title (the summary line)");
        case MarkersColumn:
            return tr("Featured before; newer arXiv version");
        case TeamColumn:
            return tr("Assigned to → reviewed by");
        case PresenceColumn:
            return tr("Who else has the paper open now; ✎ typing");
        default:
            return QVariant();
        }
    }
    return QVariant();
}

Qt::ItemFlags PaperListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList PaperListModel::mimeTypes() const
{
    return {rowsMimeType(), QStringLiteral("text/uri-list"), QStringLiteral("text/plain")};
}

QMimeData *PaperListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row()))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << static_cast<qint32>(rows.size());
    QStringList links;
    for (int row : qAsConst(rows)) {
        stream << static_cast<qint32>(row);
        links.append(QStringLiteral("https://arxiv.org/abs/") + m_document->entry(row).arxivId());
    }
    auto *mime = new QMimeData;
    mime->setData(rowsMimeType(), encoded);
    // Dragged out of the window the rows read as their arXiv links.
    mime->setText(links.join(QLatin1Char('\n')));
    return mime;
}

Qt::DropActions PaperListModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction | Qt::LinkAction;
}

Qt::DropActions PaperListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList PaperListModel::idsInMimeData(const QMimeData *data)
{
    QString text;
    if (data->hasUrls()) {
        for (const QUrl &url : data->urls())
            text += url.toString() + QLatin1Char('\n');
    }
    if (data->hasText())
        text += data->text();
    return extractArxivIds(text);
}

bool PaperListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &) const
{
    if (data->hasFormat(rowsMimeType()))
        return action == Qt::MoveAction;
    return !idsInMimeData(data).isEmpty();
}

bool PaperListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    Q_UNUSED(column)
    if (action == Qt::IgnoreAction)
        return true;
    // Dropped on an item: before it; between items: at `row`; on empty space: at the end.
    int destination = row;
    if (destination < 0)
        destination = parent.isValid() ? parent.row() : rowCount();
    if (data->hasFormat(rowsMimeType())) {
        if (action != Qt::MoveAction)
            return false;
        QByteArray encoded = data->data(rowsMimeType());
        QDataStream stream(&encoded, QIODevice::ReadOnly);
        qint32 count = 0;
        stream >> count;
        QList<int> rows;
        for (qint32 i = 0; i < count && !stream.atEnd(); ++i) {
            qint32 r = -1;
            stream >> r;
            rows.append(r);
        }
        if (stream.status() != QDataStream::Ok || rows.isEmpty())
            return false;
        // The document moves the rows itself; the view's removeRows() after a move drop does nothing here.
        m_document->moveEntries(rows, destination);
        return true;
    }
    const QStringList ids = idsInMimeData(data);
    if (ids.isEmpty())
        return false;
    Q_EMIT papersDropped(ids, destination);
    return true;
}

QStringList PaperListModel::extractArxivIds(const QString &text)
{
    QStringList ids;
    const ArxivId::Extraction found = ArxivId::extractAll(text);
    for (const ArxivId &id : found.ids) {
        if (!ids.contains(id.id()))
            ids.append(id.id());
    }
    return ids;
}

} // namespace DigestStudio
