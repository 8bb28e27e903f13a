// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's scripts, actions and per-account limits (split from composer.cpp to keep
// each file readable): `/` completion, the side panel, placeholder filling, usage counting.

#include "app/core/futures.h"
#include "ui/composer.h"
#include "ui/scriptcompletion.h"
#include "ui/scriptspanel.h"

#include <QAction>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    /// The key of the shipped script that is the public note of "take it private".
    const QString privateAckKey = u"private-ack"_s;

    int positiveInt(const QJsonObject &object, const QString &key)
    {
        const int value = object.value(key).toInt(0);
        return value > 0 ? value : 0;
    }

} // namespace

void Composer::buildActions()
{
    // Every action has a name (the action registry and tests find it) and a shortcut, active
    // while the focus is anywhere in the composer.
    const auto make = [this](QAction *&action, const QString &name, const QKeySequence &shortcut) {
        action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    };
    make(m_sendAction, u"sendReplyAction"_s, QKeySequence(Qt::CTRL | Qt::Key_Return));
    make(m_toggleTargetAction, u"switchReplyTargetAction"_s,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    make(m_takePrivateAction, u"takePrivateAction"_s,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    make(m_splitAction, u"splitIntoThreadAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    make(m_scriptsPanelAction, u"scriptsPanelAction"_s,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    make(m_insertScriptAction, u"insertScriptAction"_s,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_scriptsPanelAction->setCheckable(true);
    connect(m_sendAction, &QAction::triggered, this, &Composer::send);
    connect(m_toggleTargetAction, &QAction::triggered, this,
        [this] { setSurface(m_surface == Surface::Public ? Surface::Private : Surface::Public); });
    connect(m_takePrivateAction, &QAction::triggered, this, &Composer::takePrivate);
    connect(m_splitAction, &QAction::triggered, this, &Composer::showSplitPreview);
    connect(m_scriptsPanelAction, &QAction::toggled, this, [this](bool shown) {
        m_scriptsPanel->setVisible(shown);
        if (shown) {
            // A panel shown after being hidden gets no width of its own from the splitter.
            if (auto *splitter = qobject_cast<QSplitter *>(m_scriptsPanel->parentWidget()); splitter
                && splitter->sizes().value(1) < m_scriptsPanel->minimumSizeHint().width()) {
                const int total = splitter->width();
                const int panel = std::max(m_scriptsPanel->minimumSizeHint().width(), total / 3);
                splitter->setSizes({ std::max(0, total - panel), panel });
            }
            m_scriptsPanel->focusSearch();
        } else
            m_edit->setFocus();
    });
    connect(m_insertScriptAction, &QAction::triggered, this, [this] { m_completion->start(); });
}

void Composer::setScripts(ScriptRepository *scripts, const QString &agentName)
{
    m_scripts = scripts;
    m_agentName = agentName;
    reloadScripts();
}

void Composer::reloadScripts()
{
    const quint64 request = ++m_libraryRequest;
    if (!m_scripts) {
        m_library.clear();
        m_links.clear();
        updateScriptLibrary();
        return;
    }
    ScriptQuery query;
    query.agentId = m_agentId;
    m_scripts->list(query).then(QtFuture::Launch::Sync,
        onContext(this, [this, request](const Result<QList<Script>> &scripts) {
            if (request != m_libraryRequest)
                return;
            if (!scripts.ok()) {
                Q_EMIT errorOccurred(
                    tr("Could not read the scripts: %1").arg(scripts.error().message));
                return;
            }
            m_library = scripts.value();
            updateScriptLibrary();
        }));
    m_scripts->links().then(QtFuture::Launch::Sync,
        onContext(this, [this, request](const Result<QHash<QString, QString>> &links) {
            if (request != m_libraryRequest)
                return;
            if (links.ok())
                m_links = links.value();
        }));
}

QStringList Composer::scriptLanguages() const
{
    // The customer's language first, then the case's, then the agent's own.
    return { m_customerLanguage, m_caseLanguage, QLocale().name() };
}

void Composer::updateScriptLibrary()
{
    const QString uiLanguage = QLocale().name();
    m_completion->setLibrary(
        m_caseId != 0 ? m_library : QList<Script>(), m_platform, scriptLanguages(), uiLanguage);
    m_scriptsPanel->setLibrary(m_library, m_platform, scriptLanguages(), uiLanguage);
}

PlaceholderContext Composer::placeholderContext() const
{
    PlaceholderContext context;
    context.customerName = m_realCustomerName;
    context.agentName = m_agentName;
    context.caseId = m_caseId != 0 ? QString::number(m_caseId) : QString();
    context.accountHandle = m_accountHandle;
    context.links = m_links;
    // {eta} is the agent's promise: never guessed, always typed.
    return context;
}

void Composer::insertScript(const Script &script)
{
    const QTextCursor cursor = m_edit->textCursor();
    insertScriptAt(script, cursor.selectionStart(), cursor.selectionEnd());
}

void Composer::insertScriptAt(const Script &script, int start, int end)
{
    if (m_caseId == 0 || m_edit->isReadOnly())
        return;
    const int index = Scripts::pickVariant(script, m_platform, scriptLanguages());
    if (index < 0)
        return;
    const ScriptExpansion expansion
        = Scripts::expand(script.variants.at(index).body, placeholderContext());
    // A script in the middle of words gets a space on either side, not glued to them.
    const QString around = m_edit->toPlainText();
    QString text = expansion.text;
    int shift = 0;
    if (start > 0 && start <= around.size() && !around.at(start - 1).isSpace()) {
        text.prepend(u' ');
        shift = 1;
    }
    if (end < around.size() && !around.at(end).isSpace() && !around.at(end).isPunct())
        text.append(u' ');
    QTextCursor cursor(m_edit->document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(text);
    if (!expansion.unfilled.isEmpty()) {
        // The first blank selected: typing fills it.
        const PlaceholderSpan &first = expansion.unfilled.first();
        cursor.setPosition(start + shift + first.start);
        cursor.setPosition(start + shift + first.start + first.length, QTextCursor::KeepAnchor);
    }
    m_edit->setTextCursor(cursor);
    m_edit->setFocus();
    Q_EMIT scriptInserted(m_caseId);
    // A use is counted when the script goes into the reply (whether or not it is sent as is):
    // that is when the agent chose it.
    if (m_scripts && script.id != 0) {
        for (Script &known : m_library) {
            if (known.id == script.id)
                ++known.usageCount;
        }
        m_scripts->recordUse(script.id, m_agentId)
            .then(QtFuture::Launch::Sync, onContext(this, [this](const Result<Done> &used) {
                if (!used.ok())
                    Q_EMIT errorOccurred(
                        tr("Could not count the script's use: %1").arg(used.error().message));
            }));
    }
}

QList<PlaceholderSpan> Composer::unfilledPlaceholders() const
{
    return Scripts::findPlaceholders(m_edit->toPlainText());
}

QString Composer::privateAcknowledgement()
{
    for (const Script &script : std::as_const(m_library)) {
        if (script.key != privateAckKey || script.ownerAgentId != 0)
            continue;
        const int index = Scripts::pickVariant(script, m_platform, scriptLanguages());
        if (index < 0)
            break;
        const ScriptExpansion expansion
            = Scripts::expand(script.variants.at(index).body, placeholderContext());
        if (!expansion.unfilled.isEmpty() || expansion.text.trimmed().isEmpty())
            break; // a public note with a blank in it would be worse than the built-in one
        m_scripts->recordUse(script.id, m_agentId);
        return expansion.text;
    }
    return tr("We have written to you in private messages.");
}

void Composer::setAccountCapabilities(
    Id accountId, std::function<ConnectorCapabilities()> capabilities)
{
    m_capabilities.insert(accountId, std::move(capabilities));
    if (accountId == m_accountId)
        refresh();
}

CountOptions Composer::countOptions(Surface surface) const
{
    CountOptions options;
    // The account's own setting first (an administrator's correction), then what its connector
    // knows (Mastodon reads max_characters from its instance), then the platform's default.
    const int own = positiveInt(m_accountLimits,
        surface == Surface::Public ? u"public_max_length"_s : u"private_max_length"_s);
    if (own > 0) {
        options.maxLength = own;
    } else if (const int instance = positiveInt(m_accountLimits, u"max_characters"_s);
               instance > 0) {
        options.maxLength = instance;
    } else if (const auto it = m_capabilities.constFind(m_accountId);
               it != m_capabilities.cend() && *it) {
        const ConnectorCapabilities capabilities = (*it)();
        options.maxLength = surface == Surface::Public ? capabilities.publicLimits.maxLength
                                                       : capabilities.privateLimits.maxLength;
    }
    return options;
}

} // namespace CareDesk
