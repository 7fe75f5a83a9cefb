// Small helpers shared by the tests.
#pragma once

#include <QByteArray>
#include <QString>

namespace DigestStudio::Test {

// The bytes of a file under tests/fixtures (fails the test when missing).
QByteArray fixture(const QString &relativePath);

} // namespace DigestStudio::Test
