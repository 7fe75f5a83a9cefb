// DeepL's /v2/translate (target ZH-HANS, optional glossary): the title and abstract translated, the short
// title derived by the digest's rule. Math placeholders travel as XML tags DeepL leaves alone.
#pragma once

#include "drafting/draftprovider.h"

namespace DigestStudio {

class DeepLProvider final : public DraftProvider
{
public:
    QString id() const override { return QStringLiteral("deepl"); }
    QString name() const override { return QStringLiteral("DeepL"); }
    QString problem(const DraftSettings &settings) const override;
    DraftRequest request(const DraftSettings &settings, const DraftInput &input) const override;
    std::unique_ptr<DraftAnswerReader> reader() const override;
    bool streams() const override { return false; }

    // Placeholders `⟦M1⟧` as `<m i="1"/>`, the rest XML-escaped; and back.
    static QString toXml(const QString &masked);
    static QString fromXml(const QString &xml);
};

} // namespace DigestStudio
