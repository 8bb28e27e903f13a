// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/teamconnectdesk.h"

#include "app/core/futures.h"
#include "app/runtime/teamcredentials.h"
#include "app/storage/keychainsecretstore.h"
#include "ui/mainwindow.h"
#include "ui/teamconnectdialog.h"

#include <QAction>
#include <QMenu>
#include <QPromise>
#include <QSettings>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

TeamConnectDesk::TeamConnectDesk(SecretStore *secrets, QObject *parent)
    : QObject(parent)
{
    if (!secrets) {
        m_keychain = std::make_unique<KeychainSecretStore>(TeamCredentials::secretService());
        secrets = m_keychain.get();
    }
    m_secrets = secrets;
}

TeamConnectDesk::~TeamConnectDesk()
{
    delete m_dialog.data();
}

void TeamConnectDesk::addActions(MainWindow &window)
{
    auto *action = new QAction(tr("Connect to &Team Workspace…"), &window);
    action->setObjectName(u"teamConnectAction"_s);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    action->setStatusTip(tr("Work with your team on a shared PostgreSQL database"));
    connect(action, &QAction::triggered, this, [this, &window] {
        QSettings settings;
        DatabaseConfig last;
        if (Result<DatabaseConfig> remembered
            = DatabaseConfig::fromUrl(TeamCredentials::rememberedUrl(settings));
            remembered.ok())
            last = remembered.value();
        ask(last, QString(), &window);
    });
    window.menu(MainWindow::Menu::File)->addAction(action);
}

DatabaseConfig TeamConnectDesk::configFor(const TeamConnection &connection)
{
    DatabaseConfig config;
    config.kind = DatabaseConfig::Kind::Postgres;
    config.host = connection.host;
    config.port = connection.port;
    config.databaseName = connection.database;
    config.user = connection.user;
    config.password = connection.password;
    return config;
}

TeamConnectDialog *TeamConnectDesk::ask(
    const DatabaseConfig &config, const QString &message, QWidget *parent)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    const auto test = [](const TeamConnection &connection) {
        const DatabaseConfig config = configFor(connection);
        return QtConcurrent::run([config] { return TeamCredentials::probe(config); });
    };
    m_dialog = new TeamConnectDialog(
        test, [this](const TeamConnection &c) { return connectTo(c); }, parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (config.isPostgres()) {
        TeamConnection c;
        c.host = config.host;
        c.port = config.port;
        c.database = config.databaseName;
        c.user = config.user;
        m_dialog->setConnection(c, message);
    }
    connect(m_dialog, &TeamConnectDialog::connected, this,
        [this](const TeamConnection &c) { Q_EMIT connectRequested(configFor(c)); });
    connect(m_dialog, &QDialog::rejected, this, &TeamConnectDesk::rejected);
    m_dialog->open();
    return m_dialog;
}

QFuture<Result<Done>> TeamConnectDesk::connectTo(const TeamConnection &connection)
{
    auto promise = std::make_shared<QPromise<Result<Done>>>();
    promise->start();
    const auto finish = [promise](const Result<Done> &result) {
        promise->addResult(result);
        promise->finish();
    };
    const DatabaseConfig config = configFor(connection);
    const bool remember = connection.rememberPassword;
    // Nothing is stored before the server accepted the login and the workspace is one.
    QtConcurrent::run([config] { return TeamCredentials::probe(config); })
        .then(QtFuture::Launch::Sync,
            onContext(this, [this, config, remember, finish](const Result<Done> &probed) {
                if (!probed.ok()) {
                    finish(probed);
                    return;
                }
                const QString key = TeamCredentials::passwordKey(config);
                // Not remembering also forgets a password stored before.
                QFuture<Result<Done>> stored = remember && !config.password.isEmpty()
                    ? m_secrets->write(key, config.password)
                    : m_secrets->remove(key);
                stored.then(QtFuture::Launch::Sync,
                    onContext(this, [config, finish](const Result<Done> &written) {
                        if (!written.ok()) {
                            finish(written);
                            return;
                        }
                        QSettings settings;
                        TeamCredentials::remember(settings, config);
                        finish(Done {});
                    }));
            }));
    return promise->future();
}

} // namespace CareDesk
