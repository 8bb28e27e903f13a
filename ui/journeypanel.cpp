// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journeypanel.h"

#include "app/core/clock.h"
#include "ui/journeymodel.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedLayout>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    constexpr Millis minute = Millis(60) * 1000;
    constexpr Millis hour = 60 * minute;
    constexpr Millis day = 24 * hour;

    QLabel *sectionTitle(const QString &text, QWidget *parent)
    {
        auto *label = new QLabel(text, parent);
        label->setTextFormat(Qt::PlainText);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    }

    void clearLayout(QLayout *layout)
    {
        while (QLayoutItem *item = layout->takeAt(0)) {
            if (QWidget *widget = item->widget())
                widget->deleteLater();
            if (QLayout *child = item->layout()) {
                clearLayout(child);
                child->deleteLater();
            }
            delete item;
        }
    }

    QString identityText(const Identity &identity)
    {
        const QString handle
            = identity.handle.isEmpty() ? identity.platformUserId : identity.handle;
        if (identity.displayName.isEmpty() || identity.displayName == handle)
            return u"%1  %2"_s.arg(platformDisplayName(identity.platform), handle);
        return u"%1  %2 — %3"_s.arg(
            platformDisplayName(identity.platform), handle, identity.displayName);
    }

    /// Two lines per entry (when and what; the text), one line per case header.
    class JourneyDelegate final : public QStyledItemDelegate
    {
    public:
        using QStyledItemDelegate::QStyledItemDelegate;

        QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
        {
            const int line = option.fontMetrics.height();
            if (index.data(JourneyModel::IsHeaderRole).toBool())
                return { 100, line + 12 };
            return { 100, 2 * line + 10 };
        }

        void paint(QPainter *painter, const QStyleOptionViewItem &option,
            const QModelIndex &index) const override
        {
            painter->save();
            const QPalette &palette = option.palette;
            const QRect r = option.rect;
            const int line = option.fontMetrics.height();
            if (index.data(JourneyModel::IsHeaderRole).toBool()) {
                painter->fillRect(r, palette.color(QPalette::AlternateBase));
                painter->setPen(palette.color(QPalette::Mid));
                painter->drawLine(r.topLeft(), r.topRight());
                QFont bold = option.font;
                bold.setBold(true);
                painter->setFont(bold);
                painter->setPen(palette.color(QPalette::Text));
                const QRect text = r.adjusted(10, 6, -10, -4);
                painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(bold).elidedText(
                        index.data().toString(), Qt::ElideRight, text.width()));
                painter->restore();
                return;
            }
            if (option.state & QStyle::State_Selected)
                painter->fillRect(r, palette.color(QPalette::Highlight).lighter(180));
            const QColor muted = palette.color(QPalette::PlaceholderText);
            const int left = r.left() + 22;
            const int width = r.right() - 10 - left;
            // Sentiment of a customer's message as a dot: red, grey or green.
            const int value = index.data(JourneyModel::ValueRole).toInt();
            const auto kind = static_cast<JourneyKind>(index.data(JourneyModel::KindRole).toInt());
            if (kind == JourneyKind::Message || kind == JourneyKind::Sentiment
                || kind == JourneyKind::Csat) {
                const QColor dot = value <= -20 ? QColor(0xc6, 0x28, 0x28)
                    : value >= 20               ? QColor(0x2e, 0x7d, 0x32)
                                                : muted;
                painter->setRenderHint(QPainter::Antialiasing);
                painter->setPen(Qt::NoPen);
                painter->setBrush(dot);
                painter->drawEllipse(QPoint(r.left() + 12, r.top() + 5 + line / 2), 3, 3);
            }
            const QString time = index.data(JourneyModel::TimeTextRole).toString();
            const QString label = index.data(JourneyModel::LabelRole).toString();
            painter->setFont(option.font);
            painter->setPen(muted);
            const int timeWidth = option.fontMetrics.horizontalAdvance(time) + 10;
            painter->drawText(QRect(left, r.top() + 5, timeWidth, line), Qt::AlignLeft, time);
            QFont strong = option.font;
            strong.setWeight(QFont::DemiBold);
            painter->setFont(strong);
            painter->setPen(palette.color(QPalette::Text));
            painter->drawText(QRect(left + timeWidth, r.top() + 5, width - timeWidth, line),
                Qt::AlignLeft,
                QFontMetrics(strong).elidedText(label, Qt::ElideRight, width - timeWidth));
            painter->setFont(option.font);
            // Platform text is drawn as plain text, on one line.
            const QString summary = index.data(JourneyModel::SummaryRole).toString().simplified();
            painter->drawText(QRect(left, r.top() + 5 + line, width, line), Qt::AlignLeft,
                option.fontMetrics.elidedText(summary, Qt::ElideRight, width));
            painter->restore();
        }
    };

} // namespace

