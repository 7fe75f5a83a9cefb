#include "docks/morningrunbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace DigestStudio {

MorningRunBar::MorningRunBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_go(new QPushButton(tr("Go to First Proposal"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("morningRunBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_label->setObjectName(QStringLiteral("morningRunText"));
    // The reasons come from servers and files: shown as they are, never as rich text.
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_go->setObjectName(QStringLiteral("firstProposalButton"));
    m_close->setObjectName(QStringLiteral("closeMorningRunBar"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_go);
    layout->addWidget(m_close);
    connect(m_go, &QPushButton::clicked, this, &MorningRunBar::firstProposalRequested);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MorningRunBar::setReport(const QString &firstLine)
{
    m_label->setText(firstLine);
}

QString MorningRunBar::text() const
{
    return m_label->text();
}

} // namespace DigestStudio
