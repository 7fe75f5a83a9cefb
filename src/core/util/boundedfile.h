// Reads a whole file a person named (a post, a CSV, a history, a listing, a cover, a figure) with a cap: in
// chunks, counting what arrives, so that a pipe, a FIFO or /dev/zero, whose QFile::size() says 0, ends in a
// refusal instead of exhausting memory.
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace DigestStudio {

class BoundedFile final
{
public:
    // What one read() asks the device for.
    static constexpr qint64 ChunkBytes = 64 * 1024;

    // True and the file's bytes in `bytes` when it holds at most `maxBytes`. Otherwise false, `bytes` empty
    // and `error` saying why: `cannot read PATH: REASON` or `PATH is larger than N MB: refused`. A regular
    // file whose size already says it is too large is refused without reading; every other file is read
    // until its end or until one byte past the cap.
    static bool read(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error);
    // The same over an open, blocking device (a QFile, a QBuffer: a read of 0 bytes is its end); `name` is
    // what the messages call it.
    static bool read(QIODevice *device, const QString &name, qint64 maxBytes, QByteArray *bytes,
                     QString *error);

    // `NAME is larger than 8 MB: refused` (KB or bytes for a cap under a megabyte).
    static QString tooLargeMessage(const QString &name, qint64 maxBytes);
};

} // namespace DigestStudio
