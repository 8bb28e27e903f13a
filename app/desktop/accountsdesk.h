// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/domain.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class QLabel;
class QNetworkAccessManager;

namespace CareDesk {

class AccountAdministration;
class AccountsDialog;
class Composer;
class KeychainSecretStore;
class MainWindow;
class SecretStore;
class SyncEngine;
class Workspace;

/// The desktop's side of the platforms: the sync engine (pollers and streams of live accounts
/// under their poll leases, and the outbox of every account), Tools > Accounts (objectName
/// "accountsAction") with the accounts dialog, and a status bar label (objectName
/// "accountHealthLabel") that shows when an account is paused or replies need a decision.
class AccountsDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDesk)

public:
    /// secrets: the workspace's keychain service; null to use the system keychain.
    AccountsDesk(Workspace &workspace, const WorkspaceInfo &info, MainWindow &window,
        Composer *composer, SecretStore *secrets = nullptr, QObject *parent = nullptr);
    ~AccountsDesk() override;

    AccountsDialog *openDialog();
    SyncEngine &engine() { return *m_engine; }
    AccountAdministration &admin() { return *m_admin; }

private:
    void startAccounts();
    void configureComposer(const Account &account);
    void refreshSummary();

    Workspace &m_workspace;
    MainWindow &m_window;
    QPointer<Composer> m_composer;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<AccountAdministration> m_admin;
    QPointer<AccountsDialog> m_dialog;
    QLabel *m_label = nullptr; ///< owned by the status bar
    QTimer m_summaryTimer;
    bool m_summaryPending = false;
    bool m_summaryAgain = false;
    QSet<Id> m_shownPaused; ///< accounts the label counts as paused
};

} // namespace CareDesk
