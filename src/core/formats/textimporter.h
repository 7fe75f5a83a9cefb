// The plain-text post of docs/format.md read back (what TextExporter writes and WeChat/Weibo posts carry),
// through DigestImporter.
#pragma once

#include "formats/postimporter.h"

namespace DigestStudio {

class TextImporter final : public PostImporter
{
public:
    QString id() const override { return QStringLiteral("text"); }
    QString name() const override;
    QStringList fileExtensions() const override { return {QStringLiteral("txt")}; }

    ImportResult read(const QByteArray &bytes) const override;
};

} // namespace DigestStudio
