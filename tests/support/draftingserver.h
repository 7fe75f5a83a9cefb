// A fake OpenAI-compatible drafting server that tells papers apart: it reads the English title from each
// request's prompt and streams that paper's draft (tests/fixtures/llm/papers.json, or one a test gives), so a
// draft applied to the wrong entry shows. A title it does not know gets HTTP 404 naming it.
#pragma once

#include "loopbackhttpserver.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace DigestStudio::Test {

// One paper of papers.json: its English side, the draft the model sends (formulas as ⟦Mn⟧ placeholders) and
// what the entry holds after it is applied (formulas back), both written by hand.
struct DraftPaper
{
    QString arxivId;
    QString tag;
    QString title;
    QString abstract;
    QStringList answer;   // zh_title, zh_short_title, zh_summary as the model sends them
    QStringList expected; // the same as the entry holds them after the draft
};

// tests/fixtures/llm/papers.json (fails the test when it does not read).
QVector<DraftPaper> draftPapers();

class DraftingServer final
{
public:
    // Answers `path` of `server` (which must outlive this object's use).
    explicit DraftingServer(LoopbackHttpServer *server,
                            const QString &path = QStringLiteral("/v1/chat/completions"));

    // The paper whose prompt carries `title` gets `fields` (zh_title, zh_short_title, zh_summary), streamed
    // in small pieces after `delayMs`.
    void answer(const QString &title, const QStringList &fields, int delayMs = 0);
    // Every paper of papers.json gets its draft; `delaysMs` (by position in the file) lets later papers
    // answer first.
    void answerPapers(const QVector<int> &delaysMs = {});
    // The titles the requests carried, in the order they came.
    QStringList titlesAsked() const { return m_asked; }

    // The title line of a chat-completions request body's user message (as DraftPrompt writes it).
    static QString titleOf(const QByteArray &body);
    // An OpenAI-style stream of `fields` as one JSON object: a role chunk, the content in pieces of a few
    // characters, a finish chunk, a usage chunk and `[DONE]`.
    static LoopbackHttpServer::Response stream(const QStringList &fields);

private:
    struct Answer
    {
        QStringList fields;
        int delayMs = 0;
    };
    LoopbackHttpServer::Response respond(const LoopbackHttpServer::Request &request);

    QHash<QString, Answer> m_answers;
    QStringList m_asked;
};

} // namespace DigestStudio::Test
