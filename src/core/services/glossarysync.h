// Stores the glossary in the library: loads it once, then writes every added, changed or removed term.
#pragma once

#include <QObject>

namespace DigestStudio {

class Glossary;
class Library;

class GlossarySync final : public QObject
{
    Q_OBJECT

public:
    // Both not owned. Fills `glossary` with the library's terms.
    GlossarySync(Library *library, Glossary *glossary, QObject *parent = nullptr);

    // Reloads the terms from the library (another process may have changed them).
    void reload();

Q_SIGNALS:
    // A write failed: the message names the library and the term.
    void failed(const QString &message);

private:
    Library *m_library;   // not owned
    Glossary *m_glossary; // not owned
    bool m_loading = false;
};

} // namespace DigestStudio
