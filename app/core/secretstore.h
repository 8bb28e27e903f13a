// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/result.h"

#include <QFuture>
#include <QString>

namespace CareDesk {

/// Where tokens and passwords live: the operating system's keychain, never the database,
/// settings or logs. Every call answers asynchronously; a missing entry reads as an empty
/// string (not an error); a keychain that cannot be reached is an ErrorCode::Unavailable error
/// with a sentence the user can act on, and nothing is written anywhere else.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    /// Reads the secret stored under key; an empty string when there is none.
    virtual QFuture<Result<QString>> read(const QString &key) = 0;
    /// Writes (or replaces) the secret under key.
    virtual QFuture<Result<Done>> write(const QString &key, const QString &secret) = 0;
    /// Deletes the secret under key; deleting a missing entry succeeds.
    virtual QFuture<Result<Done>> remove(const QString &key) = 0;
};

} // namespace CareDesk
