#include "controllers/assignmentcontroller.h"

#include "common/plaintext.h"
#include "common/windowstatusbar.h"
#include "services/desktopnotifier.h"
#include "storage/library.h"

#include <QCheckBox>
#include <QSettings>
#include <QStringList>
#include <QToolButton>

namespace DigestStudio {

namespace {
// How long the status bar says what came in.
constexpr int MessageMs = 8000;
} // namespace

AssignmentController::AssignmentController(Library *library, QCheckBox *mineBox, WindowStatusBar *statusBar,
                                           QObject *parent)
    : QObject(parent)
    , m_notifier(new DesktopNotifier(this))
    , m_mineBox(mineBox)
    , m_statusBar(statusBar)
    , m_badge(new QToolButton(statusBar))
{
    setObjectName(QStringLiteral("assignmentController"));
    m_badge->setObjectName(QStringLiteral("assignmentBadge"));
    m_badge->setAutoRaise(true);
    m_badge->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // A badge: bold on the highlight colour, so that it reads as news in light and dark themes alike.
    m_badge->setStyleSheet(QStringLiteral("QToolButton#assignmentBadge { font-weight: bold; color: "
                                          "palette(highlighted-text); background: palette(highlight); "
                                          "border-radius: 8px; padding: 0px 8px; }"));
    m_badge->setVisible(false);
    statusBar->addPermanentWidget(m_badge);
    connect(m_badge, &QToolButton::clicked, this, &AssignmentController::openNewest);
    connect(m_notifier, &DesktopNotifier::clicked, this, &AssignmentController::openNewest);
    // No notification server: the badge and the status bar still tell (the error says what was not shown).
    connect(m_notifier, &DesktopNotifier::failed, this, [this](const QString &error) {
        if (!m_unseen.isEmpty())
            m_statusBar->showMessage(
                m_unseen.last().sentence() + QStringLiteral(" (") + error + QLatin1Char(')'), MessageMs);
    });
    connect(m_mineBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            clear();
    });
    if (!library)
        return;
    m_library = library;
    m_watch = new AssignmentWatch(library, this);
    connect(m_watch, &AssignmentWatch::assigned, this, &AssignmentController::onAssigned);
    connect(m_watch, &AssignmentWatch::failed, this, [this](const QString &message) {
        m_statusBar->showMessage(tr("New assignments cannot be read: %1").arg(message), MessageMs);
    });
    // What was assigned while the app was closed is news now: in the badge, not as a burst of notifications.
    LibraryError error;
    m_starting = true;
    const bool started = m_watch->start(&error, AssignmentWatch::seen(QSettings(), *library));
    m_starting = false;
    if (!started)
        m_statusBar->showMessage(tr("New assignments cannot be read: %1").arg(error.message), MessageMs);
    else
        remember();
}

void AssignmentController::remember()
{
    QSet<qint64> seen = m_watch->known();
    for (const AssignmentNotice &notice : std::as_const(m_unseen))
        seen.remove(notice.key());
    QSettings settings;
    AssignmentWatch::remember(settings, *m_library, seen);
}

void AssignmentController::onAssigned(const AssignmentNotice &notice)
{
    m_unseen.append(notice);
    updateBadge();
    const QString sentence = notice.sentence();
    m_statusBar->showMessage(sentence, MessageMs);
    if (m_starting)
        return;
    remember();
    m_notifier->post(notice.asReviewer ? tr("A paper for you to review") : tr("A paper assigned to you"),
                     sentence);
}

void AssignmentController::openNewest()
{
    if (m_unseen.isEmpty())
        return;
    const AssignmentNotice newest = m_unseen.last();
    Q_EMIT assignmentRequested(newest.digestId, newest.position);
    if (m_mineBox->isVisible())
        m_mineBox->setChecked(true);
    clear();
}

void AssignmentController::clear()
{
    m_unseen.clear();
    updateBadge();
    if (m_watch)
        remember();
}

void AssignmentController::updateBadge()
{
    const int count = static_cast<int>(m_unseen.size());
    m_badge->setVisible(count > 0);
    m_badge->setText(tr("%n new for me", nullptr, count));
    QStringList lines;
    for (const AssignmentNotice &notice : m_unseen)
        lines.append(notice.sentence());
    lines.append(tr("Click to open the newest; the Mine box shows all of them."));
    // Titles are outside text: shown as written.
    m_badge->setToolTip(PlainText::toolTip(lines.join(QLatin1Char('\n'))));
}

} // namespace DigestStudio
