// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer.h"

#include "app/core/clock.h"
#include "app/core/futures.h"
#include "app/core/spellchecker.h"
#include "ui/replywindowline.h"
#include "ui/scriptcompletion.h"
#include "ui/scriptspanel.h"
#include "ui/spellhighlighter.h"

#include <QAction>
#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

// Diagnostics only, off by default (QT_LOGGING_RULES="caredesk.composer.debug=true"): which
// case the composer shows and what became of its draft, as ids and lengths, never the words.
// tests/desktop/tst_draft_kill reads these lines from the real program.
Q_LOGGING_CATEGORY(lcComposer, "caredesk.composer", QtWarningMsg)

namespace {

    constexpr Millis hour = 3600LL * 1000;
    /// Saved within a second after the last keystroke (issue 5), without a write per key.
    constexpr int draftDelayMs = 700;
    constexpr int maxSuggestions = 8;

    const QColor warningColor(0xb2, 0x6a, 0x00);

    QLabel *plainLabel(QWidget *parent)
    {
        auto *label = new QLabel(parent);
        label->setTextFormat(Qt::PlainText);
        return label;
    }

    Visibility visibilityOf(Surface surface)
    {
        return surface == Surface::Private ? Visibility::Private : Visibility::Public;
    }

} // namespace

Composer::Composer(OutboxRepository &outbox, DraftRepository &drafts, const Clock &clock,
    SpellChecker *spellChecker, Id agentId, QWidget *parent)
    : QWidget(parent)
    , m_outbox(outbox)
    , m_drafts(drafts)
    , m_clock(clock)
    , m_spellChecker(spellChecker)
    , m_agentId(agentId)
{
    // The platforms' documented messaging windows (reference/platforms.md): Messenger and
    // Instagram accept a business's message up to 24 hours after the customer's last one.
    m_windows.insert(Platform::Facebook, 24 * hour);
    m_windows.insert(Platform::Instagram, 24 * hour);

    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(draftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &Composer::saveDraftNow);
    // The window closes while the agent writes: keep the time left and the block current.
    m_windowTimer = new QTimer(this);
    m_windowTimer->setInterval(30 * 1000);
    connect(m_windowTimer, &QTimer::timeout, this, &Composer::refresh);

    buildUi();
    clearCase();
}

Composer::~Composer()
{
    // Words typed in the last moments before closing must not be lost.
    if (m_draftTimer->isActive())
        saveDraftNow();
}

