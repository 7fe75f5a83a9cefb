#include "editor/imagestrip.h"

#include "editor/imageintake.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QKeyEvent>
#include <QMimeData>
#include <QMimeDatabase>
#include <QUrl>

namespace DigestStudio {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

ImageStrip::ImageStrip(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("imageStrip"));
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    // In a dock the thumbnails flow into rows, in order.
    setWrapping(true);
    // Static: a drag reorders the items (QListWidget moves rows only when items cannot float freely).
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setAcceptDrops(true);
    const int side = fontMetrics().height() * 5;
    setIconSize(QSize(side, side));
    setSpacing(4);
    setMinimumHeight(side + fontMetrics().height() + 16);
    setToolTip(tr("Figures of this paper: paste or drop images here, drag to reorder, Delete removes"));
    connect(model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_settingImages)
            Q_EMIT imagesReordered(imageIds());
    });
}

void ImageStrip::setImages(const QVector<qint64> &ids, const QVector<QImage> &images)
{
    m_settingImages = true;
    clear();
    for (int i = 0; i < ids.size() && i < images.size(); ++i) {
        auto *item = new QListWidgetItem(this);
        const QImage thumb = images.at(i).scaled(iconSize() * devicePixelRatioF(), Qt::KeepAspectRatio,
                                                 Qt::SmoothTransformation);
        QPixmap pixmap = QPixmap::fromImage(thumb);
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        item->setIcon(QIcon(pixmap));
        item->setText(QString::number(i + 1));
        item->setToolTip(
            tr("Figure %1: %2 × %3 pixels").arg(i + 1).arg(images.at(i).width()).arg(images.at(i).height()));
        item->setData(IdRole, ids.at(i));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    m_settingImages = false;
}

QVector<qint64> ImageStrip::imageIds() const
{
    QVector<qint64> ids;
    for (int i = 0; i < count(); ++i)
        ids.append(item(i)->data(IdRole).toLongLong());
    return ids;
}

bool ImageStrip::take(const QMimeData *mime)
{
    const ImageIntake::Result images = ImageIntake::read(mime);
    if (!images.problem.isEmpty())
        Q_EMIT imagesRefused(images.problem);
    if (images.bytes.isEmpty())
        return false;
    Q_EMIT imagesAdded(images.bytes, images.mimeTypes);
    return true;
}

void ImageStrip::paste()
{
    take(QApplication::clipboard()->mimeData());
}

void ImageStrip::removeSelected()
{
    QVector<qint64> ids;
    const QList<QListWidgetItem *> selected = selectedItems();
    for (QListWidgetItem *item : selected)
        ids.append(item->data(IdRole).toLongLong());
    if (!ids.isEmpty())
        Q_EMIT imagesRemoved(ids);
}

void ImageStrip::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        paste();
        return;
    }
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        removeSelected();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void ImageStrip::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->source() == this) {
        QListWidget::dragEnterEvent(event);
        return;
    }
    // Only the kinds are looked at while dragging: the bytes are read, within caps, on drop.
    if (ImageIntake::offersImages(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ImageStrip::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->source() == this)
        QListWidget::dragMoveEvent(event);
    else
        event->acceptProposedAction();
}

void ImageStrip::dropEvent(QDropEvent *event)
{
    if (event->source() == this) {
        QListWidget::dropEvent(event);
        return;
    }
    if (take(event->mimeData()))
        event->acceptProposedAction();
}

} // namespace DigestStudio
