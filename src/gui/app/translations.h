// Loads the UI translation (ours and Qt's own) for a language, e.g. when the system locale is zh_CN.
#pragma once

#include <QObject>
#include <QString>

class QCoreApplication;

namespace DigestStudio {

class Translations final
{
public:
    // `language` like "zh_CN"; empty means the system locale. Returns the language installed ("en" when
    // none).
    static QString install(QCoreApplication *app, const QString &language = QString());
};

} // namespace DigestStudio
