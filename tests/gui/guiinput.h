// Input as a person gives it, for the GUI tests: Chinese committed by an input method, a character at a time
// (QTest::keyClicks cannot type it).
#pragma once

#include <QApplication>
#include <QInputMethodEvent>
#include <QString>
#include <QWidget>

namespace DigestStudio::Test {

inline void typeCommitted(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QInputMethodEvent event;
        event.setCommitString(QString(c));
        QApplication::sendEvent(widget, &event);
    }
}

} // namespace DigestStudio::Test
