#include "services/fulltextservice.h"

#include "fulltext/institutionreducer.h"
#include "storage/library.h"

#include <QBuffer>
#include <QEventLoop>
#include <QImageReader>
#include <QJsonArray>
#include <QTimer>

#include <utility>

namespace DigestStudio {

using Outcome = FulltextService::Outcome;

struct FulltextService::Run
{
    FulltextTarget *target = nullptr;
    QVector<int> positions;
    int figuresPerEntry = 1;
    bool overwrite = false;
    QMap<QString, QString> aliases;
    Report report;
    int index = 0;
    bool cancelled = false;

    // The entry under way.
    EntryReport current;
    bool wantsLine = false;
    bool wantsFigures = false;
    quint64 operation = 0;
    quint64 blockOperation = 0; // the model reading the author block
    FulltextClient::Read read;  // the paper, while the model reads its author block
    bool askModel = true;
    QVector<QPair<QUrl, QString>> figures; // images still to fetch, with their captions
};

namespace {

QString figureCaption(const FullText::Figure &figure)
{
    if (figure.label.isEmpty())
        return figure.caption;
    return figure.caption.isEmpty() ? figure.label : figure.label + QStringLiteral(": ") + figure.caption;
}

} // namespace

QByteArray FulltextService::png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString FulltextService::sourceName(FullText::Source source)
{
    return source == FullText::Source::Pdf ? QStringLiteral("pdf") : QStringLiteral("html");
}

QString FulltextService::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Filled:
        return QStringLiteral("filled");
    case Outcome::Kept:
        return QStringLiteral("kept");
    case Outcome::NoneStated:
        return QStringLiteral("none_stated");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

QJsonObject FulltextService::Paper::toJson() const
{
    const FullText &text = read.fullText;
    QJsonArray authors;
    for (const FullText::Author &author : text.authors)
        authors.append(
            QJsonObject{{QStringLiteral("name"), author.name},
                        {QStringLiteral("affiliations"), QJsonArray::fromStringList(author.affiliations)}});
    QJsonArray figures;
    for (const FullText::Figure &figure : text.figures)
        figures.append(QJsonObject{{QStringLiteral("number"), figure.number},
                                   {QStringLiteral("caption"), figure.caption},
                                   {QStringLiteral("url"), read.imageUrl(figure).toString()},
                                   {QStringLiteral("width"), figure.width()},
                                   {QStringLiteral("height"), figure.height()}});
    return {{QStringLiteral("id"), read.id},
            {QStringLiteral("source"), sourceName(text.source)},
            {QStringLiteral("authors"), authors},
            {QStringLiteral("other_affiliations"), QJsonArray::fromStringList(text.otherAffiliations)},
            {QStringLiteral("affiliation_line"), line},
            {QStringLiteral("figures"), figures}};
}

QString FulltextService::EntryReport::words() const
{
    return QString::number(position) + QStringLiteral(". ") +
           (arxivId.isEmpty() ? QStringLiteral("(no arXiv id)") : arxivId) + QStringLiteral(": ") + message;
}

QJsonObject FulltextService::EntryReport::toJson() const
{
    QJsonArray ids;
    for (qint64 id : figureIds)
        ids.append(id);
    QJsonObject json{{QStringLiteral("position"), position},
                     {QStringLiteral("id"), arxivId},
                     {QStringLiteral("outcome"), outcomeName(outcome)},
                     {QStringLiteral("affiliation_line"), line},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("figures"), ids},
                     {QStringLiteral("message"), message}};
    if (!readBy.isEmpty())
        json.insert(QStringLiteral("affiliations_by"), readBy);
    return json;
}

int FulltextService::Report::count(Outcome outcome) const
{
    int n = 0;
    for (const EntryReport &entry : entries)
        n += entry.outcome == outcome ? 1 : 0;
    return n;
}

