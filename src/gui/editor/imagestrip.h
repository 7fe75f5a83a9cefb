// The figures of an entry as a strip of thumbnails in order: paste or drop images to add, drag to reorder,
// Delete to remove. It shows what it is given and asks for changes by signal; the library stores them.
#pragma once

#include <QImage>
#include <QListWidget>
#include <QVector>

namespace DigestStudio {

class ImageStrip final : public QListWidget
{
    Q_OBJECT

public:
    explicit ImageStrip(QWidget *parent = nullptr);

    // Shows these images (ids and their pictures, in order), replacing what was shown.
    void setImages(const QVector<qint64> &ids, const QVector<QImage> &images);
    QVector<qint64> imageIds() const;

public Q_SLOTS:
    // Adds the clipboard's images, if any.
    void paste();
    void removeSelected();

Q_SIGNALS:
    // New images to store after the current ones: encoded bytes (PNG, JPEG, ...) and their MIME types.
    void imagesAdded(const QVector<QByteArray> &data, const QStringList &mimeTypes);
    void imagesRemoved(const QVector<qint64> &ids);
    // The user dragged thumbnails: every id in the new order.
    void imagesReordered(const QVector<qint64> &ids);
    // An image offered was refused (too large, not an image): why, in words.
    void imagesRefused(const QString &why);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Emits imagesAdded (and imagesRefused) for what `mime` holds; true when any image was taken.
    bool take(const QMimeData *mime);

    bool m_settingImages = false;
};

} // namespace DigestStudio
