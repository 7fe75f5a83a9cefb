#include "docks/imagepreview.h"

#include "common/plaintext.h"

#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QVBoxLayout>

namespace DigestStudio {

ImagePreview::ImagePreview(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("images"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(this);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(6, 6, 6, 6);
    m_layout->setSpacing(4);
    setWidget(m_content);
}

void ImagePreview::setImages(const QVector<QImage> &images, const QStringList &captions)
{
    m_images = images;
    m_captions = captions;
    rebuild();
}

void ImagePreview::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pictures.clear();
    for (int i = 0; i < m_images.size(); ++i) {
        auto *caption = PlainText::label(new QLabel(m_content));
        caption->setText(m_captions.value(i));
        caption->setObjectName(QStringLiteral("imageCaption"));
        caption->setWordWrap(true);
        QFont bold = caption->font();
        bold.setBold(true);
        caption->setFont(bold);
        m_layout->addWidget(caption);
        auto *picture = new QLabel(m_content);
        picture->setObjectName(QStringLiteral("imagePicture"));
        picture->setFrameShape(QFrame::Box);
        m_layout->addWidget(picture);
        m_pictures.append(picture);
    }
    m_layout->addStretch(1);
    m_scaledWidth = 0;
    rescale();
}

void ImagePreview::rescale()
{
    const int width = qMax(80, viewport()->width() - 14);
    if (width == m_scaledWidth)
        return;
    m_scaledWidth = width;
    for (int i = 0; i < m_pictures.size(); ++i) {
        const QImage &image = m_images.at(i);
        m_pictures.at(i)->setPixmap(
            QPixmap::fromImage(image.scaledToWidth(qMin(width, image.width()), Qt::SmoothTransformation)));
    }
}

void ImagePreview::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    rescale();
}

} // namespace DigestStudio
