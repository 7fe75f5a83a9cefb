// The preview's long images: each shown at the width of the dock, one under the other, with a caption.
#pragma once

#include <QImage>
#include <QScrollArea>
#include <QStringList>
#include <QVector>

class QLabel;
class QVBoxLayout;

namespace DigestStudio {

class ImagePreview final : public QScrollArea
{
    Q_OBJECT

public:
    explicit ImagePreview(QWidget *parent = nullptr);

    // Not copied: QImage shares the pixels.
    void setImages(const QVector<QImage> &images, const QStringList &captions);
    int count() const { return static_cast<int>(m_images.size()); }
    QStringList captions() const { return m_captions; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void rescale();

    QVector<QImage> m_images;
    QStringList m_captions;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QVector<QLabel *> m_pictures;
    int m_scaledWidth = 0;
};

} // namespace DigestStudio
