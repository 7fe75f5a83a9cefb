// BoundedFile: a file is read whole up to its cap and refused one byte past it, whatever QFile::size() says:
// a regular file, /dev/zero, a FIFO fed by another process (exactly the cap, one byte more, endless).
#include "util/boundedfile.h"

#include <QBuffer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace DigestStudio;

namespace {

// A cap that is not a multiple of the chunk, so that the last read is a short one.
constexpr qint64 Cap = 3 * BoundedFile::ChunkBytes + 1024; // 197632 bytes = 193 KB

QByteArray pattern(qint64 size)
{
    QByteArray bytes(static_cast<int>(size), Qt::Uninitialized);
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>('a' + i % 26);
    return bytes;
}

} // namespace

class TestBoundedFile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    }

    // A FIFO in the scratch folder and a shell writing `command`'s output into it; the reader opens it.
    QString fifoFedBy(const QString &command, QProcess *writer)
    {
        const QString path =
            m_dir.filePath(QStringLiteral("fifo-%1").arg(QRandomGenerator::global()->generate()));
        if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
            return QString();
        writer->start(QStringLiteral("sh"),
                      {QStringLiteral("-c"), QStringLiteral("exec %1 > '%2'").arg(command, path)});
        return writer->waitForStarted() ? path : QString();
    }

    static void stop(QProcess *writer)
    {
        writer->kill();
        writer->waitForFinished();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void messages_data()
    {
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<QString>("message");
        QTest::newRow("megabytes") << qint64(8 * 1024 * 1024)
                                   << QStringLiteral("f is larger than 8 MB: refused");
        QTest::newRow("kilobytes") << Cap << QStringLiteral("f is larger than 193 KB: refused");
        QTest::newRow("bytes") << qint64(1000) << QStringLiteral("f is larger than 1000 bytes: refused");
    }
    void messages()
    {
        QFETCH(qint64, cap);
        QFETCH(QString, message);
        QCOMPARE(BoundedFile::tooLargeMessage(QStringLiteral("f"), cap), message);
    }

    void aRegularFileAtTheCapIsReadWhole()
    {
        const QByteArray bytes = pattern(Cap);
        const QString path = write(QStringLiteral("at-cap"), bytes);
        QByteArray read;
        QString error;
        QVERIFY2(BoundedFile::read(path, Cap, &read, &error), qPrintable(error));
        QCOMPARE(read, bytes);
        QVERIFY(error.isEmpty());
    }

    void aRegularFileOneBytePastTheCapIsRefused()
    {
        const QString path = write(QStringLiteral("past-cap"), pattern(Cap + 1));
        QByteArray read("left over");
        QString error;
        QVERIFY(!BoundedFile::read(path, Cap, &read, &error));
        QCOMPARE(error, path + QStringLiteral(" is larger than 193 KB: refused"));
        QVERIFY(read.isEmpty());
    }

    void anEmptyFileIsEmpty()
    {
        QByteArray read("left over");
        QString error;
        QVERIFY(BoundedFile::read(write(QStringLiteral("empty"), QByteArray()), Cap, &read, &error));
        QVERIFY(read.isEmpty());
    }

    void devZeroSaysItsSizeIsZeroAndIsRefused()
    {
        QVERIFY(QFile(QStringLiteral("/dev/zero")).size() == 0);
        QByteArray read;
        QString error;
        QVERIFY(!BoundedFile::read(QStringLiteral("/dev/zero"), Cap, &read, &error));
        QCOMPARE(error, QStringLiteral("/dev/zero is larger than 193 KB: refused"));
        QVERIFY(read.isEmpty());
    }

    void aFifoAtTheCapIsReadWholeAndOneByteMoreRefused()
    {
        for (const qint64 size : {Cap, Cap + 1}) {
            QProcess writer;
            const QString fifo = fifoFedBy(QStringLiteral("head -c %1 /dev/zero").arg(size), &writer);
            QVERIFY(!fifo.isEmpty());
            QByteArray read;
            QString error;
            const bool ok = BoundedFile::read(fifo, Cap, &read, &error);
            stop(&writer);
            if (size == Cap) {
                QVERIFY2(ok, qPrintable(error));
                QCOMPARE(read, QByteArray(static_cast<int>(Cap), '\0'));
            } else {
                QVERIFY(!ok);
                QCOMPARE(error, fifo + QStringLiteral(" is larger than 193 KB: refused"));
            }
        }
    }

    void anEndlessFifoIsRefused()
    {
        QProcess writer;
        const QString fifo = fifoFedBy(QStringLiteral("cat /dev/zero"), &writer);
        QVERIFY(!fifo.isEmpty());
        QByteArray read;
        QString error;
        QVERIFY(!BoundedFile::read(fifo, Cap, &read, &error));
        stop(&writer);
        QVERIFY2(error.endsWith(QStringLiteral("is larger than 193 KB: refused")), qPrintable(error));
    }

    void whatCannotBeOpenedIsNamed()
    {
        QByteArray read;
        QString error;
        const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
        QVERIFY(!BoundedFile::read(missing, Cap, &read, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot read ") + missing + QStringLiteral(": ")),
                 qPrintable(error));
        QVERIFY(!BoundedFile::read(m_dir.path(), Cap, &read, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot read ")), qPrintable(error));
    }

    void aDeviceIsReadTheSameWay()
    {
        QByteArray bytes = pattern(Cap);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QByteArray read;
        QString error;
        QVERIFY(BoundedFile::read(&buffer, QStringLiteral("buffer"), Cap, &read, &error));
        QCOMPARE(read, bytes);
        buffer.seek(0);
        QVERIFY(!BoundedFile::read(&buffer, QStringLiteral("buffer"), Cap - 1, &read, &error));
        QCOMPARE(error, QStringLiteral("buffer is larger than 197631 bytes: refused"));
    }
};

QTEST_GUILESS_MAIN(TestBoundedFile)
#include "tst_boundedfile.moc"
