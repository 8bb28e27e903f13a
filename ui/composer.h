// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/connector.h"
#include "app/core/repositories.h"
#include "app/core/scripts.h"
#include "app/core/teamrepository.h"
#include "app/core/textcounter.h"

#include <QHash>
#include <QJsonObject>
#include <QPair>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace CareDesk {

class Clock;
class SpellChecker;
class SpellHighlighter;
class ScriptCompletion;
class ScriptsPanel;

/// The reply composer of one case: counts the text by the platform's rules as the agent types,
/// keeps the target (public reply or private message) explicit, knows the platform's messaging
/// window, splits long posts into a numbered thread, previews the reply, checks spelling and
/// keeps a draft per case and agent. Replies leave only through the outbox.
class Composer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    /// spellChecker may be null (no dictionaries); agentId owns the drafts and the replies.
    Composer(OutboxRepository &outbox, DraftRepository &drafts, const Clock &clock,
        SpellChecker *spellChecker, Id agentId, QWidget *parent = nullptr);
    ~Composer() override;

    /// Shows a case: another case saves the pending draft of the previous one, empties the
    /// editor and loads this case's draft; the same case only refreshes what the composer
    /// knows about it (the customer's last message, for the messaging window).
    void showCase(const CaseDetail &detail);
    /// No case: saves the pending draft and empties the editor.
    void clearCase();
    Id caseId() const { return m_caseId; }

    /// How long after the customer's last message the platform accepts a private message; 0
    /// for no limit. Defaults to the platforms' documented windows (Facebook and Instagram
    /// 24 hours); the desktop passes the account's connector capabilities.
    void setPrivateReplyWindow(Platform platform, Millis window);
    Millis privateReplyWindow(Platform platform) const;

    /// Team mode: replies are checked against what the agent saw of the case (a new customer
    /// message or someone else's reply stops the send, saying what changed), and agentId (the
    /// connected agent) owns the drafts and replies from now on. Null: no check.
    void setTeam(TeamRepository *team, Id agentId);

    Surface surface() const { return m_surface; }
    void setSurface(Surface surface);

    /// The script library: `/` completion at the cursor, the side panel (scriptsPanelAction),
    /// and the public note of "take it private" (the script with key "private-ack"). agentName
    /// fills {agent.name}. Null: no scripts (the note is the built-in sentence).
    void setScripts(ScriptRepository *scripts, const QString &agentName);
    /// Reads the library and the named links again (after an import).
    void reloadScripts();
    /// Inserts a script at the cursor (replacing a selection), its variant picked for the case's
    /// platform and the customer's language and its placeholders filled from the case; what
    /// cannot be filled stays marked and blocks sending until the agent replaces it. Counts a use.
    void insertScript(const Script &script);
    /// Placeholders left in the reply, which block sending.
    QList<PlaceholderSpan> unfilledPlaceholders() const;

    /// An account's connector capabilities, asked whenever a case of the account is shown: the
    /// reply limits (Mastodon's instance max_characters, learnt by the connector) replace the
    /// platform's defaults. The account's own `limits` (max_characters, public_max_length,
    /// private_max_length) win over both.
    void setAccountCapabilities(Id accountId, std::function<ConnectorCapabilities()> capabilities);
    /// The per-account counting options in force for a surface of the shown case.
    CountOptions countOptions(Surface surface) const;

    /// The parts a text over the limit splits into at word boundaries, each numbered "(k/n)"
    /// and each within the limit of the platform's public replies; empty when it cannot split.
    static QStringList splitIntoThread(
        Platform platform, const QString &text, const CountOptions &options = {});
    /// Whether the platform posts replies as a thread of numbered parts (X and Mastodon).
    static bool canSplit(Platform platform);

