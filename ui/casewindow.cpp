// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casewindow.h"

#include "app/core/changefeed.h"
#include "app/core/futures.h"
#include "app/core/repositories.h"
#include "ui/inboxmodel.h"
#include "ui/threadmodel.h"
#include "ui/threadview.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    QLabel *plainLabel(QWidget *parent)
    {
        auto *label = new QLabel(parent);
        label->setTextFormat(Qt::PlainText); // platform text: never rich text
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        return label;
    }

} // namespace

CaseWindow::CaseWindow(
    CaseRepository &cases, ChangeFeed &feed, const Clock &clock, Id caseId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_cases(cases)
    , m_caseId(caseId)
{
    setObjectName(u"caseWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Case %1 — CareDesk").arg(caseId));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *header = new QWidget(this);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(16, 10, 16, 10);
    headerLayout->setSpacing(2);
    m_customerLabel = plainLabel(header);
    m_customerLabel->setObjectName(u"customerLabel"_s);
    QFont nameFont = m_customerLabel->font();
    nameFont.setBold(true);
    m_customerLabel->setFont(nameFont);
    m_metaLabel = plainLabel(header);
    m_metaLabel->setObjectName(u"caseMetaLabel"_s);
    m_metaLabel->setText(tr("Loading conversation…"));
    headerLayout->addWidget(m_customerLabel);
    headerLayout->addWidget(m_metaLabel);
    layout->addWidget(header);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    layout->addWidget(line);
    m_thread = new ThreadModel(clock, this);
    m_thread->setRepository(&m_cases); // older pages of a long thread as the agent scrolls up
    m_threadView = new ThreadView(this);
    m_threadView->setThreadModel(m_thread);
    m_threadView->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_threadView, 1);

    connect(&feed, &ChangeFeed::changed, this, [this](qint64, const QList<Id> &caseIds) {
        if (caseIds.contains(m_caseId))
            load(false);
    });
    connect(&feed, &ChangeFeed::resyncNeeded, this, [this] { load(false); });

    resize(640, 760);
    load(true);
}

CaseWindow::~CaseWindow() = default;

void CaseWindow::load(bool opening)
{
    const quint64 request = ++m_request;
    m_cases.threadPage(m_caseId, m_thread->rangeFor(m_caseId))
        .then(QtFuture::Launch::Sync,
            onContext(this, [this, request, opening](const Result<CaseDetail> &result) {
                // A finished future runs this at once: apply it from the event loop instead.
                QMetaObject::invokeMethod(
                    this,
                    [this, request, opening, result] {
                        if (request != m_request)
                            return;
                        if (!result.ok()) {
                            m_metaLabel->setText(tr("Could not read the conversation: %1")
                                                     .arg(result.error().message));
                            return;
                        }
                        showDetail(result.value(), opening);
                    },
                    Qt::QueuedConnection);
            }));
}

void CaseWindow::showDetail(const CaseDetail &detail, bool opening)
{
    const bool follow
        = opening || m_thread->caseId() != detail.summary.value.id || m_threadView->isAtNewest();
    m_thread->setDetail(detail);
    const CaseSummary &summary = detail.summary;
    QString customer = detail.customer.name.isEmpty() ? summary.customerName : detail.customer.name;
    if (customer.isEmpty())
        customer = tr("Unknown customer");
    m_customerLabel->setText(customer);
    const QString account
        = detail.account.handle.isEmpty() ? summary.accountHandle : detail.account.handle;
    // The whole thread's length, also when only its newest page was read.
    const int messages = qMax(detail.messageCount, static_cast<int>(detail.messages.size()));
    m_metaLabel->setText(tr("%1 · %2 · %3 · %n message(s)", nullptr, messages)
                             .arg(platformDisplayName(summary.value.platform), account,
                                 InboxModel::statusText(summary.value.status)));
    // A window title is plain text everywhere; still only the first line of a name.
    setWindowTitle(tr("%1 — Case %2 — CareDesk")
                       .arg(customer.section(u'\n', 0, 0).left(80), QString::number(m_caseId)));
    if (follow)
        m_threadView->scrollToNewest();
    Q_EMIT detailShown();
}

} // namespace CareDesk
