// Edits a digest's header and footer texts (legend, attribution, summary label, footer), and optionally makes
// them the defaults for new digests.
#pragma once

#include "model/digest.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DigestHeaderDialog;
}

namespace DigestStudio {

class DigestHeaderDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DigestHeaderDialog(const Digest &digest, QWidget *parent = nullptr);
    ~DigestHeaderDialog() override;

    // The digest with the texts as edited (entries untouched).
    Digest result() const;
    bool useAsDefaults() const;
    // Stores the edited texts as the defaults for new digests (Export/default* settings).
    void saveDefaults() const;

private:
    std::unique_ptr<Ui::DigestHeaderDialog> m_ui;
    Digest m_digest;
};

} // namespace DigestStudio
