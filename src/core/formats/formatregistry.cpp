#include "formats/formatregistry.h"

#include "formats/imageexporter.h"
#include "formats/markdownexporter.h"
#include "formats/textexporter.h"
#include "formats/textimporter.h"
#include "formats/wechatexporter.h"
#include "formats/weiboexporter.h"

#include <QFileInfo>

namespace DigestStudio {

FormatRegistry::FormatRegistry()
{
    add(std::make_unique<TextExporter>());
    add(std::make_unique<WeiboExporter>());
    add(std::make_unique<WeChatExporter>());
    add(std::make_unique<MarkdownExporter>());
    add(std::make_unique<ImageExporter>());
    addImporter(std::make_unique<TextImporter>());
}

FormatRegistry::~FormatRegistry() = default;

const FormatRegistry &FormatRegistry::instance()
{
    static const FormatRegistry registry;
    return registry;
}

void FormatRegistry::add(std::unique_ptr<DigestExporter> exporter)
{
    for (auto &existing : m_formats) {
        if (existing->id() == exporter->id()) {
            existing = std::move(exporter);
            return;
        }
    }
    m_formats.push_back(std::move(exporter));
}

QStringList FormatRegistry::ids() const
{
    QStringList ids;
    for (const auto &format : m_formats)
        ids.append(format->id());
    return ids;
}

QVector<const DigestExporter *> FormatRegistry::formats() const
{
    QVector<const DigestExporter *> formats;
    for (const auto &format : m_formats)
        formats.append(format.get());
    return formats;
}

const DigestExporter *FormatRegistry::format(const QString &id) const
{
    for (const auto &format : m_formats) {
        if (format->id() == id)
            return format.get();
    }
    return nullptr;
}

void FormatRegistry::addImporter(std::unique_ptr<PostImporter> importer)
{
    for (auto &existing : m_importers) {
        if (existing->id() == importer->id()) {
            existing = std::move(importer);
            return;
        }
    }
    m_importers.push_back(std::move(importer));
}

QStringList FormatRegistry::importerIds() const
{
    QStringList ids;
    for (const auto &importer : m_importers)
        ids.append(importer->id());
    return ids;
}

QVector<const PostImporter *> FormatRegistry::importers() const
{
    QVector<const PostImporter *> importers;
    for (const auto &importer : m_importers)
        importers.append(importer.get());
    return importers;
}

const PostImporter *FormatRegistry::importer(const QString &id) const
{
    for (const auto &importer : m_importers) {
        if (importer->id() == id)
            return importer.get();
    }
    return nullptr;
}

const PostImporter *FormatRegistry::importerForFile(const QString &fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const auto &importer : m_importers) {
        if (!suffix.isEmpty() && importer->fileExtensions().contains(suffix))
            return importer.get();
    }
    return m_importers.empty() ? nullptr : m_importers.front().get();
}

QString FormatRegistry::figureFileName(int position, const QString &arxivId, const QString &suffix)
{
    QString id = arxivId;
    id.replace(QLatin1Char('/'), QLatin1Char('_'));
    QString name = QStringLiteral("%1-").arg(position, 2, 10, QLatin1Char('0')) + id;
    if (!suffix.isEmpty())
        name += QLatin1Char('.') + (suffix.startsWith(QLatin1Char('.')) ? suffix.mid(1) : suffix);
    return name;
}

} // namespace DigestStudio
