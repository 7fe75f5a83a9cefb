// The formats by id, exporters (text, weibo, wechat, markdown, image) and importers (text) side by side, like
// Linguist's loaders and savers: the GUI and digestctl list and pick them here.
#pragma once

#include "formats/digestexporter.h"
#include "formats/postimporter.h"

#include <QStringList>
#include <QVector>

#include <memory>
#include <vector>

namespace DigestStudio {

class FormatRegistry final
{
public:
    // The registry with the five built-in exporters and the built-in importer.
    FormatRegistry();
    ~FormatRegistry();
    FormatRegistry(const FormatRegistry &) = delete;
    FormatRegistry &operator=(const FormatRegistry &) = delete;

    // The application-wide registry.
    static const FormatRegistry &instance();

    // Takes ownership; an exporter with an id already registered replaces it.
    void add(std::unique_ptr<DigestExporter> exporter);

    QStringList ids() const;
    QVector<const DigestExporter *> formats() const;
    // The format with `id`, or nullptr.
    const DigestExporter *format(const QString &id) const;

    // Takes ownership; an importer with an id already registered replaces it.
    void addImporter(std::unique_ptr<PostImporter> importer);

    QStringList importerIds() const;
    QVector<const PostImporter *> importers() const;
    // The importer with `id`, or nullptr.
    const PostImporter *importer(const QString &id) const;
    // The importer for a file: the one whose extension the name has, else the first registered (a post
    // saved under any name is plain text); nullptr when there is none.
    const PostImporter *importerForFile(const QString &fileName) const;

    // `01-2210.06441.png`: the file name of an entry's figure exported beside the post (`/` in old-style ids
    // becomes `_`).
    static QString figureFileName(int position, const QString &arxivId, const QString &suffix);

private:
    std::vector<std::unique_ptr<DigestExporter>> m_formats;
    std::vector<std::unique_ptr<PostImporter>> m_importers;
};

} // namespace DigestStudio
