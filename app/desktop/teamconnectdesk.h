// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/result.h"
#include "app/storage/databaseconfig.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <memory>

namespace CareDesk {

class KeychainSecretStore;
class MainWindow;
class SecretStore;
class TeamConnectDialog;
struct TeamConnection;

/// Connecting the desktop to a team workspace: File > Connect to Team Workspace (the dialog),
/// the password in the keychain (TeamCredentials) and the last workspace in the settings, so the
/// next start reconnects. Lives from the start of the program, before a window exists: a
/// remembered workspace whose password is missing or refused asks with the same dialog.
class TeamConnectDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamConnectDesk)

public:
    /// secrets: the keychain; nullptr for the system's (KeychainSecretStore).
    explicit TeamConnectDesk(SecretStore *secrets = nullptr, QObject *parent = nullptr);
    ~TeamConnectDesk() override;

    SecretStore &secrets() { return *m_secrets; }
    /// File > Connect to Team Workspace (Ctrl+Shift+W) in window.
    void addActions(MainWindow &window);
    /// Opens the dialog, filled from config (its password left empty) and explaining message.
    /// parent: the main window, or nullptr before there is one. rejected() follows a Cancel.
    TeamConnectDialog *ask(const DatabaseConfig &config, const QString &message, QWidget *parent);

    static DatabaseConfig configFor(const TeamConnection &connection);

Q_SIGNALS:
    /// The agent connected from the dialog (the workspace works; the password is stored if asked).
    void connectRequested(const CareDesk::DatabaseConfig &config);
    /// The dialog was cancelled.
    void rejected();

private:
    QFuture<Result<Done>> connectTo(const TeamConnection &connection);

    std::unique_ptr<KeychainSecretStore> m_keychain;
    SecretStore *m_secrets = nullptr;
    QPointer<TeamConnectDialog> m_dialog;
};

} // namespace CareDesk