JourneyPanel::JourneyPanel(CustomerRepository &customers, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_customers(customers)
    , m_clock(clock)
    , m_model(new JourneyModel(customers, this))
{
    setObjectName(u"journeyPanel"_s);
    auto *stack = new QStackedLayout(this);
    m_placeholder = plainLabel(this);
    m_placeholder->setObjectName(u"journeyPlaceholder"_s);
    m_placeholder->setText(tr("The customer's journey appears here."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    stack->addWidget(m_placeholder);

    m_content = new QWidget(this);
    auto *outer = new QVBoxLayout(m_content);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, m_content);
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter);

    // What to know at a glance, and what can be done about it.
    auto *scroll = new QScrollArea(splitter);
    scroll->setAccessibleName(tr("Customer profile"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *details = new QWidget(scroll);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(6);

    auto *nameRow = new QHBoxLayout;
    m_nameLabel = plainLabel(details);
    m_nameLabel->setObjectName(u"journeyCustomerName"_s);
    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    if (nameFont.pointSizeF() > 0)
        nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_nameLabel->setFont(nameFont);
    m_vipLabel = new QLabel(tr("VIP"), details);
    m_vipLabel->setObjectName(u"journeyVip"_s);
    m_vipLabel->setStyleSheet(
        u"QLabel { background: #fff3cd; color: #6b4e00; border-radius: 3px; padding: 1px 6px; }"_s);
    nameRow->addWidget(m_nameLabel, 1);
    nameRow->addWidget(m_vipLabel);
    layout->addLayout(nameRow);

    m_summaryLabel = plainLabel(details);
    m_summaryLabel->setObjectName(u"journeySummary"_s);
    layout->addWidget(m_summaryLabel);

    m_proposalFrame = new QFrame(details);
    m_proposalFrame->setObjectName(u"caseLinkProposal"_s);
    m_proposalFrame->setFrameShape(QFrame::StyledPanel);
    m_proposalLayout = new QVBoxLayout(m_proposalFrame);
    m_proposalLayout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_proposalFrame);

    layout->addWidget(sectionTitle(tr("Identities"), details));
    auto *identities = new QWidget(details);
    identities->setObjectName(u"journeyIdentities"_s);
    m_identityLayout = new QVBoxLayout(identities);
    m_identityLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(identities);

    m_suggestionFrame = new QFrame(details);
    m_suggestionFrame->setObjectName(u"linkSuggestions"_s);
    auto *suggestionOuter = new QVBoxLayout(m_suggestionFrame);
    suggestionOuter->setContentsMargins(0, 4, 0, 0);
    suggestionOuter->addWidget(sectionTitle(tr("Probably the same person"), m_suggestionFrame));
    m_suggestionLayout = new QVBoxLayout;
    suggestionOuter->addLayout(m_suggestionLayout);
    layout->addWidget(m_suggestionFrame);

    auto *actions = new QHBoxLayout;
    m_editButton = new QPushButton(tr("Edit profile…"), details);
    m_editButton->setObjectName(u"editProfileButton"_s);
    m_exportButton = new QPushButton(tr("Export…"), details);
    m_exportButton->setObjectName(u"exportCustomerButton"_s);
    m_eraseButton = new QPushButton(tr("Erase…"), details);
    m_eraseButton->setObjectName(u"eraseCustomerButton"_s);
    for (QPushButton *button : { m_editButton, m_exportButton, m_eraseButton }) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    layout->addLayout(actions);
    m_messageLabel = plainLabel(details);
    m_messageLabel->setObjectName(u"journeyMessage"_s);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);
    scroll->setWidget(details);

    // The timeline of every channel.
    auto *timeline = new QWidget(splitter);
    auto *timelineLayout = new QVBoxLayout(timeline);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(12, 6, 12, 6);
    filterRow->addWidget(sectionTitle(tr("Journey"), timeline));
    filterRow->addStretch(1);
    m_channelCombo = new QComboBox(timeline);
    m_channelCombo->setObjectName(u"journeyChannelFilter"_s);
    m_channelCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_channelCombo->addItem(tr("All channels"), QString());
    filterRow->addWidget(m_channelCombo);
    timelineLayout->addLayout(filterRow);
    m_timeline = new QListView(timeline);
    m_timeline->setObjectName(u"journeyTimeline"_s);
    m_timeline->setAccessibleName(tr("Customer journey"));
    m_timeline->setModel(m_model);
    m_timeline->setItemDelegate(new JourneyDelegate(m_timeline));
    m_timeline->setUniformItemSizes(false);
    m_timeline->setFrameShape(QFrame::NoFrame);
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    timelineLayout->addWidget(m_timeline, 1);
    splitter->addWidget(scroll);
    splitter->addWidget(timeline);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);
    stack->addWidget(m_content);

    connect(m_channelCombo, &QComboBox::activated, this,
        [this] { m_model->setCustomer(m_customerId, m_channelCombo->currentData().toString()); });
    connect(m_timeline, &QListView::activated, this, [this](const QModelIndex &index) {
        const Id caseId = index.data(JourneyModel::CaseIdRole).toLongLong();
        if (caseId != 0 && caseId != m_caseId)
            Q_EMIT caseRequested(caseId);
    });
    connect(m_model, &JourneyModel::errorOccurred, this, [this](const QString &message) {
        setMessage(tr("Could not read the journey: %1").arg(message));
    });
    connect(m_editButton, &QPushButton::clicked, this, &JourneyPanel::editProfile);
    connect(m_exportButton, &QPushButton::clicked, this, &JourneyPanel::exportCustomer);
    connect(m_eraseButton, &QPushButton::clicked, this, &JourneyPanel::eraseCustomer);
    setMinimumWidth(300);
    clear();
}

