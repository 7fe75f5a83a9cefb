// Small helpers shared by the tests.
#pragma once

#include <QByteArray>
#include <QString>

namespace DigestStudio::Test {

// The bytes of a file under tests/fixtures (fails the test when missing).
QByteArray fixture(const QString &relativePath);

// Lets Qt's widget animations (a line edit's 160 ms clear-button fade) run out after their widget is gone:
// Qt 5 gives that animation no parent, so one still running at exit is a leak LeakSanitizer reports.
void settleAnimations();

} // namespace DigestStudio::Test
