// Outside text (server answers, error texts, paper titles and abstracts, captions, file names) shown exactly
// as written: labels, tooltips and message boxes that never read it as rich text, so `<a href=…>` stays
// letters and `<img src=…>` loads nothing.
#pragma once

#include <QMessageBox>
#include <QString>

class QLabel;

namespace DigestStudio {

class PlainText final
{
public:
    // The label shows its text as plain text, whatever it looks like.
    static QLabel *label(QLabel *label);
    // `text` as a tooltip that shows it as written: Qt reads a tooltip that looks like markup as rich text,
    // so such text is escaped (with its line breaks kept); other text stays as it is.
    static QString toolTip(const QString &text);
    // The text a tooltip made by toolTip() shows (tests, and to compare).
    static QString shownToolTip(const QString &toolTip);
    // QMessageBox's convenience calls with the text shown as plain text; modal, as theirs are.
    static QMessageBox::StandardButton
    warning(QWidget *parent, const QString &title, const QString &text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title,
                                                   const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                           const QString &text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace DigestStudio