void Composer::buildUi()
{
    setObjectName(u"composer"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);

    auto *targetRow = new QHBoxLayout;
    targetRow->setSpacing(4);
    m_publicButton = new QToolButton(this);
    m_publicButton->setObjectName(u"publicTargetButton"_s);
    m_privateButton = new QToolButton(this);
    m_privateButton->setObjectName(u"privateTargetButton"_s);
    auto *group = new QButtonGroup(this);
    for (QToolButton *button : { m_publicButton, m_privateButton }) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(button);
        targetRow->addWidget(button);
    }
    group->setExclusive(true);
    m_publicButton->setChecked(true);
    connect(m_publicButton, &QToolButton::clicked, this, [this] { setSurface(Surface::Public); });
    connect(m_privateButton, &QToolButton::clicked, this, [this] { setSurface(Surface::Private); });
    m_visibilityLabel = plainLabel(this);
    m_visibilityLabel->setObjectName(u"visibilityLabel"_s);
    m_visibilityLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    targetRow->addSpacing(8);
    targetRow->addWidget(m_visibilityLabel, 1);
    m_windowLabel = plainLabel(this);
    m_windowLabel->setObjectName(u"windowLabel"_s);
    targetRow->addWidget(m_windowLabel);
    layout->addLayout(targetRow);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    m_edit = new QPlainTextEdit(split);
    m_edit->setObjectName(u"composerEdit"_s);
    m_edit->setAccessibleName(tr("Reply text"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(m_edit->fontMetrics().lineSpacing() * 3 + 12);
    m_edit->installEventFilter(this);
    m_edit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::onTextChanged);
    connect(m_edit, &QPlainTextEdit::customContextMenuRequested, this, &Composer::showSpellMenu);
    if (m_spellChecker)
        m_highlighter = new SpellHighlighter(*m_spellChecker, m_edit->document());

    m_preview = new QPlainTextEdit(split);
    m_preview->setObjectName(u"previewBox"_s);
    m_preview->setReadOnly(true);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 3 + 12);
    QPalette previewPalette = m_preview->palette();
    previewPalette.setColor(QPalette::Base, previewPalette.color(QPalette::Window));
    m_preview->setPalette(previewPalette);
    split->addWidget(m_edit);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    // The scripts panel beside the editor and preview, hidden until scriptsPanelAction.
    auto *sideSplit = new QSplitter(Qt::Horizontal, this);
    sideSplit->setObjectName(u"scriptsSplitter"_s);
    sideSplit->setChildrenCollapsible(false);
    sideSplit->addWidget(split);
    m_scriptsPanel = new ScriptsPanel(sideSplit);
    m_scriptsPanel->hide();
    sideSplit->addWidget(m_scriptsPanel);
    sideSplit->setStretchFactor(0, 3);
    sideSplit->setStretchFactor(1, 1);
    connect(m_scriptsPanel, &ScriptsPanel::insertRequested, this, &Composer::insertScript);
    m_completion = new ScriptCompletion(m_edit);
    connect(m_completion, &ScriptCompletion::chosen, this, &Composer::insertScriptAt);
    layout->addWidget(sideSplit, 1);

    auto *bottomRow = new QHBoxLayout;
    m_counterLabel = plainLabel(this);
    m_counterLabel->setObjectName(u"counterLabel"_s);
    m_remainingLabel = plainLabel(this);
    m_remainingLabel->setObjectName(u"remainingLabel"_s);
    m_reasonLabel = plainLabel(this);
    m_reasonLabel->setObjectName(u"reasonLabel"_s);
    // Lines of their own under the text, so a long reason is never cut; reserved while empty,
    // so the editor does not jump as the reason comes and goes.
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setMinimumHeight(m_reasonLabel->fontMetrics().lineSpacing() * 2);
    m_splitButton = new QPushButton(this);
    m_splitButton->setObjectName(u"splitButton"_s);
    m_privateAckButton = new QPushButton(this);
    m_privateAckButton->setObjectName(u"takePrivateButton"_s);
    m_sendButton = new QPushButton(this);
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setDefault(true);
    connect(m_splitButton, &QPushButton::clicked, this, &Composer::showSplitPreview);
    connect(m_privateAckButton, &QPushButton::clicked, this, &Composer::takePrivate);
    connect(m_sendButton, &QPushButton::clicked, this, &Composer::send);
    // Fixed widths: a count growing by a digit must not move the buttons.
    const QFontMetrics metrics = fontMetrics();
    m_counterLabel->setMinimumWidth(metrics.horizontalAdvance(tr("%1 / %2").arg(88888).arg(88888)));
    m_remainingLabel->setMinimumWidth(
        metrics.horizontalAdvance(tr("%n over the limit", nullptr, 88888)));
    bottomRow->addWidget(m_counterLabel);
    bottomRow->addWidget(m_remainingLabel);
    bottomRow->addStretch(1);
    bottomRow->addWidget(m_splitButton);
    bottomRow->addWidget(m_privateAckButton);
    bottomRow->addWidget(m_sendButton);
    layout->addWidget(m_reasonLabel);
    layout->addLayout(bottomRow);

    buildActions();
    retranslate();
}

