#include "editor/aliasofferbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace DigestStudio {

AliasOfferBar::AliasOfferBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_remember(new QPushButton(tr("&Remember"), this))
    , m_notNow(new QPushButton(tr("Not Now"), this))
{
    setObjectName(QStringLiteral("aliasOfferBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_label->setObjectName(QStringLiteral("aliasOfferText"));
    // Institution names come from papers: shown as they are, never as rich text.
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_remember->setObjectName(QStringLiteral("rememberAlias"));
    m_remember->setToolTip(tr("Affiliation lines filled from papers will use the new name, for everyone in "
                              "this library"));
    m_notNow->setObjectName(QStringLiteral("dismissAlias"));
    // Neither button takes the focus from the field being typed in.
    m_remember->setFocusPolicy(Qt::NoFocus);
    m_notNow->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_remember);
    layout->addWidget(m_notNow);
    connect(m_remember, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT rememberRequested(m_longName, m_shortName);
    });
    connect(m_notNow, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void AliasOfferBar::offer(const QString &longName, const QString &shortName)
{
    m_longName = longName;
    m_shortName = shortName;
    m_label->setText(tr("Write “%1” for “%2” from now on? Affiliation lines filled from papers will use it, "
                        "for the whole team.")
                         .arg(shortName, longName));
    show();
}

QString AliasOfferBar::text() const
{
    return m_label->text();
}

} // namespace DigestStudio
