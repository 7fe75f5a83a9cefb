#include "document/setheadercommand.h"

#include "document/digestdocument.h"

namespace DigestStudio {

SetHeaderCommand::SetHeaderCommand(DigestDocument *document, const Digest &header, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_old(headerOf(document->digest()))
    , m_new(headerOf(header))
{
    setText(tr("Edit header and footer"));
}

Digest SetHeaderCommand::headerOf(const Digest &digest)
{
    Digest header;
    header.setTitle(digest.title());
    header.setLegend(digest.legend());
    header.setAttribution(digest.attribution());
    header.setSummaryLabel(digest.summaryLabel());
    header.setFooter(digest.footer());
    return header;
}

bool SetHeaderCommand::sameHeader(const Digest &a, const Digest &b)
{
    return a.title() == b.title() && a.legend() == b.legend() && a.attribution() == b.attribution() &&
           a.summaryLabel() == b.summaryLabel() && a.footer() == b.footer();
}

void SetHeaderCommand::redo()
{
    m_document->applyHeader(m_new);
}

void SetHeaderCommand::undo()
{
    m_document->applyHeader(m_old);
}

} // namespace DigestStudio
