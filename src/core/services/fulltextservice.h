// The paper itself, for both faces: reads a paper's full text (authors, institutions, figures) into the
// house's affiliation line with the library's aliases applied, and fills a digest's entries from their
// papers: empty affiliation lines only (unless told to overwrite), up to N figures on an entry that has none,
// each entry reported in words. One paper at a time, in the arXiv lane. A PDF author block the rules cannot
// split may go to the drafting model (AuthorBlockReader); its line is marked as the model's.
#pragma once

#include "fulltext/fulltextclient.h"
#include "services/authorblockreader.h"
#include "services/fulltexttarget.h"
#include "storage/librarytypes.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVector>

#include <memory>

namespace DigestStudio {

class Library;
class RequestScheduler;

class FulltextService final : public QObject
{
    Q_OBJECT

public:
    // What became of one entry.
    enum class Outcome {
        Filled,     // the line was empty (or overwritten) and the paper named institutions
        Kept,       // the line was kept as it was (a person's, or already filled)
        NoneStated, // the paper states no affiliation: the line stays empty
        Failed,     // the paper could not be read, or the library refused the change
        Skipped,    // the entry has no arXiv id
    };

    struct Paper
    {
        FulltextClient::Read read;
        QString line; // the house's affiliation line, aliases applied; empty when the paper states none
        // {"id", "source", "authors": [{"name", "affiliations"}], "other_affiliations", "affiliation_line",
        //  "figures": [{"number", "caption", "url", "width", "height"}]}
        QJsonObject toJson() const;
    };

    struct EntryReport
    {
        int position = 0;
        QString arxivId;
        Outcome outcome = Outcome::Kept;
        QString line;              // the entry's affiliation line afterwards
        QString source;            // `html`, `pdf`; empty when nothing was read
        QVector<qint64> figureIds; // figures attached now
        QString readBy;            // the model that read the line from the author block; empty: the rules
        QString message;           // what happened, in words
        QString words() const;     // `3. 2601.00001: filled from the HTML: …`
        QJsonObject toJson() const;
    };

    struct Report
    {
        qint64 digestId = 0; // for the JSON: the caller's digest
        QVector<EntryReport> entries;
        bool cancelled = false;
        QString error; // nothing was done: the digest or a position was wrong
        int count(Outcome outcome) const;
        bool failed() const { return !error.isEmpty() || count(Outcome::Failed) > 0; }
        QJsonObject toJson() const;
    };

    // Reads through `scheduler` in the lane `lane` (the arXiv lane: ArxivLane::name()).
    FulltextService(RequestScheduler *scheduler, const QString &lane, QObject *parent = nullptr);
    ~FulltextService() override;

    // The site (`--arxiv-site`) and the deadline of one read (`--fulltext-timeout`).
    void configure(const QUrl &site, int deadlineMs);
    FulltextClient *client() const { return m_client.get(); }
    // The model that reads an author block the rules cannot split (not owned; null: none is asked).
    void setBlockReader(AuthorBlockReader *reader);
    AuthorBlockReader *blockReader() const { return m_blockReader; }

    static QString sourceName(FullText::Source source);
    static QString outcomeName(Outcome outcome);
    // A rendered page (Read::firstPage) as the PNG file a figure stores.
    static QByteArray png(const QImage &image);
    // LONG → SHORT, as FullText::houseLine() takes them.
    static QMap<QString, QString> aliasMap(const QVector<AffiliationAlias> &aliases);
    // The library's aliases (none when `library` is null or cannot say).
    static QMap<QString, QString> aliasMap(Library *library);

    Paper readAndWait(const QString &arxivId, const QMap<QString, QString> &aliases);

    // One figure of a paper as a file to attach (`digestctl figures pick`).
    struct Picked
    {
        QByteArray data;
        QString mimeType;
        QString caption; // `Figure 2: …`, or `First page`
        QString problem; // in words; empty when a figure was fetched
        bool ok() const { return problem.isEmpty(); }
    };
    // Reads the paper and fetches its figure `number` (`2`, `S1`, as the paper numbers it), or its rendered
    // first page for `page` (a paper read from its PDF).
    Picked pickAndWait(const QString &arxivId, const QString &number);

    // What enrich() does.
    struct Request
    {
        QVector<int> positions;  // 1-based; empty: every entry
        int figuresPerEntry = 1; // figures put onto an entry that has none (0: none)
        bool overwrite = false;  // replace a line that is not empty
        QMap<QString, QString> aliases;
        // Ask the block reader (when one is set and ready) about a PDF author block the rules cannot split.
        bool askModel = true;
    };

    // Fills the entries of `target` (not owned; it must outlive the run) one after the other; entryDone()
    // after each, finished() at the end.
    void enrich(FulltextTarget *target, const Request &request);
    Report enrichAndWait(FulltextTarget *target, const Request &request);
    bool isBusy() const { return m_run != nullptr; }
    // Stops after the entry under way: its read is dropped, the entries done stay done.
    void cancel();

Q_SIGNALS:
    // `text`: what is under way, in words (`Reading 2601.00001 (2 of 9)`).
    void progress(int done, int total, const QString &text);
    void entryDone(const DigestStudio::FulltextService::EntryReport &report);
    void finished(const DigestStudio::FulltextService::Report &report);

private:
    struct Run;

    void nextEntry();
    bool startEntry(int position);
    void onRead(quint64 operation, const FulltextClient::Read &read);
    void applyLine(const FulltextClient::Read &read);
    void storeLine(const QString &line, const QString &machine, const QString &from,
                   const QString &noneStated);
    bool askModel(const FulltextClient::Read &read);
    void onBlockRead(quint64 operation, const DigestStudio::AuthorBlockReader::Answer &answer);
    void planFigures(const FulltextClient::Read &read);
    void nextFigure();
    void onImage(quint64 operation, const FulltextClient::Image &image);
    void attach(const QByteArray &data, const QString &mimeType, const QString &caption);
    void finishLater();
    void endEntry();
    void endRun();

    std::unique_ptr<FulltextClient> m_client;
    std::unique_ptr<Run> m_run;
    QPointer<AuthorBlockReader> m_blockReader;
};

} // namespace DigestStudio

Q_DECLARE_METATYPE(DigestStudio::FulltextService::EntryReport)
Q_DECLARE_METATYPE(DigestStudio::FulltextService::Report)