/// A label for text that may come from a platform or a customer: never rich text.
QLabel *JourneyPanel::plainLabel(QWidget *parent, bool wrap)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(wrap);
    if (wrap)
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

JourneyPanel::~JourneyPanel() = default;

void JourneyPanel::clear()
{
    ++m_generation;
    m_caseId = 0;
    m_customerId = 0;
    m_profile = CustomerProfile {};
    m_model->setCustomer(0);
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_placeholder);
}

void JourneyPanel::showCase(Id caseId, Id customerId)
{
    if (caseId == 0 || customerId == 0) {
        clear();
        return;
    }
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_content);
    if (caseId == m_caseId && customerId == m_customerId) {
        m_model->refresh();
        reload();
        return;
    }
    ++m_generation;
    const bool sameCustomer = customerId == m_customerId;
    m_caseId = caseId;
    m_customerId = customerId;
    m_messageLabel->hide();
    if (!sameCustomer) {
        m_nameLabel->setText(tr("Loading customer…"));
        m_summaryLabel->clear();
        m_vipLabel->hide();
        clearLayout(m_identityLayout);
        clearLayout(m_suggestionLayout);
        m_suggestionFrame->hide();
        m_channelCombo->setCurrentIndex(0);
        m_model->setCustomer(customerId);
    } else {
        m_model->refresh();
    }
    clearLayout(m_proposalLayout);
    m_proposalFrame->hide();
    reload();
}