Q_SIGNALS:
    /// Replies were queued in the outbox for a case (several for a thread or "take it private").
    void repliesQueued(Id caseId, int count);
    void errorOccurred(const QString &message);
    /// A case is shown (also when the same case is shown again); for presence ("viewing").
    void caseShown(CareDesk::Id caseId);
    /// The agent typed in the reply of a case; for presence ("replying").
    void typing(CareDesk::Id caseId);
    /// A script went into the reply of a case (a rehearsal scores whether one was used).
    void scriptInserted(CareDesk::Id caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void onTextChanged();
    void refresh();
    void updateTarget();
    void updateWindow();
    void updatePreview();
    /// Why the current reply cannot go to the surface now; empty when it can.
    QString blockedReason(Surface surface, const CountResult &count) const;
    /// Time left in the private messaging window; nullopt when the platform sets none.
    std::optional<Millis> windowLeft() const;
    void send();
    void takePrivate();
    void showSplitPreview();
    void enqueueAll(Id caseId, QList<QPair<QString, Visibility>> replies, int queued);
    void finishSending(Id caseId, int queued, const QString &error);
    void saveDraftNow();
    /// Team mode: remembers what the agent sees of the case now (TeamRepository::markCase).
    void markCase();
    void loadDraft();
    void showSpellMenu(const QPoint &position);
    void buildActions();
    void insertScriptAt(const Script &script, int start, int end);
    PlaceholderContext placeholderContext() const;
    QStringList scriptLanguages() const;
    void updateScriptLibrary();
    /// The public note of "take it private": the private-ack script, else a built-in sentence.
    QString privateAcknowledgement();

    OutboxRepository &m_outbox;
    DraftRepository &m_drafts;
    const Clock &m_clock;
    SpellChecker *m_spellChecker = nullptr;
    Id m_agentId = 0;
    TeamRepository *m_team = nullptr;
    CaseMark m_mark; ///< what the agent saw of the shown case (team mode)
    Id m_markedCaseId = 0; ///< the case m_mark is (being) read for
    QString m_stopped; ///< why the pre-send check stopped the last send, until the agent acts
    QHash<Platform, Millis> m_windows;

    Id m_caseId = 0;
    Platform m_platform = Platform::X;
    bool m_privateAvailable = true;
    QString m_customerName;
    QString m_accountHandle;
    Millis m_lastCustomerMessageAt = 0;
    Surface m_surface = Surface::Public;
    CountResult m_count;
    bool m_loading = false; ///< setting text programmatically: not the agent's keystroke
    bool m_sending = false;
    quint64 m_draftRequest = 0; ///< answers to older loads are stale

    QPlainTextEdit *m_edit = nullptr;
    SpellHighlighter *m_highlighter = nullptr;
    QToolButton *m_publicButton = nullptr;
    QToolButton *m_privateButton = nullptr;
    QLabel *m_visibilityLabel = nullptr;
    QLabel *m_windowLabel = nullptr;
    QLabel *m_counterLabel = nullptr;
    QLabel *m_remainingLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPushButton *m_splitButton = nullptr;
    QPushButton *m_privateAckButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QTimer *m_draftTimer = nullptr;
    QTimer *m_windowTimer = nullptr;

    ScriptRepository *m_scripts = nullptr;
    QString m_agentName;
    QList<Script> m_library;
    QHash<QString, QString> m_links;
    quint64 m_libraryRequest = 0;
    QHash<Id, std::function<ConnectorCapabilities()>> m_capabilities;
    Id m_accountId = 0;
    QJsonObject m_accountLimits;
    QString m_realCustomerName; ///< empty when the case does not tell (m_customerName says "the
                                ///< customer")
    QString m_customerLanguage;
    QString m_caseLanguage;
    ScriptCompletion *m_completion = nullptr;
    ScriptsPanel *m_scriptsPanel = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_toggleTargetAction = nullptr;
    QAction *m_takePrivateAction = nullptr;
    QAction *m_splitAction = nullptr;
    QAction *m_scriptsPanelAction = nullptr;
    QAction *m_insertScriptAction = nullptr;
};

} // namespace CareDesk