QJsonObject FulltextService::Report::toJson() const
{
    QJsonArray list;
    for (const EntryReport &entry : entries)
        list.append(entry.toJson());
    QJsonObject json{{QStringLiteral("digest"), digestId},
                     {QStringLiteral("entries"), list},
                     {QStringLiteral("cancelled"), cancelled}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

FulltextService::FulltextService(RequestScheduler *scheduler, const QString &lane, QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<FulltextClient>(scheduler, lane))
{
    qRegisterMetaType<EntryReport>();
    qRegisterMetaType<Report>();
    connect(m_client.get(), &FulltextClient::readFinished, this, &FulltextService::onRead);
    connect(m_client.get(), &FulltextClient::imageFinished, this, &FulltextService::onImage);
}

FulltextService::~FulltextService()
{
    m_client->disconnect(this);
}

void FulltextService::configure(const QUrl &site, int deadlineMs)
{
    m_client->setSite(site);
    m_client->setDeadlineMs(deadlineMs);
}

QMap<QString, QString> FulltextService::aliasMap(const QVector<AffiliationAlias> &aliases)
{
    QMap<QString, QString> map;
    for (const AffiliationAlias &alias : aliases)
        map.insert(alias.longName, alias.shortName);
    return map;
}

QMap<QString, QString> FulltextService::aliasMap(Library *library)
{
    return library ? aliasMap(library->affiliationAliases()) : QMap<QString, QString>();
}

FulltextService::Paper FulltextService::readAndWait(const QString &arxivId,
                                                    const QMap<QString, QString> &aliases)
{
    Paper paper;
    paper.read = m_client->readAndWait(arxivId);
    if (paper.read.ok())
        paper.line = paper.read.fullText.houseLine(aliases);
    return paper;
}

FulltextService::Picked FulltextService::pickAndWait(const QString &arxivId, const QString &number)
{
    Picked picked;
    const FulltextClient::Read read = m_client->readAndWait(arxivId);
    if (!read.ok()) {
        picked.problem = read.problem;
        return picked;
    }
    if (number == QLatin1String("page")) {
        if (read.firstPage.isNull()) {
            picked.problem =
                QStringLiteral("the paper was read from its HTML page, which has no first page to "
                               "render: pick a figure by its number");
            return picked;
        }
        picked.data = png(read.firstPage);
        picked.mimeType = QStringLiteral("image/png");
        picked.caption = QStringLiteral("First page");
        return picked;
    }
    QStringList numbers;
    for (const FullText::Figure &figure : read.fullText.figures) {
        const QUrl url = read.imageUrl(figure);
        if (url.isEmpty() || figure.number.isEmpty())
            continue;
        numbers.append(figure.number);
        if (figure.number != number)
            continue;
        const FulltextClient::Image image = m_client->fetchImageAndWait(url);
        if (!image.ok()) {
            picked.problem = image.problem;
            return picked;
        }
        picked.data = image.data;
        picked.mimeType = image.mimeType;
        picked.caption = figureCaption(figure);
        return picked;
    }
    picked.problem = numbers.isEmpty()
                         ? QStringLiteral("the paper has no numbered figure with an image")
                         : QStringLiteral("the paper has no figure %1 with an image (it has %2)")
                               .arg(number, numbers.join(QStringLiteral(", ")));
    if (!read.firstPage.isNull())
        picked.problem += QStringLiteral("; `page` picks its first page");
    return picked;
}

void FulltextService::enrich(FulltextTarget *target, const Request &request)
{
    m_run = std::make_unique<Run>();
    Run &run = *m_run;
    run.target = target;
    run.figuresPerEntry = qMax(0, request.figuresPerEntry);
    run.overwrite = request.overwrite;
    run.aliases = request.aliases;
    run.askModel = request.askModel;
    const int count = target->entryCount();
    for (int position : request.positions) {
        if (position < 1 || position > count) {
            run.report.error =
                QStringLiteral("the digest has no entry %1 (it has %2)").arg(position).arg(count);
            return finishLater();
        }
    }
    run.positions = request.positions;
    if (run.positions.isEmpty()) {
        for (int i = 1; i <= count; ++i)
            run.positions.append(i);
    }
    QTimer::singleShot(0, this, [this] { nextEntry(); });
}

void FulltextService::finishLater()
{
    QTimer::singleShot(0, this, [this] { endRun(); });
}

FulltextService::Report FulltextService::enrichAndWait(FulltextTarget *target, const Request &request)
{
    QEventLoop loop;
    Report result;
    const auto connection = connect(this, &FulltextService::finished, &loop, [&](const Report &report) {
        result = report;
        loop.quit();
    });
    enrich(target, request);
    loop.exec();
    disconnect(connection);
    return result;
}

void FulltextService::cancel()
{
    if (!m_run)
        return;
    m_run->cancelled = true;
    m_client->cancelAll();
    if (m_blockReader)
        m_blockReader->cancelAll();
}

void FulltextService::setBlockReader(AuthorBlockReader *reader)
{
    if (m_blockReader)
        m_blockReader->disconnect(this);
    m_blockReader = reader;
    if (reader)
        connect(reader, &AuthorBlockReader::finished, this, &FulltextService::onBlockRead);
}

void FulltextService::nextEntry()
{
    // Entries that need no request are done at once; the loop goes on to the next that does.
    while (m_run && !m_run->cancelled && m_run->index < m_run->positions.size()) {
        const int position = m_run->positions.at(m_run->index);
        Q_EMIT progress(m_run->index, m_run->positions.size(),
                        QStringLiteral("Entry %1 (%2 of %3)")
                            .arg(position)
                            .arg(m_run->index + 1)
                            .arg(m_run->positions.size()));
        if (startEntry(position))
            return; // a read is under way: onRead() goes on
        endEntry();
    }
    endRun();
}

// Decides what the entry needs; true when a read started, false when the entry's report is complete.
bool FulltextService::startEntry(int position)
{
    Run &run = *m_run;
    run.current = EntryReport();
    run.current.position = position;
    run.figures.clear();
    QString error;
    DigestEntry entry;
    if (!run.target->entry(position, &entry, &error)) {
        run.current.outcome = Outcome::Failed;
        run.current.message = error;
        return false;
    }
    const int figures = run.target->figureCount(position);
    run.current.arxivId = entry.arxivId();
    run.current.line = entry.affiliations();
    if (entry.arxivId().isEmpty()) {
        run.current.outcome = Outcome::Skipped;
        run.current.message = QStringLiteral("no arXiv id: nothing to read");
        return false;
    }
    run.wantsLine = run.overwrite || entry.affiliations().trimmed().isEmpty();
    run.wantsFigures = run.figuresPerEntry > 0 && figures == 0;
    if (!run.wantsLine && !run.wantsFigures) {
        run.current.outcome = Outcome::Kept;
        run.current.message = QStringLiteral("kept: the line is not empty") +
                              (figures == 0 ? QString() : QStringLiteral(" and the entry has figures"));
        return false;
    }
    Q_EMIT progress(run.index, run.positions.size(),
                    QStringLiteral("Reading %1 (%2 of %3)")
                        .arg(entry.arxivId())
                        .arg(run.index + 1)
                        .arg(run.positions.size()));
    run.operation = m_client->read(entry.arxivId());
    return true;
}

void FulltextService::onRead(quint64 operation, const FulltextClient::Read &read)
{
    if (!m_run || operation != m_run->operation)
        return;
    m_run->operation = 0;
    if (!read.ok()) {
        m_run->current.outcome = Outcome::Failed;
        m_run->current.message = read.problem;
        if (read.failure == FulltextClient::Failure::Cancelled)
            m_run->cancelled = true;
        endEntry();
        nextEntry();
        return;
    }
    m_run->current.source = sourceName(read.fullText.source);
    applyLine(read);
    if (askModel(read))
        return; // onBlockRead() goes on
    planFigures(read);
    nextFigure();
}

// The rules found no institution in a PDF's author block: the model may read it, when one is set up.
bool FulltextService::askModel(const FulltextClient::Read &read)
{
    Run &run = *m_run;
    if (!run.askModel || !m_blockReader || run.current.outcome != Outcome::NoneStated ||
        read.fullText.source != FullText::Source::Pdf || read.fullText.authorBlock.isEmpty() ||
        !m_blockReader->isReady())
        return false;
    Q_EMIT progress(run.index, run.positions.size(),
                    QStringLiteral("Asking %1 to read the author block of %2 (%3 of %4)")
                        .arg(m_blockReader->settings().model, run.current.arxivId)
                        .arg(run.index + 1)
                        .arg(run.positions.size()));
    run.read = read;
    run.blockOperation = m_blockReader->read(read.fullText.authorBlock);
    return true;
}

void FulltextService::onBlockRead(quint64 operation, const AuthorBlockReader::Answer &answer)
{
    if (!m_run || operation != m_run->blockOperation)
        return;
    Run &run = *m_run;
    run.blockOperation = 0;
    const FulltextClient::Read read = std::exchange(run.read, FulltextClient::Read());
    if (!answer.ok()) {
        run.current.message += QStringLiteral("; ") + answer.model +
                               QStringLiteral(" could not read the author block: ") + answer.error;
        if (run.cancelled) {
            endEntry();
            nextEntry();
            return;
        }
    } else {
        // The model's names are text of the block; the house's rules still reduce them and apply the aliases.
        const QString line = InstitutionReducer::houseLine(answer.institutions, run.aliases);
        storeLine(line, answer.model,
                  answer.model + QStringLiteral("'s reading of the PDF's author block (check it)"),
                  QStringLiteral("the paper states no affiliation, and ") + answer.model +
                      QStringLiteral(" found none in its author block"));
    }
    planFigures(read);
    nextFigure();
}

void FulltextService::applyLine(const FulltextClient::Read &read)
{
    const QString from = read.fullText.source == FullText::Source::Pdf ? QStringLiteral("the PDF")
                                                                       : QStringLiteral("the HTML");
    const QString why =
        read.htmlProblem.isEmpty() ? QString() : QStringLiteral(" (") + read.htmlProblem + QLatin1Char(')');
    storeLine(read.fullText.houseLine(m_run->aliases), QString(), from + why,
              QStringLiteral("the paper states no affiliation") + why);
}

// Stores `line` (read by the model `machine`; by the rules when empty) unless the entry has a line now that
// is not to be overwritten (a person may have typed one while the paper was read). `from` says where the line
// came from, `noneStated` why there is none.
void FulltextService::storeLine(const QString &line, const QString &machine, const QString &from,
                                const QString &noneStated)
{
    Run &run = *m_run;
    EntryReport &report = run.current;
    DigestEntry entry;
    QString error;
    if (!run.target->entry(report.position, &entry, &error)) {
        report.outcome = Outcome::Failed;
        report.message = error;
        return;
    }
    report.line = entry.affiliations();
    if (!run.overwrite && !entry.affiliations().trimmed().isEmpty()) {
        report.outcome = Outcome::Kept;
        report.message = QStringLiteral("kept: the line is not empty");
        return;
    }
    if (line.isEmpty()) {
        report.outcome = Outcome::NoneStated;
        report.message = noneStated + QStringLiteral(": the line stays as it was");
        return;
    }
    if (line == entry.affiliations()) {
        report.outcome = Outcome::Kept;
        report.message = QStringLiteral("kept: the line already says what ") + from + QStringLiteral(" says");
        return;
    }
    if (!run.target->setAffiliations(report.position, entry, line, machine, &error)) {
        report.outcome = Outcome::Failed;
        report.message = error;
        return;
    }
    report.outcome = Outcome::Filled;
    report.line = line;
    report.readBy = machine;
    report.message = QStringLiteral("filled from ") + from + QStringLiteral(": ") + line;
}

void FulltextService::planFigures(const FulltextClient::Read &read)
{
    Run &run = *m_run;
    if (!run.wantsFigures || run.current.outcome == Outcome::Failed)
        return;
    for (const FullText::Figure &figure : read.fullText.figures) {
        if (run.figures.size() == run.figuresPerEntry)
            break;
        const QUrl url = read.imageUrl(figure);
        if (url.isValid() && !url.isEmpty())
            run.figures.append({url, figureCaption(figure)});
    }
    // A paper without figures to fetch (PDF only): its first page, rendered.
    if (run.figures.isEmpty() && !read.firstPage.isNull())
        attach(png(read.firstPage), QStringLiteral("image/png"), QStringLiteral("First page"));
}

void FulltextService::nextFigure()
{
    Run &run = *m_run;
    if (run.cancelled || run.figures.isEmpty()) {
        endEntry();
        nextEntry();
        return;
    }
    run.operation = m_client->fetchImage(run.figures.first().first);
}

void FulltextService::onImage(quint64 operation, const FulltextClient::Image &image)
{
    if (!m_run || operation != m_run->operation)
        return;
    m_run->operation = 0;
    const QString caption = m_run->figures.takeFirst().second;
    if (image.ok()) {
        attach(image.data, image.mimeType, caption);
    } else {
        if (image.failure == FulltextClient::Failure::Cancelled)
            m_run->cancelled = true;
        m_run->current.message += QStringLiteral("; a figure was not fetched: ") + image.problem;
    }
    nextFigure();
}

void FulltextService::attach(const QByteArray &data, const QString &mimeType, const QString &caption)
{
    Run &run = *m_run;
    QString error;
    const qint64 id = run.target->addFigure(run.current.position, data, mimeType, caption, &error);
    if (id == 0) {
        run.current.message += QStringLiteral("; a figure was not stored: ") + error;
        return;
    }
    run.current.figureIds.append(id);
}

void FulltextService::endEntry()
{
    Run &run = *m_run;
    EntryReport &report = run.current;
    if (!report.figureIds.isEmpty())
        report.message += report.figureIds.size() == 1
                              ? QStringLiteral("; 1 figure attached")
                              : QStringLiteral("; %1 figures attached").arg(report.figureIds.size());
    run.report.entries.append(report);
    ++run.index;
    Q_EMIT entryDone(report);
    Q_EMIT progress(run.index, run.positions.size(), report.words());
}

void FulltextService::endRun()
{
    if (!m_run)
        return;
    const std::unique_ptr<Run> run = std::move(m_run);
    run->report.cancelled = run->cancelled;
    Q_EMIT finished(run->report);
}

} // namespace DigestStudio
