// The one place where Qt 5.15 and Qt 6 differ for this project.
#pragma once

#include <QLibraryInfo>
#include <QTextStream>
#include <QVariant>
#include <QtGlobal>

// QtKeychain names its header folder after the Qt major version (`#include DIGEST_QTKEYCHAIN_HEADER`).
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#define DIGEST_QTKEYCHAIN_HEADER <qt6keychain/keychain.h>
#else
#define DIGEST_QTKEYCHAIN_HEADER <qt5keychain/keychain.h>
#endif

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <QStringConverter>
#include <QStringDecoder>
#else
#include <QTextCodec>
#endif

namespace DigestStudio::Compat {

inline QString translationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

// Qt 5 streams default to the locale's codec; everything this project reads and writes is UTF-8.
inline void setUtf8(QTextStream &stream)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    stream.setEncoding(QStringConverter::Utf8);
#else
    stream.setCodec("UTF-8");
#endif
}

// Decodes UTF-8 strictly: false when `bytes` hold an invalid sequence (the text is still set, with U+FFFD).
inline bool decodeUtf8(const QByteArray &bytes, QString *text)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
#else
    QTextCodec::ConverterState state;
    *text = QTextCodec::codecForName("UTF-8")->toUnicode(bytes.constData(), bytes.size(), &state);
    return state.invalidChars == 0;
#endif
}

// A NULL text for a SQL bind value (Qt 6 binds a null QString as an empty text).
inline QVariant nullText()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QVariant(QMetaType(QMetaType::QString));
#else
    return QVariant(QVariant::String);
#endif
}

// The type id of a QVariant's value, as an int comparable with QMetaType::Type.
template<typename Variant>
inline int variantTypeId(const Variant &value)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return value.typeId();
#else
    return static_cast<int>(value.type());
#endif
}

} // namespace DigestStudio::Compat

// Event positions: Qt 6 has position(), Qt 5.15 pos()/posF().
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#define DIGEST_EVENT_POS(event) ((event)->position().toPoint())
#else
#define DIGEST_EVENT_POS(event) ((event)->pos())
#endif
