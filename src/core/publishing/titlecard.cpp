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

QColor TitleCard::tagColour(const QString &tag, const TagTable &tags)
{
    const QColor colour(tags.colour(tag));
    // A colour typed into the settings that does not read would make a black card.
    return colour.isValid() ? colour : QColor(TagTable().colour(tag));
}

bool TitleCard::canRender()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QImage TitleCard::render(const Digest &digest, const QString &title, const TagTable &tags)
{
    if (!canRender())
        return QImage();
    QImage image(Width, Height, QImage::Format_RGB32);
    const QColor colour = tagColour(mainTag(digest), tags);
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
