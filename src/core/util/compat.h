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
// Poppler's Qt binding likewise (`#include DIGEST_POPPLER_HEADER`).
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#define DIGEST_POPPLER_HEADER <poppler-qt6.h>
#else
#define DIGEST_POPPLER_HEADER <poppler-qt5.h>
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

// A NULL number for a SQL bind value.
inline QVariant nullDouble()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QVariant(QMetaType(QMetaType::Double));
#else
    return QVariant(QVariant::Double);
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

#include <QList>

#include <memory>
#include <vector>

namespace DigestStudio::Compat {

// Poppler's Qt 5 binding hands out raw pointers that the caller owns, its Qt 6 binding std::unique_ptr: both
// become std::unique_ptr (Document, Page, and the TextBox list of a page).
template<typename T>
std::unique_ptr<T> owned(T *object)
{
    return std::unique_ptr<T>(object);
}

template<typename T>
std::unique_ptr<T> owned(std::unique_ptr<T> object)
{
    return object;
}

template<typename T>
std::vector<std::unique_ptr<T>> owned(const QList<T *> &objects)
{
    std::vector<std::unique_ptr<T>> out;
    out.reserve(static_cast<size_t>(objects.size()));
    for (T *object : objects)
        out.emplace_back(object);
    return out;
}

template<typename T>
std::vector<std::unique_ptr<T>> owned(std::vector<std::unique_ptr<T>> objects)
{
    return objects;
}

} // namespace DigestStudio::Compat
