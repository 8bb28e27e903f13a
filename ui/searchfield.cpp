// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/searchfield.h"

#include <QKeyEvent>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(u"searchField"_s);
    setAccessibleName(tr("Search messages and customers"));
    setPlaceholderText(tr("Search messages and customers (Ctrl+F)"));
    setClearButtonEnabled(true);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        const QString text = this->text().trimmed();
        if (!text.isEmpty())
            Q_EMIT searchRequested(text);
    });
    // textChanged, not textEdited: the clear button changes the text too.
    connect(this, &QLineEdit::textChanged, this, &SearchField::onEdited);
}

void SearchField::onEdited()
{
    if (text().trimmed().isEmpty()) {
        m_debounce.stop();
        Q_EMIT searchCancelled();
        return;
    }
    m_debounce.start();
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        m_debounce.stop();
        if (text().isEmpty())
            Q_EMIT searchCancelled();
        else
            clear(); // textChanged: cancelled
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Down) {
        Q_EMIT resultsFocusRequested();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // At once, without waiting for the debounce.
        m_debounce.stop();
        if (!text().trimmed().isEmpty())
            Q_EMIT searchRequested(text().trimmed());
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace CareDesk
