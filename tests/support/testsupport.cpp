#include "testsupport.h"

#include <QFile>
#include <QtTest>

namespace DigestStudio::Test {

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s: %s", qPrintable(path), qPrintable(file.errorString()));
        return QByteArray();
    }
    return file.readAll();
}

QByteArray fixture(const QString &relativePath)
{
    return readAll(QStringLiteral(DIGEST_FIXTURES_DIR "/") + relativePath);
}

void settleAnimations()
{
    QTest::qWait(250);
}

} // namespace DigestStudio::Test
