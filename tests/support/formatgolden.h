// Golden-file comparison for the format tests: DIGEST_UPDATE_GOLDEN=1 rewrites the files (review the diff!).
#pragma once

#include "testsupport.h"

#include <QFile>
#include <QtTest>

namespace DigestStudio::Test {

inline bool compareGolden(const QString &actual, const QString &relativePath)
{
    const QByteArray bytes = actual.toUtf8();
    if (qEnvironmentVariableIsSet("DIGEST_UPDATE_GOLDEN")) {
        QFile file(QStringLiteral(DIGEST_FIXTURES_DIR "/") + relativePath);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(bytes);
        return true;
    }
    const QByteArray expected = fixture(relativePath);
    if (bytes == expected)
        return true;
    // Show the first differing line.
    const QList<QByteArray> a = bytes.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (int i = 0; i < qMax(a.size(), e.size()); ++i) {
        const QByteArray al = a.value(i);
        const QByteArray el = e.value(i);
        if (al != el) {
            qWarning("%s: line %d differs\n  actual:   %s\n  expected: %s", qPrintable(relativePath), i + 1,
                     al.constData(), el.constData());
            break;
        }
    }
    return false;
}

} // namespace DigestStudio::Test
