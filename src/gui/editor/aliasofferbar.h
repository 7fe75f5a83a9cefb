// The bar over the entry editor that offers to remember an institution's new name as the team's alias, after
// a person renamed one in an affiliation line: "Remember “UMD” for “University of Maryland”?" with Remember
// and Not Now. Non-modal: typing goes on while it shows.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace DigestStudio {

class AliasOfferBar final : public QFrame
{
    Q_OBJECT

public:
    explicit AliasOfferBar(QWidget *parent = nullptr);

    // Shows the offer for LONG → SHORT.
    void offer(const QString &longName, const QString &shortName);
    QString longName() const { return m_longName; }
    QString shortName() const { return m_shortName; }
    QString text() const;

Q_SIGNALS:
    void rememberRequested(const QString &longName, const QString &shortName);

private:
    QLabel *m_label;
    QPushButton *m_remember;
    QPushButton *m_notNow;
    QString m_longName;
    QString m_shortName;
};

} // namespace DigestStudio
