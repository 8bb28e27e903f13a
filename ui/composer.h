// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/connector.h"
#include "app/core/repositories.h"
#include "app/core/textcounter.h"

#include <QHash>
#include <QPair>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace CareDesk {

class Clock;
class SpellChecker;
class SpellHighlighter;

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

    Surface surface() const { return m_surface; }
    void setSurface(Surface surface);

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
    void loadDraft();
    void showSpellMenu(const QPoint &position);

    OutboxRepository &m_outbox;
    DraftRepository &m_drafts;
    const Clock &m_clock;
    SpellChecker *m_spellChecker = nullptr;
    Id m_agentId = 0;
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
};

} // namespace CareDesk
