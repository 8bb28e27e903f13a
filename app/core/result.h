// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace CareDesk {

/// Why an operation failed. The CLI maps these to its exit codes (ARCHITECTURE.md).
enum class ErrorCode {
    None,
    Invalid, ///< bad arguments or input (exit 2)
    NotFound, ///< (exit 3)
    Conflict, ///< a claim lost, a case changed since it was read (exit 4)
    Unavailable, ///< database, keychain or network cannot be reached (exit 5)
    Corrupt, ///< the file is not a CareDesk workspace or is damaged (exit 5)
    Locked, ///< another process holds the workspace (exit 5)
    Internal, ///< anything else (exit 1)
};

/// One clear sentence for the user, plus the code programs act on.
struct Error {
    ErrorCode code = ErrorCode::None;
    QString message;

    bool isError() const { return code != ErrorCode::None; }
    static Error none() { return {}; }
};

/// A value or an error; futures from repositories carry these instead of throwing.
template<typename T>
class Result
{
public:
    Result() = default;
    Result(T value) // NOLINT(google-explicit-constructor): returning a value is the common path
        : m_value(std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.isError() && m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// For operations that return nothing but can fail.
struct Done {
};

} // namespace CareDesk
