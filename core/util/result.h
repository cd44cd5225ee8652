#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace bd {

// What kind of thing went wrong, so a caller can choose what to offer without reading the
// words (or looking at the file again). Most errors are Other: the message says it all.
enum class ErrorCode {
    Other,
    NotFound, // the file or record does not exist
    Invalid, // the input breaks a rule; the message names the record and field
    Damaged, // the file is not sound: a backup may help
    NewerSchema, // written by a newer BoardDesk
    NotOurs, // another program's file
    Locked, // another program holds it, or is writing to it
    ReadOnly, // it cannot be written to
    DiskFull,
    ForeignLog, // a -wal file beside the database that is not its own
    HardLinked, // the file has more than one name, so no one lock can guard it
};

// What went wrong, in words a user can act on: it names the file, record or field at fault.
// Error{message} still makes an error of code Other.
struct Error {
    QString message;
    ErrorCode code = ErrorCode::Other;
};

// A value or an Error. Core returns these; only the ui turns an Error into a dialog.
template<typename T = void> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }
    ErrorCode errorCode() const { return ok() ? ErrorCode::Other : error().code; }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }
    ErrorCode errorCode() const { return ok() ? ErrorCode::Other : m_error->code; }

private:
    std::optional<Error> m_error;
};

} // namespace bd