void Composer::retranslate()
{
    m_publicButton->setText(tr("Public reply"));
    m_privateButton->setText(tr("Private message"));
    m_publicButton->setToolTip(tr("Reply where everyone can see it (Ctrl+Shift+P switches)"));
    m_privateButton->setToolTip(tr("Write to the customer alone (Ctrl+Shift+P switches)"));
    m_edit->setPlaceholderText(tr("Write a reply… (Ctrl+Enter sends)"));
    m_splitButton->setText(tr("Split into thread…"));
    m_splitButton->setToolTip(
        tr("Split the text at word boundaries into numbered replies that each fit"));
    m_privateAckButton->setText(tr("Take it private"));
    m_privateAckButton->setToolTip(tr("Send this text as a private message and post a short public "
                                      "note that you wrote privately"));
    m_sendButton->setText(tr("Send"));
    m_sendButton->setToolTip(tr("Queue the reply (Ctrl+Enter)"));
    m_sendAction->setText(tr("Send Reply"));
    m_toggleTargetAction->setText(tr("Switch Public Reply / Private Message"));
    m_takePrivateAction->setText(tr("Take It Private"));
    m_splitAction->setText(tr("Split into Thread…"));
    m_scriptsPanelAction->setText(tr("Scripts Panel"));
    m_scriptsPanelAction->setToolTip(
        tr("Show the scripts: categories, search, insert at the cursor"));
    m_insertScriptAction->setText(tr("Insert Script…"));
    m_insertScriptAction->setToolTip(
        tr("Type / and a shortcut or part of a title to insert a script"));
    updateTarget();
    refresh();
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        const bool sendKey = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && modifiers == Qt::ControlModifier;
        const bool toggleKey
            = key->key() == Qt::Key_P && modifiers == (Qt::ControlModifier | Qt::ShiftModifier);
        if (sendKey || toggleKey) {
            // Taken before any window shortcut: in the editor these keys belong to the reply
            // (the main window uses Ctrl+Shift+P elsewhere).
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (sendKey)
                    send();
                else
                    setSurface(m_surface == Surface::Public ? Surface::Private : Surface::Public);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::setPrivateReplyWindow(Platform platform, Millis window)
{
    m_windows.insert(platform, window);
    refresh();
}

Millis Composer::privateReplyWindow(Platform platform) const
{
    return m_windows.value(platform, 0);
}

void Composer::showCase(const CaseDetail &detail)
{
    const Case &shown = detail.summary.value;
    const bool switching = shown.id != m_caseId;
    if (switching && m_draftTimer->isActive())
        saveDraftNow(); // still the previous case's id
    m_caseId = shown.id;
    m_platform = shown.platform;
    m_privateAvailable = shown.platform != Platform::YouTube;
    m_accountId = detail.account.id != 0 ? detail.account.id : shown.accountId;
    m_accountLimits = detail.account.limits;
    m_realCustomerName
        = detail.customer.name.isEmpty() ? detail.summary.customerName : detail.customer.name;
    m_customerLanguage = detail.customer.language;
    m_caseLanguage = shown.language;
    m_customerName
        = detail.customer.name.isEmpty() ? detail.summary.customerName : detail.customer.name;
    if (m_customerName.isEmpty())
        m_customerName = tr("the customer");
    m_accountHandle
        = detail.account.handle.isEmpty() ? detail.summary.accountHandle : detail.account.handle;
    m_lastCustomerMessageAt = shown.lastCustomerMessageAt;
    if (switching) {
        m_loading = true;
        m_surface = Surface::Public;
        m_edit->clear();
        m_loading = false;
        loadDraft();
    }
    updateScriptLibrary(); // the platform and languages choose the variants
    if (privateReplyWindow(m_platform) > 0)
        m_windowTimer->start();
    else
        m_windowTimer->stop();
    updateTarget();
    refresh();
    // Marked once per opening: a list re-sorting under the selection (showing nothing for a
    // moment, then this case again) is no new look at the case.
    if (m_caseId != m_markedCaseId) {
        m_stopped.clear();
        markCase();
    }
    Q_EMIT caseShown(m_caseId);
}

void Composer::markCase()
{
    if (!m_team)
        return;
    // What the agent saw on opening the case is what a reply is checked against; refreshes of
    // the same case do not move it (someone else's queued reply is not in the thread).
    m_mark = CaseMark {};
    m_markedCaseId = m_caseId;
    m_team->markCase(m_caseId).then(QtFuture::Launch::Sync,
        onContext(this, [this, caseId = m_caseId](const Result<CaseMark> &mark) {
            if (mark.ok() && caseId == m_markedCaseId)
                m_mark = mark.value();
        }));
}

void Composer::setTeam(TeamRepository *team, Id agentId)
{
    m_team = team;
    m_agentId = agentId;
    m_mark = CaseMark {};
    if (m_scripts)
        reloadScripts(); // the agent's personal scripts
    m_markedCaseId = 0;
}

void Composer::clearCase()
{
    if (m_draftTimer->isActive())
        saveDraftNow();
    ++m_draftRequest;
    m_caseId = 0;
    m_windowTimer->stop();
    m_loading = true;
    m_surface = Surface::Public;
    m_edit->clear();
    m_loading = false;
    m_edit->setReadOnly(true);
    m_customerName.clear();
    m_accountHandle.clear();
    m_accountId = 0;
    m_accountLimits = {};
    m_realCustomerName.clear();
    m_customerLanguage.clear();
    m_caseLanguage.clear();
    m_completion->close();
    m_lastCustomerMessageAt = 0;
    updateTarget();
    refresh();
}

void Composer::setSurface(Surface surface)
{
    if (surface == Surface::Private && !m_privateAvailable)
        surface = Surface::Public;
    const bool changed = surface != m_surface;
    m_surface = surface;
    updateTarget();
    refresh();
    if (changed && !m_loading && m_caseId != 0 && !m_edit->toPlainText().isEmpty())
        m_draftTimer->start();
}

void Composer::updateTarget()
{
    m_publicButton->setChecked(m_surface == Surface::Public);
    m_privateButton->setChecked(m_surface == Surface::Private);
    m_privateButton->setEnabled(m_privateAvailable);
    if (m_caseId == 0)
        m_visibilityLabel->clear();
    else if (m_surface == Surface::Public)
        m_visibilityLabel->setText(
            tr("Everyone on %1 can see this reply").arg(platformDisplayName(m_platform)));
    else
        m_visibilityLabel->setText(tr("Only %1 sees this message").arg(m_customerName));
}

void Composer::onTextChanged()
{
    if (!m_loading && m_caseId != 0) {
        m_draftTimer->start(); // restarted on every change: saved 700 ms after the last
        m_stopped.clear();
        Q_EMIT typing(m_caseId);
    }
    refresh();
}

QString Composer::blockedReason(Surface surface, const CountResult &count) const
{
    if (m_caseId == 0)
        return tr("Select a case to reply.");
    if (surface == Surface::Private) {
        if (!m_privateAvailable)
            return tr("%1 has no private messages.").arg(platformDisplayName(m_platform));
        const std::optional<Millis> left = windowLeft();
        if (left && *left <= 0)
            return tr("%1 accepts private messages only within %2 after the customer's last "
                      "message; that window has closed.")
                .arg(platformDisplayName(m_platform),
                    replyWindowDuration(privateReplyWindow(m_platform)));
    }
    if (m_edit->toPlainText().trimmed().isEmpty())
        return tr("The reply is empty.");
    const QList<PlaceholderSpan> open = unfilledPlaceholders();
    if (!open.isEmpty()) {
        QStringList names;
        for (const PlaceholderSpan &span : open) {
            const QString written = u'{' + span.name + u'}';
            if (!names.contains(written))
                names.append(written);
        }
        return tr("Replace %1 with the real value before sending.", nullptr,
            static_cast<int>(names.size()))
            .arg(names.join(u", "_s));
    }
    if (!count.valid)
        return count.reason;
    return {};
}

void Composer::refresh()
{
    const QString text = m_edit->toPlainText();
    m_count = TextCounter::count(m_platform, m_surface, text, countOptions(m_surface));
    const bool hasCase = m_caseId != 0;
    m_counterLabel->setVisible(hasCase);
    m_remainingLabel->setVisible(hasCase);
    m_counterLabel->setText(tr("%1 / %2").arg(m_count.length).arg(m_count.limit));
    m_remainingLabel->setText(m_count.remaining >= 0
            ? tr("%n left", nullptr, m_count.remaining)
            : tr("%n over the limit", nullptr, -m_count.remaining));
    QString level = u"ok"_s;
    if (m_count.remaining < 0)
        level = u"error"_s;
    else if (m_count.limit > 0 && qint64(m_count.length) * 10 >= qint64(m_count.limit) * 9)
        level = u"warning"_s;
    setStatusLevel(m_counterLabel, level);
    setStatusLevel(m_remainingLabel, level);

    // The part past the limit, marked in the text itself (a format, never markup).
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat over;
    over.setBackground(QColor(0xff, 0xcd, 0xd2));
    over.setForeground(QColor(0x8e, 0x00, 0x00));
    for (const QPair<int, int> &range : std::as_const(m_count.overLimitRanges)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_edit->document());
        selection.cursor.setPosition(range.first);
        selection.cursor.setPosition(range.first + range.second, QTextCursor::KeepAnchor);
        selection.format = over;
        selections.append(selection);
    }
    // Placeholders still to fill, marked where they are (formats again, never markup).
    QTextCharFormat placeholder;
    placeholder.setBackground(QColor(0xff, 0xec, 0xb3));
    placeholder.setUnderlineStyle(QTextCharFormat::DashUnderline);
    placeholder.setUnderlineColor(warningColor);
    placeholder.setProperty(QTextFormat::UserProperty, u"placeholder"_s);
    for (const PlaceholderSpan &span : Scripts::findPlaceholders(text)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_edit->document());
        selection.cursor.setPosition(span.start);
        selection.cursor.setPosition(span.start + span.length, QTextCursor::KeepAnchor);
        selection.format = placeholder;
        selections.append(selection);
    }
    m_edit->setExtraSelections(selections);

    const QString reason = blockedReason(m_surface, m_count);
    // An empty editor needs no red words; everything else says why Send is off.
    const bool quiet = hasCase && text.isEmpty();
    // A send stopped by the pre-send check says so until the agent types or sends again.
    const QString shown
        = reason.isEmpty() && !m_stopped.isEmpty() ? m_stopped : (quiet ? QString() : reason);
    m_reasonLabel->setText(shown);
    m_reasonLabel->setToolTip(shown);
    setStatusLevel(m_reasonLabel, hasCase ? u"error"_s : u"ok"_s);
    m_sendButton->setEnabled(reason.isEmpty() && !m_sending);

    const CountResult privateCount = m_surface == Surface::Private
        ? m_count
        : TextCounter::count(m_platform, Surface::Private, text, countOptions(Surface::Private));
    m_privateAckButton->setVisible(m_privateAvailable);
    m_privateAckButton->setEnabled(
        !m_sending && blockedReason(Surface::Private, privateCount).isEmpty());

    m_splitButton->setVisible(canSplit(m_platform) && m_surface == Surface::Public);
    m_splitButton->setEnabled(!m_sending && hasCase && m_count.remaining < 0);
    m_edit->setReadOnly(!hasCase || m_sending);
    updateWindow();
    updatePreview();
}

