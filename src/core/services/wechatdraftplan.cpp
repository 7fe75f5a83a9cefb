#include "services/wechatdraftplan.h"

#include "checks/checkcontext.h"
#include "checks/checkregistry.h"
#include "checks/proposedentries.h"
#include "checks/untoucheddrafts.h"
#include "formats/wechatexporter.h"
#include "publishing/titlecard.h"
#include "services/digestchecks.h"
#include "services/preferences.h"
#include "storage/library.h"
#include "util/boundedfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace DigestStudio {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DigestStudio::WeChatDraftPlan", text);
}

} // namespace

QString WeChatDraftPlan::defaultTitle(const Digest &digest)
{
    if (!digest.title().trimmed().isEmpty())
        return digest.title().trimmed();
    return QStringLiteral("arXiv 每日速递 ") + digest.date().toString(Qt::ISODate);
}

QString WeChatDraftPlan::defaultSummary(const Digest &digest)
{
    const QString titles = digest.summaryText();
    if (titles.isEmpty())
        return QString();
    const QString label =
        digest.summaryLabel().isEmpty() ? Digest::defaultSummaryLabel() : digest.summaryLabel();
    const QString line = label + titles;
    const QString whole = WeChatArticle::shortened(line, WeChatArticle::MaxDigest);
    if (WeChatArticle::length(line.simplified()) <= WeChatArticle::MaxDigest)
        return whole;
    // Too long: whole short titles while they fit, then "…"; a cut inside the line could leave "、…".
    QString shown;
    for (const QString &title : titles.split(QChar(0x3001))) {
        const QString longer = (shown.isEmpty() ? label : QString(shown + QChar(0x3001))) + title;
        if (WeChatArticle::length(longer.simplified()) + 1 > WeChatArticle::MaxDigest)
            break;
        shown = longer;
    }
    return shown.isEmpty() ? whole : shown.simplified() + QChar(0x2026);
}

WeChatDraftPlan WeChatDraftPlan::build(Library *library, const WeChatPublishRequest &request,
                                       const ExportOptions &options)
{
    WeChatDraftPlan plan;
    plan.options = options;
    CheckSettings checkSettings = Preferences::checkSettings(QSettings());
    if (request.includeProposed)
        checkSettings.disabledRules.append(ProposedEntries::ruleId());
    if (request.withOpenComments)
        checkSettings.disabledRules.append(QStringLiteral("unresolved-comment"));
    LibraryError error;
    if (!library->loadDigest(request.digestId, &plan.digest, &error)) {
        plan.problems.append(error.message);
        return plan;
    }
    const QVector<Finding> findings =
        CheckRegistry::instance().run(DigestChecks::context(library, plan.digest, checkSettings));
    for (const Finding &f : findings) {
        if (f.severity == Finding::Severity::Error)
            plan.problems.append(tr("Pre-flight check: %1").arg(f.toText()));
    }
    const QString untouched = UntouchedDrafts::warning(plan.digest, checkSettings);
    if (!untouched.isEmpty())
        plan.warnings.append(untouched);
    plan.article.title =
        request.title.trimmed().isEmpty() ? defaultTitle(plan.digest) : request.title.trimmed();
    plan.article.author = request.author.trimmed();
    plan.article.digest = request.summary.isNull() ? defaultSummary(plan.digest) : request.summary.trimmed();
    plan.article.openComment = request.openComment;
    plan.article.contentSourceUrl = request.sourceUrl.trimmed();
    plan.problems += plan.article.problems(false);
    plan.collectFigures(library);
    plan.prepareCover(request, library);

    // The content with a stand-in URL per figure: its limits are known before anything is sent.
    QHash<QByteArray, QString> standIns;
    for (const Figure &figure : plan.figures)
        standIns.insert(figure.hash, QStringLiteral("http://mmbiz.qpic.cn/mmbiz_jpg/placeholder/0"));
    WeChatArticle probe = plan.article;
    probe.content = plan.render(standIns);
    for (const QString &problem : probe.problems(true)) {
        if (!plan.problems.contains(problem))
            plan.problems.append(problem);
    }
    return plan;
}

void WeChatDraftPlan::collectFigures(Library *library)
{
    QHash<QByteArray, int> seen;
    for (int e = 0; e < digest.entries().size(); ++e) {
        const DigestEntry &entry = digest.entries().at(e);
        LibraryError error;
        const QVector<EntryImage> images = library->images(entry.id(), &error);
        if (error.isError()) {
            problems.append(error.message);
            continue;
        }
        for (const EntryImage &stored : images) {
            const QByteArray hash = QCryptographicHash::hash(stored.data, QCryptographicHash::Sha256);
            entryFigures[entry.id()].append(hash);
            if (seen.contains(hash))
                continue;
            Figure figure;
            figure.imageId = stored.id;
            figure.hash = hash;
            figure.image = WeChatImage::prepare(stored.data,
                                                tr("Figure %1 of entry %2").arg(stored.position).arg(e + 1));
            if (!figure.image.error.isEmpty())
                problems.append(figure.image.error);
            if (!figure.image.note.isEmpty())
                notes.append(figure.image.note);
            seen.insert(hash, static_cast<int>(figures.size()));
            figures.append(figure);
        }
    }
}

void WeChatDraftPlan::prepareCover(const WeChatPublishRequest &request, Library *library)
{
    switch (request.cover) {
    case WeChatPublishRequest::Cover::File: {
        const QString what = tr("The cover %1").arg(QFileInfo(request.coverFile).fileName());
        QByteArray bytes;
        QString error;
        if (!BoundedFile::read(request.coverFile, MaxCoverFileBytes, &bytes, &error)) {
            problems.append(tr("The cover: %1").arg(error));
            return;
        }
        cover = WeChatImage::prepare(bytes, what);
        break;
    }
    case WeChatPublishRequest::Cover::Figure: {
        for (const DigestEntry &entry : digest.entries()) {
            for (const EntryImage &stored : library->images(entry.id())) {
                if (stored.id == request.coverImageId)
                    cover = WeChatImage::prepare(stored.data, tr("The cover figure"));
            }
        }
        if (cover.data.isEmpty() && cover.error.isEmpty())
            cover.error = tr("The chosen cover figure is not a figure of this digest.");
        break;
    }
    case WeChatPublishRequest::Cover::TitleCard:
        if (!TitleCard::canRender()) {
            cover.error = tr("The title card cannot be drawn here; give a cover file.");
            break;
        }
        cover = WeChatImage::fromImage(TitleCard::render(digest, article.title, options.tagTable),
                                       tr("The title card"));
        break;
    }
    if (!cover.error.isEmpty())
        problems.append(cover.error);
    if (!cover.note.isEmpty())
        notes.append(cover.note);
}

QString WeChatDraftPlan::render(const QHash<QByteArray, QString> &urls) const
{
    ExportOptions withFigures = options;
    withFigures.wechatFigureUrls.clear();
    for (auto it = entryFigures.constBegin(); it != entryFigures.constEnd(); ++it) {
        QStringList list;
        for (const QByteArray &hash : it.value()) {
            const QString url = urls.value(hash);
            if (!url.isEmpty())
                list.append(url);
        }
        if (!list.isEmpty())
            withFigures.wechatFigureUrls.insert(it.key(), list);
    }
    return WeChatExporter().render(digest, withFigures).text;
}

} // namespace DigestStudio
