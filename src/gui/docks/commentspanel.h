// The Comments dock's panel: the shown entry's comment threads (the field, the quoted text, who, when, the
// text; replies under their thread; resolved and outdated ones marked), a box to write in, and Comment (a new
// thread on the selected text of the field last edited), Reply and Resolve or Reopen.
#pragma once

#include "storage/librarytypes.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace DigestStudio {

class CommentsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CommentsPanel(QWidget *parent = nullptr);

    // The entry's comments, threads in order with their replies after them (CommentStore::comments());
    // `note` replaces the caption (no entry, no library, an error). The text typed in the box stays.
    void setComments(const QVector<EntryComment> &comments, const QString &note = QString());
    // After a comment was stored: the box is emptied.
    void clearText();

Q_SIGNALS:
    // A new thread with `text`.
    void commentRequested(const QString &text);
    void replyRequested(qint64 commentId, const QString &text);
    void resolveRequested(qint64 commentId, bool resolved);

protected:
    void changeEvent(QEvent *event) override;

private:
    const EntryComment *selected() const;
    // The first comment of the selected one's thread (resolving acts on the thread).
    const EntryComment *selectedThread() const;
    void retranslate();
    void updateButtons();

    QLabel *m_caption;
    QTreeWidget *m_list;
    QPlainTextEdit *m_text;
    QPushButton *m_comment;
    QPushButton *m_reply;
    QPushButton *m_resolve;
    QVector<EntryComment> m_comments;
    QString m_note;
};

} // namespace DigestStudio