void Composer::updatePreview()
{
    if (m_caseId == 0) {
        m_preview->clear();
        return;
    }
    const QString where = m_surface == Surface::Public
        ? tr("Public reply, visible to everyone")
        : tr("Private message to %1").arg(m_customerName);
    const QString text = m_edit->toPlainText();
    m_preview->setPlainText(
        tr("%1 · %2 · %3").arg(platformDisplayName(m_platform), m_accountHandle, where) + u"\n\n"_s
        + (text.isEmpty() ? tr("(nothing written yet)") : text));
}

void Composer::send()
{
    if (!m_sendButton->isEnabled())
        return;
    enqueueAll(m_caseId, { { m_edit->toPlainText(), visibilityOf(m_surface) } }, 0);
}

void Composer::takePrivate()
{
    if (!m_privateAckButton->isEnabled())
        return;
    // The private message first: when the customer reads the note, the message is there.
    const QString acknowledgement = privateAcknowledgement();
    enqueueAll(m_caseId,
        { { m_edit->toPlainText(), Visibility::Private }, { acknowledgement, Visibility::Public } },
        0);
}

void Composer::showSplitPreview()
{
    if (!m_splitButton->isEnabled())
        return;
    const QStringList parts
        = splitIntoThread(m_platform, m_edit->toPlainText(), countOptions(Surface::Public));
    if (parts.size() < 2) {
        m_reasonLabel->setText(tr("This text cannot be split at word boundaries."));
        return;
    }
    const Id caseId = m_caseId;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"splitPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Split into a thread"));
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = plainLabel(dialog);
    intro->setText(
        tr("%n replies on %1, queued in this order:", nullptr, static_cast<int>(parts.size()))
            .arg(platformDisplayName(m_platform)));
    layout->addWidget(intro);
    auto *list = new QListWidget(dialog);
    list->setObjectName(u"splitPreviewList"_s);
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    for (const QString &part : parts) {
        const CountResult count
            = TextCounter::count(m_platform, Surface::Public, part, countOptions(Surface::Public));
        auto *item = new QListWidgetItem(part, list);
        item->setToolTip(tr("%1 / %2").arg(count.length).arg(count.limit));
    }
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(tr("Queue %n replies", nullptr, static_cast<int>(parts.size())));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, caseId, parts] {
        if (caseId != m_caseId || m_sending)
            return; // the agent moved to another case meanwhile
        QList<QPair<QString, Visibility>> replies;
        for (const QString &part : parts)
            replies.append({ part, Visibility::Public });
        enqueueAll(caseId, replies, 0);
    });
    dialog->resize(520, 360);
    dialog->open(); // window-modal without a nested event loop
}

