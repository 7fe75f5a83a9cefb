// Reads a model's answer to AuthorBlockPrompt: the institutions it names, each checked to be text of the
// author block, so that a model can split a block but never add to it.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace DigestStudio {

class AuthorBlockAnswer final
{
    Q_DECLARE_TR_FUNCTIONS(DigestStudio::AuthorBlockAnswer)

public:
    // The most institutions and the longest name taken from an answer.
    static constexpr int MaxInstitutions = 64;
    static constexpr int MaxNameChars = 300;

    QStringList
        institutions; // in the answer's order, white space simplified; empty when the block names none
    QString error;    // what is wrong with the answer, in words; empty when it was read
    bool ok() const { return error.isEmpty(); }

    // `body`: the chat-completion object the server sent. `blockText`: what was sent (AuthorBlockPrompt).
    static AuthorBlockAnswer read(const QByteArray &body, const QString &blockText);
    // The same from the answer's message text.
    static AuthorBlockAnswer fromText(const QString &text, const QString &blockText);
};

} // namespace DigestStudio
