// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/application.h"

#include "app/runtime/workspace.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

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
                                                m_workspace->clock(), info.value().name);
        m_window->show();
        Q_EMIT ready();
    });
    watcher->setFuture(QtConcurrent::run([databaseConfig, clock, isDefault] {
        return Workspace::initialize(databaseConfig, isDefault ? WorkspaceKind::Demo : WorkspaceKind::Standard,
                                     *clock, false);
    }));
    return true;
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
    QApplication::setApplicationVersion(QStringLiteral(CAREDESK_VERSION));
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