void Composer::enqueueAll(Id caseId, QList<QPair<QString, Visibility>> replies, int queued)
{
    if (replies.isEmpty()) {
        finishSending(caseId, queued, {});
        return;
    }
    if (queued == 0) {
        m_draftTimer->stop(); // what is being queued is no draft; saved again if queueing fails
        m_stopped.clear();
    }
    m_sending = true;
    refresh();
    const QPair<QString, Visibility> next = replies.takeFirst();
    // One after another: the outbox delivers a case's rows in the order they were queued. In
    // team mode the first is checked and queued in one transaction holding the case.
    const bool check = queued == 0 && m_team && m_agentId != 0 && m_mark.caseId == caseId;
    (check ? m_team->replyChecked(m_mark, next.first, next.second, m_agentId)
           : m_outbox.enqueue(caseId, next.first, next.second, m_agentId))
        .then(QtFuture::Launch::Sync,
            onContext(this, [this, caseId, replies, queued](const Result<OutboxItem> &result) {
                if (!result.ok() && result.error().code == ErrorCode::Conflict && queued == 0) {
                    // Stopped by the pre-send check: the sentence says what changed.
                    m_sending = false;
                    m_stopped = result.error().message;
                    refresh();
                    m_reasonLabel->setText(result.error().message);
                    Q_EMIT errorOccurred(result.error().message);
                    if (caseId == m_caseId) {
                        saveDraftNow();
                        markCase(); // told what changed, the agent may send again
                    }
                    return;
                }
                if (!result.ok()) {
                    finishSending(caseId, queued, result.error().message);
                    return;
                }
                enqueueAll(caseId, replies, queued + 1);
            }));
}

