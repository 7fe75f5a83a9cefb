// Input as a person gives it, for the GUI tests: Chinese committed by an input method, a character at a time
// (QTest::keyClicks cannot type it), and an item of a context menu's submenu chosen with the keyboard.
#pragma once

#include <QApplication>
#include <QContextMenuEvent>
#include <QInputMethodEvent>
#include <QMenu>
#include <QString>
#include <QTest>
#include <QTimer>
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

// A right click at `at` in `widget`, then the submenu named `submenu` ▸ `item` with the keyboard: Right opens
// the submenu, Down until `item` is active, Return. The menus are modal: the keys are sent once they show.
inline void chooseInContextMenu(QWidget *widget, const QPoint &at, const QString &submenu,
                                const QString &item)
{
    QTimer::singleShot(0, widget, [submenu, item] {
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        auto *sub = menu->findChild<QMenu *>(submenu);
        QVERIFY(sub);
        menu->setActiveAction(sub->menuAction());
        QTest::keyClick(menu, Qt::Key_Right);
        QTRY_COMPARE(QApplication::activePopupWidget(), static_cast<QWidget *>(sub));
        for (int i = 0;
             i < sub->actions().size() && !(sub->activeAction() && sub->activeAction()->text() == item); ++i)
            QTest::keyClick(sub, Qt::Key_Down);
        QVERIFY(sub->activeAction());
        QCOMPARE(sub->activeAction()->text(), item);
        QTest::keyClick(sub, Qt::Key_Return);
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, widget->mapToGlobal(at));
    QApplication::sendEvent(widget, &event);
}

} // namespace DigestStudio::Test