void JourneyPanel::reload()
{
    const Id caseId = m_caseId;
    whenReady<CustomerProfile>(
        m_customers.profile(m_customerId), [this](const Result<CustomerProfile> &result) {
            if (!result.ok()) {
                setMessage(tr("Could not read the customer: %1").arg(result.error().message));
                return;
            }
            showProfile(result.value());
        });
    whenReady<JourneySummary>(
        m_customers.summary(m_customerId, caseId), [this](const Result<JourneySummary> &result) {
            if (result.ok())
                showSummary(result.value());
        });
    // Suggestions are computed on the database thread, off the GUI thread.
    whenReady<QList<LinkSuggestion>>(
        m_customers.suggestions(m_customerId), [this](const Result<QList<LinkSuggestion>> &result) {
            showSuggestions(result.ok() ? result.value() : QList<LinkSuggestion> {});
        });
    whenReady<QList<CaseLinkProposal>>(m_customers.caseLinkProposals(caseId, 0),
        [this](const Result<QList<CaseLinkProposal>> &result) {
            showProposals(result.ok() ? result.value() : QList<CaseLinkProposal> {});
        });
}

QString JourneyPanel::agoText(Millis at) const
{
    const Millis elapsed = qMax<Millis>(0, m_clock.now() - at);
    if (elapsed < hour)
        return tr("%n minute(s) ago", nullptr, static_cast<int>(elapsed / minute));
    if (elapsed < 2 * day)
        return tr("%n hour(s) ago", nullptr, static_cast<int>(elapsed / hour));
    return tr("%n day(s) ago", nullptr, static_cast<int>(elapsed / day));
}

void JourneyPanel::showProfile(const CustomerProfile &profile)
{
    m_profile = profile;
    const Customer &c = profile.customer;
    const bool erased = c.erasedAt != 0;
    m_nameLabel->setText(c.name.isEmpty() ? tr("Customer %1").arg(c.id) : c.name);
    m_vipLabel->setVisible(c.vip && !erased);
    for (QPushButton *button : { m_editButton, m_eraseButton })
        button->setEnabled(!erased);
    clearLayout(m_identityLayout);
    const bool single = profile.identities.size() == 1;
    for (const LinkedIdentity &li : profile.identities) {
        auto *row = new QHBoxLayout;
        auto *label = plainLabel(m_content);
        label->setText(identityText(li.identity));
        row->addWidget(label, 1);
        auto *unlinkButton = new QPushButton(tr("Unlink"), m_content);
        unlinkButton->setObjectName(u"unlinkIdentity%1"_s.arg(li.identity.id));
        unlinkButton->setAutoDefault(false);
        // An identity alone with its first customer has nothing to be unlinked from.
        unlinkButton->setEnabled(!erased && (li.previousCustomerId != 0 || !single));
        unlinkButton->setToolTip(li.previousCustomerId != 0
                ? tr("Return this identity to customer %1, as it was before the link")
                      .arg(li.previousCustomerId)
                : tr("Give this identity a customer of its own"));
        connect(unlinkButton, &QPushButton::clicked, this, [this, li] { unlink(li); });
        row->addWidget(unlinkButton);
        m_identityLayout->addLayout(row);
    }
    QStringList facts;
    if (!c.crmRef.isEmpty())
        facts.append(tr("CRM %1").arg(c.crmRef));
    for (const QString &fact : { c.email, c.phone, c.region, c.language }) {
        if (!fact.isEmpty())
            facts.append(fact);
    }
    if (!facts.isEmpty()) {
        auto *label = plainLabel(m_content);
        label->setObjectName(u"journeyProfileFacts"_s);
        label->setText(facts.join(u" · "_s) + (c.notes.isEmpty() ? QString() : u"\n"_s + c.notes));
        m_identityLayout->addWidget(label);
    }
}

