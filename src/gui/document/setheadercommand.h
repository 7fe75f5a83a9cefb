// Undo step: the header and footer texts of the digest (title, legend, attribution, summary label, footer)
// changed, from Digest ▸ Header and Footer.
#pragma once

#include "model/digest.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace DigestStudio {

class DigestDocument;

class SetHeaderCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetHeaderCommand)

public:
    // Only the header and footer texts of `header` are used.
    SetHeaderCommand(DigestDocument *document, const Digest &header, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    // The header and footer texts of `digest`, without its entries.
    static Digest headerOf(const Digest &digest);
    static bool sameHeader(const Digest &a, const Digest &b);

private:
    DigestDocument *m_document; // not owned
    Digest m_old;
    Digest m_new;
};

} // namespace DigestStudio
