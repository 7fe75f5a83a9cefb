// The export formats by id (text, weibo, wechat, markdown): the GUI and digestctl list and pick them here.
#pragma once

#include "formats/digestexporter.h"

#include <QStringList>
#include <QVector>

#include <memory>
#include <vector>

namespace DigestStudio {

class FormatRegistry final
{
public:
    // The registry with the four built-in formats.
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

    // `01-2210.06441.png`: the file name of an entry's figure exported beside the post (`/` in old-style ids
    // becomes `_`).
    static QString figureFileName(int position, const QString &arxivId, const QString &suffix);

private:
    std::vector<std::unique_ptr<DigestExporter>> m_formats;
};

} // namespace DigestStudio
