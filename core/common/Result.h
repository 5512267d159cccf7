#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace minutier {

// Expected failures are values. The UI and the CLI map codes to translated text in one place
// (ui/common/ErrorText, app/cli/CliErrors); `detail` is untranslated and meant for logs and stderr.
enum class ErrorCode {
    InvalidInput, // the user gave something we cannot accept (exit code 2 in the CLI)
    NotFound,
    Conflict,
    Overflow,
    DatabaseUnavailable,
    DatabaseCorrupt,
    DatabaseTooNew,
    Storage,
    Io,
    Network,
    PaymentDeclined,
    PaymentApi,
    Keychain,
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString detail;

    bool isInvalidInput() const noexcept { return code == ErrorCode::InvalidInput; }
};

inline Error makeError(ErrorCode code, QString detail)
{
    return Error { code, std::move(detail) };
}

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const noexcept { return m_value.has_value(); }
    explicit operator bool() const noexcept { return ok(); }

    const T &value() const &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::move(*m_value);
    }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const
    {
        Q_ASSERT(!ok());
        return m_error;
    }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result<void>
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }
    bool ok() const noexcept { return !m_failed; }
    explicit operator bool() const noexcept { return ok(); }
    const Error &error() const
    {
        Q_ASSERT(m_failed);
        return m_error;
    }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace minutier
