// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/secretstore.h"

#include <QFuture>
#include <QHash>

namespace CareDesk::Test {

/// A SecretStore in memory, for unit tests of code that reads tokens (the keychain itself is
/// tested against a real Secret Service in tst_keychainsecretstore).
class MemorySecretStore final : public SecretStore
{
public:
    QFuture<Result<QString>> read(const QString &key) override
    {
        ++reads;
        return QtFuture::makeReadyFuture(Result<QString>(m_secrets.value(key)));
    }
    QFuture<Result<Done>> write(const QString &key, const QString &secret) override
    {
        m_secrets.insert(key, secret);
        return QtFuture::makeReadyFuture(Result<Done>(Done {}));
    }
    QFuture<Result<Done>> remove(const QString &key) override
    {
        m_secrets.remove(key);
        return QtFuture::makeReadyFuture(Result<Done>(Done {}));
    }
    int reads = 0;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace CareDesk::Test