void JourneyPanel::showSummary(const JourneySummary &s)
{
    QStringList lines;
    if (s.erasedAt != 0) {
        lines.append(tr("Erased on request %1: texts and profile were removed; statistics stay.")
                         .arg(agoText(s.erasedAt)));
    }
    if (s.openCasesElsewhere.isEmpty()) {
        lines.append(tr("No other open cases."));
    } else {
        QStringList cases;
        for (const CaseBrief &b : s.openCasesElsewhere)
            cases.append(tr("%1 case %2").arg(platformDisplayName(b.platform)).arg(b.caseId));
        lines.append(tr("Open elsewhere: %1").arg(cases.join(u", "_s)));
    }
    if (s.lastContactAt != 0) {
        lines.append(
            tr("Previous contact: %1, %2")
                .arg(agoText(s.lastContactAt), JourneyModel::channelText(s.lastContactChannel)));
    } else {
        lines.append(tr("No earlier contact."));
    }
    lines.append(tr("%n contact(s) in the last 30 days", nullptr, s.contactsLast30Days));
    switch (s.sentimentTrend) {
    case SentimentTrend::Improving:
        lines.append(tr("Sentiment improving (now %1)").arg(s.sentimentRecent));
        break;
    case SentimentTrend::Worsening:
        lines.append(tr("Sentiment worsening (now %1)").arg(s.sentimentRecent));
        break;
    case SentimentTrend::Steady:
        lines.append(tr("Sentiment steady (%1)").arg(s.sentimentRecent));
        break;
    case SentimentTrend::Unknown:
        lines.append(tr("Sentiment %1").arg(s.sentimentRecent));
        break;
    }
    if (!s.linkedCases.isEmpty()) {
        QStringList cases;
        for (const CaseBrief &b : s.linkedCases)
            cases.append(tr("%1 case %2").arg(platformDisplayName(b.platform)).arg(b.caseId));
        lines.append(tr("Linked with %1").arg(cases.join(u", "_s)));
    }
    m_summaryLabel->setText(lines.join(u'\n'));
    m_vipLabel->setVisible(s.vip && s.erasedAt == 0);
    // The channel filter offers the channels the journey has.
    const QString current = m_channelCombo->currentData().toString();
    while (m_channelCombo->count() > 1)
        m_channelCombo->removeItem(1);
    for (const QString &channel : s.channels)
        m_channelCombo->addItem(JourneyModel::channelText(channel), channel);
    const int index = m_channelCombo->findData(current);
    m_channelCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void JourneyPanel::showSuggestions(const QList<LinkSuggestion> &suggestions)
{
    clearLayout(m_suggestionLayout);
    // One row per link to make, with every piece of evidence for it.
    QList<QList<LinkSuggestion>> groups;
    for (const LinkSuggestion &s : suggestions) {
        auto it = std::find_if(groups.begin(), groups.end(), [&s](const QList<LinkSuggestion> &g) {
            return g.first().moveIdentityId == s.moveIdentityId
                && g.first().toCustomerId == s.toCustomerId;
        });
        if (it == groups.end())
            groups.append({ s });
        else
            it->append(s);
    }
    const bool erased = m_profile.customer.erasedAt != 0;
    for (const QList<LinkSuggestion> &group : std::as_const(groups)) {
        const LinkSuggestion &first = group.first();
        auto *row = new QVBoxLayout;
        row->setSpacing(2);
        auto *who = plainLabel(m_content);
        const Identity &moving = first.moveIdentityId == first.b.id ? first.b : first.a;
        who->setText(first.toCustomerId == m_customerId
                ? tr("%1 (now with %2)").arg(identityText(moving), first.customerBName)
                : tr("This customer's %1 belongs with %2")
                      .arg(identityText(moving), first.customerBName));
        row->addWidget(who);
        QStringList evidence;
        for (const LinkSuggestion &s : group)
            evidence.append(u"• "_s + s.evidence);
        auto *evidenceLabel = plainLabel(m_content);
        evidenceLabel->setText(evidence.join(u'\n'));
        QPalette muted = evidenceLabel->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
        evidenceLabel->setPalette(muted);
        row->addWidget(evidenceLabel);
        auto *button = new QPushButton(first.toCustomerId == m_customerId
                ? tr("Link to this customer")
                : tr("Link to %1").arg(first.customerBName),
            m_content);
        button->setObjectName(u"linkSuggestion%1"_s.arg(first.moveIdentityId));
        button->setAutoDefault(false);
        button->setEnabled(!erased);
        connect(button, &QPushButton::clicked, this, [this, first] { link(first); });
        auto *buttonRow = new QHBoxLayout;
        buttonRow->addWidget(button);
        buttonRow->addStretch(1);
        row->addLayout(buttonRow);
        m_suggestionLayout->addLayout(row);
    }
    m_suggestionFrame->setVisible(!groups.isEmpty());
}

void JourneyPanel::showProposals(const QList<CaseLinkProposal> &proposals)
{
    clearLayout(m_proposalLayout);
    for (const CaseLinkProposal &p : proposals) {
        auto *label = plainLabel(m_proposalFrame);
        const qint64 hours = qMax<qint64>(1, (p.apart + hour / 2) / hour);
        QString text = tr("The same customer opened case %1 on %2 within %n hour(s) of this one.",
            nullptr, static_cast<int>(hours))
                           .arg(p.other.caseId)
                           .arg(platformDisplayName(p.other.platform));
        if (!p.sharedTerms.isEmpty())
            text += u' ' + tr("Both mention: %1.").arg(p.sharedTerms.mid(0, 5).join(u", "_s));
        text += u' ' + tr("Link the cases so one answer covers both.");
        label->setText(text);
        m_proposalLayout->addWidget(label);
        auto *button = new QPushButton(tr("Link cases"), m_proposalFrame);
        button->setObjectName(u"linkCases%1"_s.arg(p.other.caseId));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, p] { linkCases(p); });
        auto *row = new QHBoxLayout;
        row->addWidget(button);
        row->addStretch(1);
        m_proposalLayout->addLayout(row);
    }
    m_proposalFrame->setVisible(!proposals.isEmpty());
}