void Composer::finishSending(Id caseId, int queued, const QString &error)
{
    m_sending = false;
    if (!error.isEmpty()) {
        const QString message = queued == 0
            ? tr("Could not queue the reply: %1").arg(error)
            : tr("Only %n reply(s) were queued: %1", nullptr, queued).arg(error);
        refresh();
        m_reasonLabel->setText(message);
        Q_EMIT errorOccurred(message);
        if (queued == 0) {
            if (caseId == m_caseId)
                saveDraftNow(); // the text stays for another try, and survives a crash
            return;
        }
    }
    // What went out is no longer a draft, whichever case the editor shows now.
    if (caseId == m_caseId) {
        m_draftTimer->stop();
        m_loading = true;
        m_surface = Surface::Public;
        m_edit->clear();
        m_loading = false;
        updateTarget();
    }
    m_drafts.save(Draft { caseId, m_agentId, Visibility::Public, QString(), 0 })
        .then(QtFuture::Launch::Sync, onContext(this, [this](const Result<Done> &result) {
            if (!result.ok())
                Q_EMIT errorOccurred(
                    tr("Could not remove the draft: %1").arg(result.error().message));
        }));
    refresh();
    if (queued > 0)
        Q_EMIT repliesQueued(caseId, queued);
}

void Composer::saveDraftNow()
{
    m_draftTimer->stop();
    if (m_caseId == 0)
        return;
    const Draft draft { m_caseId, m_agentId, visibilityOf(m_surface), m_edit->toPlainText(), 0 };
    m_drafts.save(draft).then(
        QtFuture::Launch::Sync, onContext(this, [this, draft](const Result<Done> &result) {
            if (!result.ok()) {
                Q_EMIT errorOccurred(
                    tr("Could not save the draft: %1").arg(result.error().message));
                return;
            }
            qCDebug(lcComposer, "case %lld: draft of %lld characters saved",
                static_cast<long long>(draft.caseId), static_cast<long long>(draft.text.size()));
        }));
}

