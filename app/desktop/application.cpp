// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/application.h"

#include "app/desktop/hunspellspellchecker.h"
#include "app/platforms/demo/demolivestream.h"
#include "app/platforms/outboxsender.h"
#include "app/runtime/connectors.h"
#include "app/runtime/workspace.h"
#include "ui/composer.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTranslator>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

Q_LOGGING_CATEGORY(lcDesktop, "caredesk.desktop")

Application::Application(QObject *parent)
    : QObject(parent)
{
}

Application::~Application() = default;

bool Application::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop workstation for social customer care"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(u"workspace"_s, tr("Open the SQLite workspace at PATH."), u"PATH"_s);
    const QCommandLineOption databaseOption(u"database"_s, tr("Open the team workspace at a PostgreSQL URL."),
                                            u"URL"_s);
    parser.addOption(workspaceOption);
    parser.addOption(databaseOption);
    parser.process(arguments);

    Result<DatabaseConfig> config = Workspace::configFor(parser.value(workspaceOption), parser.value(databaseOption));
    if (!config.ok()) {
        showError(config.error().message);
        return false;
    }
    const bool isDefault = !parser.isSet(workspaceOption) && !parser.isSet(databaseOption);
    const DatabaseConfig databaseConfig = config.value();
    auto clock = std::make_shared<SystemClock>();
    // Creating or upgrading the workspace touches the disk: never on the GUI thread.
    auto *watcher = new QFutureWatcher<Result<WorkspaceInfo>>(this);
    connect(watcher, &QFutureWatcher<Result<WorkspaceInfo>>::finished, this, [this, watcher, databaseConfig, clock] {
        watcher->deleteLater();
        const Result<WorkspaceInfo> info = watcher->result();
        if (!info.ok()) {
            showError(info.error().message);
            return;
        }
        m_workspace = std::make_unique<Workspace>(databaseConfig, clock);
        m_window = std::make_unique<MainWindow>(m_workspace->cases(), m_workspace->changeFeed(),
                                                m_workspace->clock(), info.value().name,
                                                &m_workspace->customers());
        // Russian and English in one reply is common; words the agent adds persist per user.
        m_spellChecker = std::make_unique<HunspellSpellChecker>(QStringList { u"en_US"_s, u"ru_RU"_s },
            HunspellSpellChecker::defaultDictionaryDirs(),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/personal.dic"_s);
        // Agent 0: the desktop's single local agent until sign-in exists (caredesk-cli alike).
        m_composer = new Composer(m_workspace->outbox(), m_workspace->drafts(), m_workspace->clock(),
                                  m_spellChecker.get(), 0);
        m_window->setComposer(m_composer);
        m_window->show();
        if (info.value().kind == WorkspaceKind::Demo)
            startLiveTraffic();
        Q_EMIT ready();
    });
    watcher->setFuture(QtConcurrent::run([databaseConfig, clock, isDefault] {
        return Workspace::initialize(databaseConfig, isDefault ? WorkspaceKind::Demo : WorkspaceKind::Standard,
                                     *clock, false);
    }));
    return true;
}

void Application::startLiveTraffic()
{
    Result<Demo::DemoTraffic> traffic = Demo::DemoTraffic::load();
    if (!traffic.ok()) {
        qCWarning(lcDesktop) << traffic.error().message;
        return;
    }
    m_workspace->accounts().list().then(this, [this, traffic = traffic.value()](const Result<QList<Account>> &accounts) {
        if (!accounts.ok()) {
            qCWarning(lcDesktop) << accounts.error().message;
            return;
        }
        QHash<Platform, Id> ids;
        for (const Account &account : accounts.value()) {
            if (account.connector == ConnectorKind::Demo)
                ids.insert(account.platform, account.id);
        }
        if (ids.size() < Demo::DemoTraffic::platforms().size())
            return;
        const Millis now = m_workspace->clock().now();
        m_liveStream = std::make_unique<Demo::DemoLiveStream>(traffic, traffic.plan(now).openThreads, ids,
                                                              m_workspace->clock());
        // New customer messages take the same path as a platform's: the ingest of a batch.
        connect(m_liveStream.get(), &Demo::DemoLiveStream::batchReady, this, [this](const IngestBatch &batch) {
            m_workspace->cases().ingest(batch).then(this, [](const Result<IngestResult> &stored) {
                if (!stored.ok())
                    qCWarning(lcDesktop) << stored.error().message;
            });
        });
        connect(m_window.get(), &MainWindow::liveTrafficPaused, m_liveStream.get(), &Demo::DemoLiveStream::setPaused);
        m_window->setLiveTrafficAvailable(true);
        m_liveStream->start();
        startSender(accounts.value());
    });
}

void Application::startSender(const QList<Account> &accounts)
{
    // Replies queued here or by caredesk-cli on this workspace go out through the outbox.
    m_sender = std::make_unique<OutboxSender>(m_workspace->outbox());
    for (const Account &account : accounts) {
        // Only demo workspaces deliver here so far; live accounts get their network and keychain
        // when the desktop polls them (caredesk-cli sync delivers their replies meanwhile).
        Result<std::shared_ptr<Connector>> connector = Connectors::create(account, LiveConnectorContext {});
        if (!connector.ok())
            continue;
        m_connectors.append(connector.value());
        m_sender->addAccount(account.id, connector.value().get());
        // The composer blocks what the platform would reject: private messages past its window.
        m_composer->setPrivateReplyWindow(account.platform,
                                          connector.value()->capabilities().privateLimits.replyWindow);
    }
    connect(m_sender.get(), &OutboxSender::error, this, [](const QString &message) { qCWarning(lcDesktop) << message; });
    m_sender->start();
}

void Application::showError(const QString &message)
{
    QMessageBox::critical(nullptr, tr("CareDesk"), message);
    Q_EMIT failed(message);
}

int runDesktop(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"CareDesk"_s);
    QApplication::setApplicationName(u"caredesk"_s);
    QApplication::setApplicationDisplayName(u"CareDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(CAREDESK_VERSION " (" CAREDESK_COMMIT ")"));
    QTranslator translator;
    if (translator.load(QLocale(), u"caredesk"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    Application application;
    QObject::connect(&application, &Application::failed, &app, [] { QApplication::exit(5); });
    if (!application.start(QApplication::arguments()))
        return 2;
    return QApplication::exec();
}

} // namespace CareDesk
