#include "util/boundedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace DigestStudio {

QString BoundedFile::tooLargeMessage(const QString &name, qint64 maxBytes)
{
    constexpr qint64 Mega = 1024 * 1024;
    if (maxBytes >= Mega && maxBytes % Mega == 0)
        return QCoreApplication::translate("DigestStudio::BoundedFile", "%1 is larger than %2 MB: refused")
            .arg(name)
            .arg(maxBytes / Mega);
    if (maxBytes >= 1024 && maxBytes % 1024 == 0)
        return QCoreApplication::translate("DigestStudio::BoundedFile", "%1 is larger than %2 KB: refused")
            .arg(name)
            .arg(maxBytes / 1024);
    return QCoreApplication::translate("DigestStudio::BoundedFile", "%1 is larger than %2 bytes: refused")
        .arg(name)
        .arg(maxBytes);
}

bool BoundedFile::read(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error)
{
    bytes->clear();
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    // Unbuffered: the chunks go straight into the result, without QIODevice's own copy.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = QCoreApplication::translate("DigestStudio::BoundedFile", "cannot read %1: %2")
                     .arg(name, file.errorString());
        return false;
    }
    return read(&file, name, maxBytes, bytes, error);
}

bool BoundedFile::read(QIODevice *device, const QString &name, qint64 maxBytes, QByteArray *bytes,
                       QString *error)
{
    bytes->clear();
    QByteArray out;
    // A regular file's size is a fact worth acting on when it is too large; it is only a hint otherwise
    // (files under /proc say 0, a file may grow while it is read).
    if (!device->isSequential()) {
        const qint64 size = device->size();
        if (size > maxBytes) {
            *error = tooLargeMessage(name, maxBytes);
            return false;
        }
        if (size > 0)
            out.reserve(static_cast<int>(size));
    }
    QByteArray chunk(static_cast<int>(ChunkBytes), Qt::Uninitialized);
    for (;;) {
        const qint64 got = device->read(chunk.data(), ChunkBytes);
        if (got < 0) {
            *error = QCoreApplication::translate("DigestStudio::BoundedFile", "cannot read %1: %2")
                         .arg(name, device->errorString());
            return false;
        }
        if (got == 0) // the end: a blocking file returns 0 only there
            break;
        if (out.size() + got > maxBytes) {
            *error = tooLargeMessage(name, maxBytes);
            return false;
        }
        out.append(chunk.constData(), static_cast<int>(got));
    }
    *bytes = out;
    return true;
}

} // namespace DigestStudio
