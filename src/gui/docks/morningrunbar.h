// The bar over the paper list after a morning run: the report's first line ("Today's digest was prepared at
// 07:31: 12 proposed, 11 drafted, 1 failed (...)"), a button to the first proposal, and a close button.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace DigestStudio {

class MorningRunBar final : public QFrame
{
    Q_OBJECT

public:
    explicit MorningRunBar(QWidget *parent = nullptr);

    void setReport(const QString &firstLine);
    QString text() const;

Q_SIGNALS:
    void firstProposalRequested();

private:
    QLabel *m_label;
    QPushButton *m_go;
    QToolButton *m_close;
};

} // namespace DigestStudio
