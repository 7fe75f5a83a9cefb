#include "editor/imagestrip.h"

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

bool ImageStrip::imagesInMimeData(const QMimeData *data, QVector<QByteArray> *bytes, QStringList *mimeTypes)
{
    bytes->clear();
    mimeTypes->clear();
    // Files first: they keep the original encoding (a JPEG stays a JPEG).
    if (data->hasUrls()) {
        const QMimeDatabase db;
        for (const QUrl &url : data->urls()) {
            if (!url.isLocalFile())
                continue;
            const QString path = url.toLocalFile();
            const QString type = db.mimeTypeForFile(path).name();
            if (!type.startsWith(QLatin1String("image/")))
                continue;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && !QImage::fromData(file.peek(64 * 1024 * 1024)).isNull()) {
                bytes->append(file.readAll());
                mimeTypes->append(type);
            }
        }
    }
    if (bytes->isEmpty()) {
        for (const char *type : {"image/png", "image/jpeg", "image/gif", "image/webp"}) {
            const QString name = QString::fromLatin1(type);
            if (data->hasFormat(name) && !QImage::fromData(data->data(name)).isNull()) {
                bytes->append(data->data(name));
                mimeTypes->append(name);
                break;
            }
        }
    }
    if (bytes->isEmpty() && data->hasImage()) {
        // A decoded image (a screenshot tool, a browser's "copy image"): stored as PNG.
        const QImage image = qvariant_cast<QImage>(data->imageData());
        if (!image.isNull()) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            bytes->append(png);
            mimeTypes->append(QStringLiteral("image/png"));
        }
    }
    return !bytes->isEmpty();
}

void ImageStrip::paste()
{
    QVector<QByteArray> bytes;
    QStringList types;
    if (imagesInMimeData(QApplication::clipboard()->mimeData(), &bytes, &types))
        Q_EMIT imagesAdded(bytes, types);
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
    QVector<QByteArray> bytes;
    QStringList types;
    if (imagesInMimeData(event->mimeData(), &bytes, &types))
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
    QVector<QByteArray> bytes;
    QStringList types;
    if (imagesInMimeData(event->mimeData(), &bytes, &types)) {
        event->acceptProposedAction();
        Q_EMIT imagesAdded(bytes, types);
    }
}

} // namespace DigestStudio
