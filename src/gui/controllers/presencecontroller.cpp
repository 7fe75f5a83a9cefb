#include "controllers/presencecontroller.h"

#include "common/presencetext.h"
#include "document/digestdocument.h"
#include "document/workspace.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "models/paperlistmodel.h"
#include "services/presenceservice.h"
#include "storage/library.h"

#include <QFocusEvent>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QStringList>
#include <QTimer>

namespace DigestStudio {

namespace {

const char *const fieldProperty = "presenceField";

// A key that changes the text: a printable character, or a deletion.
bool editsText(const QKeyEvent *key)
{
    if (key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Delete)
        return true;
    const bool command = key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    return !command && !key->text().isEmpty() && key->text().at(0).isPrint();
}

QLabel *plainLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText); // names come from the others' messages
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

} // namespace

PresenceController::PresenceController(Workspace *workspace, EntryEditor *editor, PaperListModel *list,
                                       QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_editor(editor)
    , m_list(list)
    , m_bar(new QWidget(editor))
{
    setObjectName(QStringLiteral("presenceController"));
    m_bar->setObjectName(QStringLiteral("presenceBar"));
    m_line = plainLabel("presenceLine", m_bar);
    m_warning = plainLabel("presenceWarning", m_bar);
    // The warning stands out in light and dark themes alike: the palette's own highlight, not a colour.
    m_warning->setAutoFillBackground(true);
    m_warning->setBackgroundRole(QPalette::Highlight);
    m_warning->setForegroundRole(QPalette::HighlightedText);
    m_warning->setMargin(4);
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_line, 1);
    layout->addWidget(m_warning, 2);
    m_bar->setVisible(false);
    editor->addBanner(m_bar);

    Library *library = workspace->library();
    if (!library || !library->sharesPresence())
        return;
    m_service = std::make_unique<PresenceService>(*library);
    connect(m_service.get(), &PresenceService::peersChanged, this, &PresenceController::refresh);
    DigestDocument *document = workspace->document();
    connect(document, &DigestDocument::digestReset, this, &PresenceController::updatePlace);
    connect(document, &DigestDocument::contentChanged, this, &PresenceController::updatePlace);
    connect(editor, &EntryEditor::currentEntryChanged, this, &PresenceController::updatePlace);
    watchFields();
    m_service->start(true);
    updatePlace();
}

PresenceController::~PresenceController() = default;

void PresenceController::watchFields()
{
    for (int i = 0; i < DigestEntry::FieldCount; ++i) {
        const auto field = static_cast<DigestEntry::Field>(i);
        if (FieldEdit *edit = m_editor->fieldEdit(field)) {
            edit->setProperty(fieldProperty, i);
            edit->installEventFilter(this);
        }
    }
}

std::optional<DigestEntry::Field> PresenceController::fieldOf(QObject *watched) const
{
    const QVariant value = watched->property(fieldProperty);
    if (!value.isValid())
        return std::nullopt;
    return static_cast<DigestEntry::Field>(value.toInt());
}

bool PresenceController::eventFilter(QObject *watched, QEvent *event)
{
    const std::optional<DigestEntry::Field> field = fieldOf(watched);
    if (!m_service || !field)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::FocusIn:
        m_focused = field;
        m_service->setField(field);
        refresh();
        break;
    case QEvent::FocusOut:
        // Another window or a popup taking the focus leaves the person where they were.
        if (static_cast<QFocusEvent *>(event)->reason() != Qt::ActiveWindowFocusReason &&
            static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
            m_focused.reset();
            m_service->setField(std::nullopt);
            refresh();
        }
        break;
    case QEvent::KeyPress:
        if (editsText(static_cast<QKeyEvent *>(event)))
            m_service->noteTyping(*field);
        break;
    case QEvent::InputMethod:
        if (!static_cast<QInputMethodEvent *>(event)->commitString().isEmpty())
            m_service->noteTyping(*field);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void PresenceController::updatePlace()
{
    if (!m_service)
        return;
    const int row = m_editor->currentEntry();
    DigestDocument *document = m_workspace->document();
    const qint64 digestId = m_workspace->currentDigestId();
    const bool shown = row >= 0 && row < document->entryCount();
    m_service->setPlace(digestId, shown ? document->entry(row).id() : 0, shown ? row + 1 : 0);
    refresh();
}

void PresenceController::refresh()
{
    if (!m_service)
        return;
    const qint64 digestId = m_workspace->currentDigestId();
    QHash<qint64, QVector<PresenceBeat>> byEntry;
    const QVector<PresenceService::Peer> peers =
        digestId > 0 ? m_service->peers(digestId) : QVector<PresenceService::Peer>();
    for (const PresenceService::Peer &peer : peers) {
        if (peer.beat.entryId > 0)
            byEntry[peer.beat.entryId].append(peer.beat);
    }
    m_list->setOthersHere(byEntry);

    const int row = m_editor->currentEntry();
    DigestDocument *document = m_workspace->document();
    const qint64 entryId = row >= 0 && row < document->entryCount() ? document->entry(row).id() : 0;
    QStringList lines;
    for (const PresenceBeat &beat : byEntry.value(entryId))
        lines.append(PresenceText::describe(beat));
    m_line->setText(lines.join(QStringLiteral("; ")));
    m_line->setVisible(entryId > 0 && !lines.isEmpty());

    QVector<PresenceBeat> typing;
    if (entryId > 0 && m_focused) {
        for (const PresenceService::Peer &peer : m_service->typingIn(entryId, *m_focused))
            typing.append(peer.beat);
    }
    if (!typing.isEmpty())
        m_warning->setText(PresenceText::conflictWarning(typing, *m_focused));
    m_warning->setVisible(!typing.isEmpty());
    m_bar->setVisible(m_line->isVisibleTo(m_bar) || m_warning->isVisibleTo(m_bar));
}

} // namespace DigestStudio
