// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scriptcompletion.h"

#include "app/core/scripts.h"
#include "ui/scriptlistmodel.h"

#include <QEvent>
#include <QKeyEvent>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {
    constexpr int maxQueryLength = 40;
    constexpr int visibleRows = 8;
} // namespace

ScriptCompletion::ScriptCompletion(QPlainTextEdit *edit)
    : QObject(edit)
    , m_edit(edit)
{
    m_model = new ScriptListModel(this);
    // A tool window: it shows over everything without taking the keyboard from the editor.
    m_popup = new QListView(edit);
    m_popup->setObjectName(u"scriptPopup"_s);
    m_popup->setWindowFlags(Qt::ToolTip | Qt::FramelessWindowHint);
    m_popup->setAttribute(Qt::WA_ShowWithoutActivating);
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_popup->setUniformItemSizes(true);
    m_popup->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_popup->setSelectionMode(QAbstractItemView::SingleSelection);
    m_popup->setModel(m_model);
    m_popup->hide();
    connect(m_popup, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_popup->setCurrentIndex(index);
        accept();
    });
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ScriptCompletion::update);
    connect(m_edit, &QPlainTextEdit::cursorPositionChanged, this, &ScriptCompletion::update);
    m_edit->installEventFilter(this);
}

ScriptCompletion::~ScriptCompletion() = default;

void ScriptCompletion::setLibrary(const QList<Script> &scripts, Platform platform,
    const QStringList &languages, const QString &uiLanguage)
{
    m_library = scripts;
    m_platform = platform;
    m_languages = languages;
    m_uiLanguage = uiLanguage;
    if (m_popup->isVisible())
        update();
}

void ScriptCompletion::start()
{
    if (m_edit->isReadOnly())
        return;
    QTextCursor cursor = m_edit->textCursor();
    cursor.removeSelectedText();
    const int position = cursor.positionInBlock();
    // A word of its own: a space before the slash unless it starts the line.
    if (position > 0 && !cursor.block().text().at(position - 1).isSpace())
        cursor.insertText(u" /"_s);
    else
        cursor.insertText(u"/"_s);
    m_edit->setTextCursor(cursor);
    m_edit->setFocus();
    update();
}

void ScriptCompletion::close()
{
    m_start = -1;
    m_popup->hide();
}

void ScriptCompletion::update()
{
    const QTextCursor cursor = m_edit->textCursor();
    if (m_edit->isReadOnly() || cursor.hasSelection() || m_library.isEmpty()) {
        close();
        return;
    }
    const QString line = cursor.block().text();
    const int inBlock = cursor.positionInBlock();
    int slash = -1;
    for (int i = inBlock - 1; i >= 0 && inBlock - i <= maxQueryLength + 1; --i) {
        if (line.at(i) == u'/') {
            if (i == 0 || line.at(i - 1).isSpace())
                slash = i;
            break;
        }
    }
    const QString query = slash >= 0 ? line.mid(slash + 1, inBlock - slash - 1) : QString();
    if (slash < 0 || query.startsWith(u' ') || query.contains(u"  "_s)) {
        close();
        return;
    }
    const QList<Script> matches = Scripts::rank(m_library, query);
    if (matches.isEmpty()) {
        close();
        return;
    }
    m_start = cursor.block().position() + slash;
    m_model->setScripts(matches, m_platform, m_languages, m_uiLanguage);
    m_popup->setCurrentIndex(m_model->index(0, 0));
    // At the cursor, below its line, as wide as the titles need.
    QTextCursor at(m_edit->document());
    at.setPosition(m_start);
    const QRect rect = m_edit->cursorRect(at);
    const int rows = std::min(visibleRows, m_model->rowCount());
    const int height = m_popup->sizeHintForRow(0) * rows + 2 * m_popup->frameWidth();
    const int width = std::max(
        280, m_popup->sizeHintForColumn(0) + m_popup->verticalScrollBar()->sizeHint().width() + 8);
    m_popup->setGeometry(QRect(
        m_edit->viewport()->mapToGlobal(rect.bottomLeft() + QPoint(0, 2)), QSize(width, height)));
    m_popup->show();
}

void ScriptCompletion::accept()
{
    const QModelIndex current = m_popup->currentIndex();
    if (!current.isValid() || m_start < 0) {
        close();
        return;
    }
    const Script script = m_model->scriptAt(current.row());
    const int start = m_start;
    const int end = m_edit->textCursor().position();
    close();
    Q_EMIT chosen(script, start, end);
}

bool ScriptCompletion::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && m_popup->isVisible()) {
        if (event->type() == QEvent::FocusOut) {
            close();
        } else if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
            const int row = m_popup->currentIndex().row();
            const int rows = m_model->rowCount();
            int move = 0;
            bool acceptKey = false;
            bool closeKey = false;
            if (modifiers == Qt::NoModifier) {
                switch (key->key()) {
                case Qt::Key_Down:
                    move = 1;
                    break;
                case Qt::Key_Up:
                    move = -1;
                    break;
                case Qt::Key_PageDown:
                    move = visibleRows;
                    break;
                case Qt::Key_PageUp:
                    move = -visibleRows;
                    break;
                case Qt::Key_Return:
                case Qt::Key_Enter:
                case Qt::Key_Tab:
                    acceptKey = true;
                    break;
                case Qt::Key_Escape:
                    closeKey = true;
                    break;
                default:
                    break;
                }
            }
            if (move != 0 || acceptKey || closeKey) {
                // Taken before the window's shortcuts (Escape, Tab) while the list is open.
                event->accept();
                if (event->type() == QEvent::KeyPress) {
                    if (move != 0)
                        m_popup->setCurrentIndex(
                            m_model->index(std::clamp(row + move, 0, rows - 1), 0));
                    else if (acceptKey)
                        accept();
                    else
                        close();
                }
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace CareDesk
