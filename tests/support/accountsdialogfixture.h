// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts dialog on a fresh SQLite workspace, with the replay server to play the platform
// and an in-memory keychain: what the UI tests of connecting an account (tests/ui/tst_*account.cpp)
// share. Header-only (the tests link the ui and runtime libraries; tests/support does not).
//
//   AccountsDialogFixture m_ui;
//   void init() { m_ui.setUp(u"x.caredesk"_s); }   // QVERIFY-fails the test function on error
//   void cleanup() { m_ui.tearDown(); }
//   ... m_ui.server->enqueue(...); QTest::mouseClick(m_ui.dialog->findChild<...>(...)) ...
#pragma once

#include "app/platforms/httpclient.h"
#include "app/runtime/accountadministration.h"
#include "app/runtime/workspace.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/replayserver.h"
#include "ui/accountsdialog.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace CareDesk::Test {

struct AccountsDialogFixture {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<ReplayServer> server;
    std::unique_ptr<MemorySecretStore> secrets;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<AccountAdministration> admin;
    std::unique_ptr<AccountsDialog> dialog;
    std::unique_ptr<QAbstractItemModelTester> tester;
    SystemClock clock;

    /// A workspace `fileName` in a new temporary folder, a listening replay server and the
    /// dialog shown (its model under QAbstractItemModelTester). Fails the test function on error.
    void setUp(const QString &fileName)
    {
        dir = std::make_unique<QTemporaryDir>();
        const DatabaseConfig config = DatabaseConfig::sqlite(dir->filePath(fileName));
        auto workspaceClock = std::make_shared<SystemClock>();
        QVERIFY(
            Workspace::initialize(config, WorkspaceKind::Standard, *workspaceClock, false).ok());
        workspace = std::make_unique<Workspace>(config, workspaceClock);
        server = std::make_unique<ReplayServer>();
        QVERIFY(server->listen());
        secrets = std::make_unique<MemorySecretStore>();
        network = std::make_unique<QNetworkAccessManager>();
        http = std::make_unique<HttpClient>(*network, clock);
        admin = std::make_unique<AccountAdministration>(*workspace, *secrets, *http);
        dialog = std::make_unique<AccountsDialog>(*admin);
        tester = std::make_unique<QAbstractItemModelTester>(
            dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }

    /// Closes everything but the keychain, in the reverse order of setUp.
    void tearDown()
    {
        tester.reset();
        dialog.reset();
        admin.reset();
        http.reset();
        network.reset();
        server.reset();
        workspace.reset();
        dir.reset();
    }
};

} // namespace CareDesk::Test
