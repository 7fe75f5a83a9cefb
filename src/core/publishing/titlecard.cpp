#include "publishing/titlecard.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>

namespace DigestStudio {

QString TitleCard::mainTag(const Digest &digest)
{
    QHash<QString, int> counts;
    QString best;
    int bestCount = 0;
    for (const DigestEntry &entry : digest.entries()) {
        const int n = ++counts[entry.tag()];
        if (n > bestCount) {
            best = entry.tag();
            bestCount = n;
        }
    }
    return best;
}

QColor TitleCard::tagColour(const QString &tag)
{
    static const QHash<QString, QColor> builtIn{{QStringLiteral("LG"), QColor(0x1e, 0x6b, 0xb8)},
                                                {QStringLiteral("CV"), QColor(0x2e, 0x7d, 0x32)},
                                                {QStringLiteral("CL"), QColor(0x8e, 0x24, 0xaa)},
                                                {QStringLiteral("RO"), QColor(0xc6, 0x28, 0x28)},
                                                {QStringLiteral("AS"), QColor(0xef, 0x6c, 0x00)}};
    const auto it = builtIn.constFind(tag);
    if (it != builtIn.constEnd())
        return *it;
    if (tag.isEmpty())
        return QColor(0x37, 0x47, 0x4f);
    // A stable hue from the name (qHash is seeded per process), dark enough for white text.
    uint h = 0;
    for (const QChar c : tag)
        h = h * 31 + c.unicode();
    return QColor::fromHsv(static_cast<int>(h % 360), 170, 150);
}

bool TitleCard::canRender()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QImage TitleCard::render(const Digest &digest, const QString &title)
{
    if (!canRender())
        return QImage();
    QImage image(Width, Height, QImage::Format_RGB32);
    const QColor colour = tagColour(mainTag(digest));
    image.fill(colour);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // A lighter band on the left, as the digest's tag marks entries.
    painter.fillRect(QRect(0, 0, 18, Height), colour.lighter(150));
    painter.setPen(Qt::white);

    QFont titleFont(QStringLiteral("Noto Sans CJK SC"));
    titleFont.setPixelSize(52);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    const QRect titleBox(70, 60, Width - 140, Height - 170);
    painter.drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, title);

    QFont small(QStringLiteral("Noto Sans CJK SC"));
    small.setPixelSize(30);
    painter.setFont(small);
    const QString date = digest.date().isValid() ? digest.date().toString(Qt::ISODate) : QString();
    const QString tag = mainTag(digest);
    painter.drawText(QRect(70, Height - 100, Width - 140, 50), Qt::AlignLeft | Qt::AlignVCenter, date);
    painter.drawText(QRect(70, Height - 100, Width - 140, 50), Qt::AlignRight | Qt::AlignVCenter,
                     tag.isEmpty() ? QStringLiteral("arXiv") : QStringLiteral("arXiv · ") + tag);
    painter.end();
    return image;
}

} // namespace DigestStudio
