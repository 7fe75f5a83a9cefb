// A typed QSettings key: its name and default in one place, read and written with the right type.
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <utility>

namespace DigestStudio {

template<typename T>
class SettingsKey final
{
public:
    SettingsKey(const char *name, T defaultValue)
        : m_name(QString::fromLatin1(name))
        , m_default(std::move(defaultValue))
    {}

    QString name() const { return m_name; }
    T defaultValue() const { return m_default; }

    T value(const QSettings &settings) const
    {
        const QVariant v = settings.value(m_name);
        return v.isValid() && v.template canConvert<T>() ? v.template value<T>() : m_default;
    }
    T value() const { return value(QSettings()); }

    void setValue(QSettings &settings, const T &value) const
    {
        settings.setValue(m_name, QVariant::fromValue(value));
    }
    void setValue(const T &value) const
    {
        QSettings settings;
        setValue(settings, value);
    }
    void reset(QSettings &settings) const { settings.remove(m_name); }

private:
    QString m_name;
    T m_default;
};

} // namespace DigestStudio
