#include "app/translations.h"

#include "util/compat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace DigestStudio {

QString Translations::install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Ours are compiled into the binary (translations.qrc); Qt's come from the system's Qt translations
    // folder.
    auto *ours = new QTranslator(app);
    if (!ours->load(locale, QStringLiteral("digest-studio"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), Compat::translationsPath()))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale.name();
}

} // namespace DigestStudio
