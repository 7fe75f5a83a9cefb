// Every settings key of the application, typed, with its default (Tiled's Preference<T> idea).
#pragma once

#include "settingskey.h"

#include <QByteArray>
#include <QStringList>

namespace DigestStudio::SettingsKeys {

// Window
inline const SettingsKey<QByteArray> MainWindowGeometry{"MainWindow/geometry", QByteArray()};
inline const SettingsKey<QByteArray> MainWindowState{"MainWindow/state", QByteArray()};

// Interface
inline const SettingsKey<QString> InterfaceLanguage{"Interface/language", QString()}; // empty: the system's

// Library
inline const SettingsKey<QString> LibraryLocation{"Library/location", QString()}; // empty: the default file

// Workspace: the paper list, the entry editor, spelling and autosave (issue 5)
inline const SettingsKey<QByteArray> WorkspaceEditorSplitter{"Workspace/editorSplitter", QByteArray()};
inline const SettingsKey<QByteArray> WorkspacePaperListHeader{"Workspace/paperListHeader", QByteArray()};
inline const SettingsKey<bool> WorkspaceSpellCheck{"Workspace/spellCheck", true};
// Hunspell dictionary, the path without .aff/.dic.
inline const SettingsKey<QString> WorkspaceSpellDictionary{"Workspace/spellDictionary",
                                                           QStringLiteral("/usr/share/hunspell/en_US")};
// Autosave runs this long after the last keystroke (the design allows at most a second).
inline const SettingsKey<int> WorkspaceAutosaveDelayMs{"Workspace/autosaveDelayMs", 700};

} // namespace DigestStudio::SettingsKeys