void Composer::loadDraft()
{
    const quint64 request = ++m_draftRequest;
    const Id caseId = m_caseId;
    m_drafts.load(caseId, m_agentId)
        .then(QtFuture::Launch::Sync,
            onContext(this, [this, request, caseId](const Result<Draft> &result) {
                // The agent moved to another case meanwhile: this draft belongs there, not here.
                if (request != m_draftRequest || caseId != m_caseId)
                    return;
                if (!result.ok()) {
                    Q_EMIT errorOccurred(
                        tr("Could not read the draft: %1").arg(result.error().message));
                    return;
                }
                const Draft &draft = result.value();
                // Words the agent typed before the draft arrived win over the stored ones.
                if (draft.text.isEmpty() || !m_edit->toPlainText().isEmpty()) {
                    qCDebug(lcComposer, "case %lld ready: %s", static_cast<long long>(caseId),
                        draft.text.isEmpty() ? "no draft" : "typed text kept over the draft");
                    return;
                }
                m_loading = true;
                setSurface(
                    draft.visibility == Visibility::Private ? Surface::Private : Surface::Public);
                m_edit->setPlainText(draft.text);
                m_edit->moveCursor(QTextCursor::End);
                m_loading = false;
                refresh();
                qCDebug(lcComposer, "case %lld ready: draft of %lld characters restored",
                    static_cast<long long>(caseId), static_cast<long long>(draft.text.size()));
            }));
}

void Composer::showSpellMenu(const QPoint &position)
{
    QMenu *menu = m_edit->createStandardContextMenu(position);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QTextCursor cursor = m_edit->cursorForPosition(position);
    const QTextBlock block = cursor.block();
    const SpellHighlighter::WordSpan span = m_highlighter && !m_edit->isReadOnly()
        ? m_highlighter->misspelledAt(block.text(), cursor.positionInBlock())
        : SpellHighlighter::WordSpan {};
    if (span.isValid()) {
        const QString word = block.text().mid(span.start, span.length);
        const int start = block.position() + span.start;
        QAction *first = menu->actions().value(0);
        QList<QAction *> actions;
        const QStringList suggestions = m_spellChecker->suggestions(word).mid(0, maxSuggestions);
        for (const QString &suggestion : suggestions) {
            auto *action = new QAction(suggestion, menu);
            connect(action, &QAction::triggered, this, [this, start, word, suggestion] {
                QTextCursor replace(m_edit->document());
                replace.setPosition(start);
                replace.setPosition(start + static_cast<int>(word.size()), QTextCursor::KeepAnchor);
                if (replace.selectedText() == word) // the text may have changed meanwhile
                    replace.insertText(suggestion);
            });
            actions.append(action);
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("No suggestions"), menu);
            none->setEnabled(false);
            actions.append(none);
        }
        auto *add = new QAction(tr("Add “%1” to dictionary").arg(word), menu);
        connect(add, &QAction::triggered, this, [this, word] {
            m_spellChecker->addToPersonalDictionary(word);
            m_highlighter->rehighlight();
        });
        actions.append(add);
        auto *separator = new QAction(menu);
        separator->setSeparator(true);
        actions.append(separator);
        menu->insertActions(first, actions);
    }
    menu->popup(m_edit->viewport()->mapToGlobal(position));
}

} // namespace CareDesk
