#include "document/aliascommand.h"

#include "storage/library.h"

namespace DigestStudio {

AliasCommand::AliasCommand(Library *library, const QString &longName, const QString &shortName)
    : m_library(library)
    , m_longName(longName)
    , m_shortName(shortName)
{
    setText(tr("Remember “%1” for “%2”").arg(shortName, longName));
}

bool AliasCommand::apply(QString *error)
{
    LibraryError failure;
    const QVector<AffiliationAlias> aliases = m_library->affiliationAliases(&failure);
    if (failure.kind != LibraryError::Kind::None) {
        *error = failure.message;
        return false;
    }
    for (const AffiliationAlias &alias : aliases) {
        if (alias.longName.compare(m_longName, Qt::CaseInsensitive) == 0)
            m_before = alias.shortName;
    }
    if (!m_library->setAffiliationAlias(m_longName, m_shortName, nullptr, &failure)) {
        *error = failure.message;
        return false;
    }
    m_applied = true;
    return true;
}

void AliasCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_library->setAffiliationAlias(m_longName, m_shortName);
}

void AliasCommand::undo()
{
    if (m_before.isEmpty())
        m_library->removeAffiliationAlias(m_longName);
    else
        m_library->setAffiliationAlias(m_longName, m_before);
}

} // namespace DigestStudio
