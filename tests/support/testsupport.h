// Small helpers shared by the tests.
#pragma once

#include <QByteArray>
#include <QString>

namespace DigestStudio::Test {

// The bytes of a file under tests/fixtures (fails the test when missing).
QByteArray fixture(const QString &relativePath);
// The bytes of a file under ../shared (the design documents and the reference material).
QByteArray sharedFile(const QString &relativePath);

} // namespace DigestStudio::Test
