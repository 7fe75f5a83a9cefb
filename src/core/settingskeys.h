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

} // namespace DigestStudio::SettingsKeys
