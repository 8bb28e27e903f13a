// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/databaseworker.h"

#include <QMetaObject>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

DatabaseWorker::DatabaseWorker(const DatabaseConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_thread.setObjectName(u"caredesk-db"_s);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    // The connection must be closed on the thread that opened it.
    connect(&m_thread, &QThread::finished, m_context, [this] {
        m_database.reset();
        delete m_context;
        m_context = nullptr;
    }, Qt::DirectConnection);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    m_thread.quit();
    m_thread.wait();
}

void DatabaseWorker::post(Job job)
{
    QMetaObject::invokeMethod(m_context, [this, job = std::move(job)] {
        if (!m_database) {
            Result<std::unique_ptr<Database>> opened =
                Database::open(m_config, Database::OpenMode::Existing);
            if (!opened.ok()) {
                job(nullptr, opened.error());
                return;
            }
            m_database = std::move(opened.value());
        }
        job(m_database.get(), Error::none());
    }, Qt::QueuedConnection);
}

} // namespace CareDesk
