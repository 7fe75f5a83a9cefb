#include "common/plaintext.h"

#include <QLabel>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace DigestStudio {

QLabel *PlainText::label(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString PlainText::toolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    // Qt's own conversion: every character escaped, line breaks kept as breaks.
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString PlainText::shownToolTip(const QString &toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return toolTip;
    return QTextDocumentFragment::fromHtml(toolTip).toPlainText();
}

QMessageBox::StandardButton PlainText::warning(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton PlainText::information(QWidget *parent, const QString &title, const QString &text)
{
    return ask(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::NoButton);
}

QMessageBox::StandardButton PlainText::question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton PlainText::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                           const QString &text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace DigestStudio
