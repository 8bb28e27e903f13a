// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/secretstore.h"

#include <QObject>
#include <QPromise>
#include <QString>

#include <deque>
#include <memory>
#include <optional>

namespace QKeychain {
class Job;
}

namespace CareDesk {

/// SecretStore on the operating system's keychain through QtKeychain (the Secret Service on
/// Linux, Keychain on macOS, Credential Manager on Windows). Requests run one QtKeychain job at a
/// time, in the order they were made; the plain-text fallback stays off, so a missing keychain is
/// an ErrorCode::Unavailable error and never a file. Lives on the thread that created it, which
/// must run an event loop.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    /// service names the entries in the keychain (the Secret Service "service" attribute).
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    /// Requests still waiting or running finish with an ErrorCode::Unavailable error.
    ~KeychainSecretStore() override;

    QFuture<Result<QString>> read(const QString &key) override;
    QFuture<Result<Done>> write(const QString &key, const QString &secret) override;
    QFuture<Result<Done>> remove(const QString &key) override;

private:
    enum class Operation { Read, Write, Remove };

    struct Request {
        Operation operation = Operation::Read;
        QString key;
        QString secret;
        // Exactly one is set: the read promise for Operation::Read, the other for the rest.
        std::shared_ptr<QPromise<Result<QString>>> readPromise;
        std::shared_ptr<QPromise<Result<Done>>> donePromise;
    };

    void enqueue(Request request);
    void scheduleNext();
    void startNext();
    void onJobFinished(QKeychain::Job *job);
    /// keychainError is a QKeychain::Error; an int keeps QtKeychain out of this header.
    static Error errorFor(Operation operation, int keychainError, const QString &detail);
    static void complete(Request &request, const Error &error, const QString &value = {});

    QString m_service;
    std::deque<Request> m_queue;
    std::optional<Request> m_running;
    bool m_scheduled = false;
};

} // namespace CareDesk
