#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace campagna {

// The error half of a Result: a translated, human-readable message plus a
// machine-readable code that callers (campagnactl's exit codes, the console's
// dialogs) can switch on.
struct Error
{
    enum class Code {
        Failed,         // the operation ran and failed
        Usage,          // bad input or configuration: refused before doing anything
        Connection,     // the database could not be reached or opened
        Authentication, // the server wants a password: none was given, or it was wrong
        SchemaTooNew,
        LeaseHeld, // another owner is running the workflow
        Forbidden, // the operator may not do this
        NotFound,
        Transient, // retrying may succeed (connection lost, busy database)
        Cancelled,
    };

    Code code = Code::Failed;
    QString message;
};

// A value or an Error. Core APIs return this instead of throwing; see
// STYLE.md ("Errors").
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }
    Error::Code errorCode() const { return m_error.code; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }

    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }
    Error::Code errorCode() const { return m_error.code; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error makeError(Error::Code code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace campagna
