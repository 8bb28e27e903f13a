// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/keychainsecretstore.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

KeychainSecretStore::~KeychainSecretStore()
{
    // A running job is left to finish and delete itself: its finished() connection dies with
    // this object, and deleting a job while its D-Bus call is pending is not safe.
    const Error closed { ErrorCode::Unavailable,
        tr("The request to the system keychain was cancelled because CareDesk closed the "
           "secret store.") };
    if (m_running)
        complete(*m_running, closed);
    for (Request &request : m_queue)
        complete(request, closed);
}

QFuture<Result<QString>> KeychainSecretStore::read(const QString &key)
{
    Request request;
    request.operation = Operation::Read;
    request.key = key;
    request.readPromise = std::make_shared<QPromise<Result<QString>>>();
    request.readPromise->start();
    QFuture<Result<QString>> future = request.readPromise->future();
    enqueue(std::move(request));
    return future;
}

QFuture<Result<Done>> KeychainSecretStore::write(const QString &key, const QString &secret)
{
    Request request;
    request.operation = Operation::Write;
    request.key = key;
    request.secret = secret;
    request.donePromise = std::make_shared<QPromise<Result<Done>>>();
    request.donePromise->start();
    QFuture<Result<Done>> future = request.donePromise->future();
    enqueue(std::move(request));
    return future;
}

QFuture<Result<Done>> KeychainSecretStore::remove(const QString &key)
{
    Request request;
    request.operation = Operation::Remove;
    request.key = key;
    request.donePromise = std::make_shared<QPromise<Result<Done>>>();
    request.donePromise->start();
    QFuture<Result<Done>> future = request.donePromise->future();
    enqueue(std::move(request));
    return future;
}

void KeychainSecretStore::enqueue(Request request)
{
    m_queue.push_back(std::move(request));
    scheduleNext();
}

void KeychainSecretStore::scheduleNext()
{
    // One job at a time, started from the event loop: never from inside a caller's stack or a
    // job's finished() signal, where QtKeychain is still tearing the previous job down.
    if (m_running || m_scheduled || m_queue.empty())
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &KeychainSecretStore::startNext);
}

void KeychainSecretStore::startNext()
{
    m_scheduled = false;
    if (m_running || m_queue.empty())
        return;
    m_running = std::move(m_queue.front());
    m_queue.pop_front();

    QKeychain::Job *job = nullptr;
    switch (m_running->operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(m_running->secret);
        // The job holds its own copy now; do not keep a second one around.
        m_running->secret.clear();
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent: the job deletes itself after finished(), even if this store is gone by then.
    job->setAutoDelete(true);
    // Without a keychain QtKeychain would otherwise write the secret to a plain-text QSettings
    // file; a token must never land on disk unencrypted.
    job->setInsecureFallback(false);
    job->setKey(m_running->key);
    connect(job, &QKeychain::Job::finished, this, &KeychainSecretStore::onJobFinished);
    job->start();
}

void KeychainSecretStore::onJobFinished(QKeychain::Job *job)
{
    if (!m_running)
        return;
    Request request = std::move(*m_running);
    m_running.reset();

    const QKeychain::Error code = job->error();
    switch (request.operation) {
    case Operation::Read:
        if (code == QKeychain::NoError) {
            const auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job);
            complete(request, Error::none(), readJob ? readJob->textData() : QString());
        } else if (code == QKeychain::EntryNotFound) {
            complete(request, Error::none());
        } else {
            complete(request, errorFor(request.operation, code, job->errorString()));
        }
        break;
    case Operation::Write:
        if (code == QKeychain::NoError)
            complete(request, Error::none());
        else
            complete(request, errorFor(request.operation, code, job->errorString()));
        break;
    case Operation::Remove:
        if (code == QKeychain::NoError || code == QKeychain::EntryNotFound)
            complete(request, Error::none());
        else
            complete(request, errorFor(request.operation, code, job->errorString()));
        break;
    }
    scheduleNext();
}

Error KeychainSecretStore::errorFor(Operation operation, int keychainError, const QString &detail)
{
    QString what;
    switch (operation) {
    case Operation::Read:
        what = tr("CareDesk could not read a password or token from the system keychain.");
        break;
    case Operation::Write:
        what = tr("CareDesk could not save a password or token in the system keychain.");
        break;
    case Operation::Remove:
        what = tr("CareDesk could not delete a password or token from the system keychain.");
        break;
    }

    // The backend's own words (libsecret, D-Bus or KWallet), placed inside our sentence.
    QString reported = detail.trimmed();
    while (reported.endsWith(u'.'))
        reported.chop(1);
    if (reported.isEmpty())
        reported = tr("no details");
    QString why;
    switch (keychainError) {
    case QKeychain::NoBackendAvailable:
        why = tr("No keychain service such as GNOME Keyring or KWallet is running; start one and "
                 "try again (%1).")
                  .arg(reported);
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        why = tr("The keychain refused access; unlock it and allow CareDesk, then try again (%1).")
                  .arg(reported);
        break;
    case QKeychain::NotImplemented:
        why = tr("This keychain does not support the operation (%1).").arg(reported);
        break;
    default:
        why = tr("The keychain service could not be reached or reported an error: %1. Check that "
                 "GNOME Keyring or KWallet is running and unlocked.")
                  .arg(reported);
        break;
    }
    return { ErrorCode::Unavailable, what + u' ' + why };
}

void KeychainSecretStore::complete(Request &request, const Error &error, const QString &value)
{
    if (request.readPromise) {
        if (error.isError())
            request.readPromise->addResult(Result<QString>(error));
        else
            request.readPromise->addResult(Result<QString>(value));
        request.readPromise->finish();
        request.readPromise.reset();
    }
    if (request.donePromise) {
        if (error.isError())
            request.donePromise->addResult(Result<Done>(error));
        else
            request.donePromise->addResult(Result<Done>(Done {}));
        request.donePromise->finish();
        request.donePromise.reset();
    }
}

} // namespace CareDesk
