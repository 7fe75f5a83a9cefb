// Offers the team's alias when a person renames an institution in an affiliation line (AliasOffer), and
// remembers it in the library as an undoable step of the document's stack.
#pragma once

#include "model/digestentry.h"

#include <QObject>

namespace DigestStudio {

class AliasOfferBar;
class EntryEditor;
class WindowStatusBar;
class Workspace;

class AliasOfferController final : public QObject
{
    Q_OBJECT

public:
    // The bar goes over `editor`'s fields. None owned.
    AliasOfferController(Workspace *workspace, EntryEditor *editor, WindowStatusBar *statusBar,
                         QObject *parent);

    AliasOfferBar *bar() const { return m_bar; }

private:
    void onFieldEdited(int index, DigestEntry::Field field, const QString &before);
    void remember(const QString &longName, const QString &shortName);

    Workspace *m_workspace;
    EntryEditor *m_editor;
    WindowStatusBar *m_statusBar;
    AliasOfferBar *m_bar;
};

} // namespace DigestStudio
