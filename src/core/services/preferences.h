// The saved preferences both faces read beside the launch settings: export options, header templates, the tag
// table, check settings and entry defaults; each the saved value, else the default of SettingsKeys.
#pragma once

#include "arxiv/entrydefaults.h"
#include "checks/checkcontext.h"
#include "formats/exportoptions.h"
#include "model/digest.h"
#include "model/tagtable.h"

class QSettings;

namespace DigestStudio {

class Preferences final
{
public:
    // The tag table with the overrides stored under TagTable/ (names, mapping, colours).
    static TagTable tagTable(const QSettings &settings);
    static void saveTagTable(const TagTable &table, QSettings &settings);

    // The options stored under Export/, Image/, Weibo/ and WeChat/, with the tag table.
    static ExportOptions exportOptions(const QSettings &settings);
    static void saveExportOptions(const ExportOptions &options, QSettings &settings);

    // Gives a new digest the default header and footer templates stored under Export/ (DefaultLegend ...);
    // a digest then keeps and edits its own copies.
    static void applyDefaultTemplates(Digest *digest, const QSettings &settings);

    // The house-style switches and the rules turned off under Checks/.
    static CheckSettings checkSettings(const QSettings &settings);

    // The tag table and both author numbers stored under Entry/.
    static EntryDefaults entryDefaults(const QSettings &settings);
};

} // namespace DigestStudio