void JourneyPanel::setMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

void JourneyPanel::changed()
{
    Q_EMIT customerChanged(m_customerId);
}

void JourneyPanel::link(const LinkSuggestion &suggestion)
{
    whenReady<IdentityMove>(m_customers.link(suggestion.moveIdentityId, suggestion.toCustomerId,
                                suggestion.kind, m_agentId),
        [this](const Result<IdentityMove> &result) {
            if (!result.ok()) {
                setMessage(tr("Could not link: %1").arg(result.error().message));
                return;
            }
            setMessage(tr("Linked. Unlink restores both customers as they were."));
            changed();
            showCase(m_caseId, m_customerId);
        });
}

void JourneyPanel::unlink(const LinkedIdentity &identity)
{
    whenReady<IdentityMove>(m_customers.unlink(identity.identity.id, m_agentId),
        [this](const Result<IdentityMove> &result) {
            if (!result.ok()) {
                setMessage(tr("Could not unlink: %1").arg(result.error().message));
                return;
            }
            setMessage(result.value().createdCustomer
                    ? tr("Unlinked: the identity has a customer of its own now.")
                    : tr("Unlinked: the identity is back with customer %1.")
                          .arg(result.value().toCustomerId));
            changed();
            showCase(m_caseId, m_customerId);
        });
}

void JourneyPanel::linkCases(const CaseLinkProposal &proposal)
{
    whenReady<Done>(m_customers.linkCases(proposal.caseId, proposal.other.caseId,
                        tr("same problem on two platforms"), m_agentId),
        [this](const Result<Done> &result) {
            if (!result.ok()) {
                setMessage(tr("Could not link the cases: %1").arg(result.error().message));
                return;
            }
            setMessage({});
            reload();
        });
}

} // namespace CareDesk
