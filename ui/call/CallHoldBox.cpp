#include "CallHoldBox.h"

#include "billing/PriceCalculator.h"
#include "common/MoneyFormat.h"
#include "common/Theme.h"
#include "metering/CallController.h"
#include "metering/Clock.h"
#include "payments/PaymentLinkDialog.h"
#include "payments/PaymentService.h"
#include "payments/PaymentSetup.h"
#include "payments/PaymentText.h"
#include "storage/SqlUtil.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcCallHold, "minutier.ui.call.hold")

namespace minutier {

namespace {
// Palette-aware warning colours: darker inks on a light window, lighter ones on a dark window.
QString amber() { return Theme::isDark() ? QStringLiteral("#fbbf24") : QStringLiteral("#b45309"); }
QString red() { return Theme::isDark() ? QStringLiteral("#f87171") : QStringLiteral("#dc2626"); }
QString green() { return Theme::isDark() ? QStringLiteral("#4ade80") : QStringLiteral("#15803d"); }
} // namespace

CallHoldBox::CallHoldBox(Database &db, const Clock &clock, CallController &controller, QWidget *parent)
    : QFrame(parent)
    , m_db(db)
    , m_clock(clock)
    , m_controller(controller)
    , m_title(new QLabel(tr("Card hold"), this))
    , m_bankTransfer(new QLabel(this))
    , m_before(new QWidget(this))
    , m_minutes(new QSpinBox(m_before))
    , m_minutesAmount(new QLabel(m_before))
    , m_amount(new QLineEdit(m_before))
    , m_link(new QPushButton(tr("Payment &link…"), m_before))
    , m_saved(new QPushButton(tr("Hold on sa&ved card"), m_before))
    , m_status(new QLabel(this))
    , m_expiry(new QLabel(this))
    , m_usageBox(new QWidget(this))
    , m_usageBar(new QProgressBar(m_usageBox))
    , m_usage(new QLabel(m_usageBox))
    , m_result(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry payment"), this))
{
    setObjectName(QStringLiteral("callHoldBox"));
    setProperty("card", true);
    m_title->setProperty("role", QStringLiteral("subtitle"));
    m_bankTransfer->setObjectName(QStringLiteral("holdBankTransfer"));
    m_bankTransfer->setProperty("role", QStringLiteral("muted"));
    m_bankTransfer->setWordWrap(true);

    m_minutes->setObjectName(QStringLiteral("holdMinutes"));
    m_minutes->setAccessibleName(tr("Planned minutes"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setValue(30);
    m_minutes->setSuffix(tr(" min"));
    m_minutesAmount->setObjectName(QStringLiteral("holdMinutesAmount"));
    m_minutesAmount->setProperty("role", QStringLiteral("muted"));
    m_amount->setObjectName(QStringLiteral("holdAmount"));
    m_amount->setAccessibleName(tr("Amount to hold"));
    m_amount->setPlaceholderText(tr("or an amount"));
    m_amount->setMaximumWidth(120);
    m_link->setObjectName(QStringLiteral("paymentLinkButton"));
    m_link->setAccessibleName(tr("Create a payment link for this call"));
    m_saved->setObjectName(QStringLiteral("savedCardButton"));
    m_saved->setAccessibleName(tr("Hold the amount on the client's saved card"));
    m_status->setObjectName(QStringLiteral("holdStatus"));
    m_status->setWordWrap(true);
    m_expiry->setObjectName(QStringLiteral("holdExpiry"));
    m_expiry->setProperty("role", QStringLiteral("muted"));
    m_expiry->setWordWrap(true);
    m_usageBar->setObjectName(QStringLiteral("holdUsageBar"));
    m_usageBar->setAccessibleName(tr("Share of the hold used"));
    m_usageBar->setRange(0, 1000);
    m_usageBar->setTextVisible(false);
    m_usageBar->setMaximumHeight(8);
    m_usage->setObjectName(QStringLiteral("holdUsage"));
    m_usage->setWordWrap(true);
    m_usage->setAlignment(Qt::AlignCenter);
    m_usageBox->setObjectName(QStringLiteral("holdUsageBox"));
    auto *usageLayout = new QVBoxLayout(m_usageBox);
    usageLayout->setContentsMargins(0, 4, 0, 4);
    usageLayout->addWidget(m_usageBar);
    usageLayout->addWidget(m_usage);
    m_result->setObjectName(QStringLiteral("paymentResult"));
    m_result->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("retryPaymentButton"));
    m_retry->setAccessibleName(tr("Retry the payment of the last call"));

    auto *minutesLabel = new QLabel(tr("&Hold for"), m_before);
    minutesLabel->setBuddy(m_minutes);
    auto *row = new QHBoxLayout(m_before);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(minutesLabel);
    row->addWidget(m_minutes);
    row->addWidget(m_minutesAmount);
    row->addWidget(m_amount);
    row->addStretch();
    row->addWidget(m_link);
    row->addWidget(m_saved);

    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_retry);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_bankTransfer);
    layout->addWidget(m_before);
    layout->addWidget(m_status);
    layout->addWidget(m_expiry);
    layout->addWidget(m_usageBox); // the call panel moves it into its ticker
    layout->addLayout(resultRow);

    connect(m_link, &QPushButton::clicked, this, &CallHoldBox::openPaymentLink);
    connect(m_saved, &QPushButton::clicked, this, &CallHoldBox::holdOnSavedCard);
    connect(m_retry, &QPushButton::clicked, this, &CallHoldBox::retrySettlement);
    connect(m_minutes, &QSpinBox::valueChanged, this, &CallHoldBox::updateView);
    connect(m_amount, &QLineEdit::textChanged, this, &CallHoldBox::updateView);
    connect(&m_controller, &CallController::ticked, this, &CallHoldBox::onTicked);
    connect(&m_controller, &CallController::stateChanged, this, &CallHoldBox::onStateChanged);
    connect(&m_controller, &CallController::cappedChanged, this, &CallHoldBox::onTicked);
    connect(&m_controller, &CallController::sessionSaved, this, &CallHoldBox::onSessionSaved);

    newPlannedSession();
    m_retry->hide();
    m_result->hide();
    updateView();
}

CallHoldBox::~CallHoldBox() = default;

void CallHoldBox::setPayments(PaymentSetup *setup)
{
    if (m_setup)
        disconnect(m_setup, nullptr, this, nullptr);
    m_setup = setup;
    if (m_setup)
        connect(m_setup, &PaymentSetup::stateChanged, this, [this] {
            setSelection(m_clientId, m_offer); // the saved card can be looked up now
        });
    setSelection(m_clientId, m_offer);
}

bool CallHoldBox::isUsable(const PaymentHold &hold) const
{
    return hold.isAuthorized()
        && (!hold.captureBefore.isValid() || m_clock.nowUtc().secsTo(hold.captureBefore) > kExpiryMarginSecs);
}

bool CallHoldBox::isReady() const { return m_setup && m_setup->isReady(); }

void CallHoldBox::newPlannedSession()
{
    m_planned = SqlUtil::newId();
    m_holds.clear();
}

void CallHoldBox::setPlannedSession(const QString &sessionId)
{
    if (m_controller.isActive() || sessionId.isEmpty())
        return;
    m_planned = sessionId;
    updateView();
}

void CallHoldBox::setSelection(const QString &clientId, const std::optional<Offer> &offer)
{
    m_clientId = clientId;
    m_offer = offer;
    m_savedCard.reset();
    if (isReady() && !clientId.isEmpty()) {
        auto card = m_setup->service().savedCard(clientId);
        if (card)
            m_savedCard = *card;
        else
            qCWarning(lcCallHold) << "saved card lookup failed" << card.error().detail;
    }
    updateView();
}

std::optional<qint64> CallHoldBox::authorizedMinor() const
{
    qint64 total = 0;
    for (const PaymentHold &h : m_holds)
        if (isUsable(h))
            total += h.amount.minor();
    if (total <= 0)
        return std::nullopt;
    return total;
}

Result<Money> CallHoldBox::requestedAmount() const
{
    if (!m_offer)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no offer chosen"));
    const Currency currency = m_offer->policy.currency;
    const QString typed = m_amount->text().trimmed();
    if (!typed.isEmpty()) {
        auto money = Money::parse(typed, currency);
        if (!money)
            return money.error();
        return money;
    }
    // The gross of the planned minutes with the offer (free minutes, tiers, VAT included): the
    // same calculation as the meter, so the cap and the hold agree.
    auto quote = PriceCalculator::quote(m_offer->policy, qint64(m_minutes->value()) * 60'000);
    if (!quote)
        return quote.error();
    return quote->gross;
}

void CallHoldBox::recheckHolds()
{
    constexpr qint64 kRecheckMs = 60'000;
    const qint64 now = m_clock.monotonicMs();
    for (const PaymentHold &h : std::as_const(m_holds)) {
        if (h.status != HoldStatus::Authorized || h.paymentIntentId.isEmpty())
            continue;
        if (auto it = m_checkedAtMs.constFind(h.id); it != m_checkedAtMs.cend() && now - it.value() < kRecheckMs)
            continue;
        m_checkedAtMs.insert(h.id, now);
        const QString planned = m_planned;
        m_setup->service().refreshHold(h.id, this, [this, planned](Result<PaymentHold> r) {
            if (!r) {
                // Unreachable: the stored state stands (its capture-before date still applies).
                qCInfo(lcCallHold) << "hold not re-read:" << r.error().detail;
                return;
            }
            if (r->status != HoldStatus::Authorized && planned == m_planned && !m_controller.isActive())
                updateView(); // no longer held: the amount and the cap follow
        });
    }
}

void CallHoldBox::updateView()
{
    const bool ready = isReady();
    const bool active = m_controller.isActive();
    if (ready && !m_planned.isEmpty() && !active) {
        auto holds = m_setup->service().outbox().holds(m_planned);
        if (holds)
            m_holds = *holds;
        recheckHolds();
    }
    m_bankTransfer->setVisible(!ready);
    if (!ready) {
        const bool loading = m_setup && m_setup->state() == PaymentSetup::State::Loading;
        m_bankTransfer->setText(loading ? tr("Reading the payment settings…")
                                        : tr("No card payment set up: calls are invoiced payable by bank transfer. "
                                             "Set up Stripe in Settings to hold the amount on the client's card "
                                             "before the call."));
    }
    m_before->setVisible(ready && !active);

    auto amount = requestedAmount();
    m_minutesAmount->setText(
        amount && m_amount->text().trimmed().isEmpty() ? tr("≈ %1").arg(MoneyFormat::format(*amount)) : QString());
    const bool haveAuthorized = authorizedMinor().has_value();
    m_link->setEnabled(ready && !active && amount.ok() && !m_clientId.isEmpty());
    m_saved->setEnabled(ready && !active && amount.ok() && m_savedCard.has_value());
    m_saved->setToolTip(m_savedCard
            ? tr("The card the client used on %1")
                  .arg(QLocale().toString(m_savedCard->createdAt.toLocalTime().date(), QLocale::ShortFormat))
            : tr("No card saved for this client yet: send a payment link first."));
    if (!amount && !m_amount->text().trimmed().isEmpty())
        m_link->setToolTip(tr("Type the amount as 30,00."));
    else
        m_link->setToolTip(QString());

    if (!active) {
        m_usageBox->hide();
        if (!ready) {
            m_status->clear();
            m_expiry->clear();
        } else if (haveAuthorized) {
            const Currency currency = m_holds.first().amount.currency();
            m_status->setText(
                tr("Authorized: %1").arg(MoneyFormat::format(Money::fromMinor(*authorizedMinor(), currency))));
            m_status->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(green()));
            QDateTime before;
            for (const PaymentHold &h : m_holds)
                if (isUsable(h) && h.captureBefore.isValid() && (!before.isValid() || h.captureBefore < before))
                    before = h.captureBefore;
            m_expiry->setText(before.isValid()
                    ? tr("The hold must be captured before %1.")
                          .arg(QLocale().toString(before.toLocalTime(), QLocale::ShortFormat))
                    : QString());
        } else {
            m_status->setStyleSheet(QString());
            QString text;
            const bool needsAuthentication = std::any_of(m_holds.cbegin(), m_holds.cend(),
                [](const PaymentHold &h) { return h.status == HoldStatus::RequiresAction; });
            for (const PaymentHold &h : m_holds) {
                if (h.status == HoldStatus::LinkOpen)
                    text = needsAuthentication
                        ? tr("The client's bank asks for authentication: payment link sent, waiting for the client.")
                        : tr("Payment link sent: waiting for the client to pay.");
                else if (h.status == HoldStatus::Failed)
                    text = h.failure.isEmpty() ? tr("The card hold failed.")
                                               : tr("The card hold failed: %1").arg(h.failure);
                else if (h.status == HoldStatus::RequiresAction)
                    text = tr("The client's bank asks for authentication: send a payment link.");
                else if (h.isAuthorized() && !isUsable(h))
                    text = tr("The hold of %1 expires on %2, too soon for a call: create a new payment link.")
                               .arg(MoneyFormat::format(h.amount),
                                   QLocale().toString(h.captureBefore.toLocalTime(), QLocale::ShortFormat));
                else if (h.status == HoldStatus::Expired)
                    text = tr("The payment link expired without payment.");
            }
            m_status->setText(text.isEmpty() ? tr("No hold yet: the call can start without one.") : text);
            m_expiry->clear();
            for (const PaymentHold &h : m_holds)
                if (h.status == HoldStatus::LinkOpen && h.linkExpiresAt.isValid())
                    m_expiry->setText(
                        tr("The link is valid until %1.")
                            .arg(QLocale().toString(h.linkExpiresAt.toLocalTime(), QLocale::ShortFormat)));
        }
    }
    m_status->setVisible(!m_status->text().isEmpty());
    m_expiry->setVisible(!m_expiry->text().isEmpty());
    emit holdChanged();
}

void CallHoldBox::openPaymentLink()
{
    if (!isReady() || m_controller.isActive())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto amount = requestedAmount();
    if (!amount) {
        m_status->setText(tr("Type the amount to hold as 30,00."));
        m_status->show();
        return;
    }
    // A link already sent for this call is shown again instead of creating a second one.
    std::optional<PaymentHold> open;
    for (const PaymentHold &h : m_holds)
        if (h.status == HoldStatus::LinkOpen || (h.status == HoldStatus::Pending && !h.checkoutUrl.isEmpty()))
            open = h;

    PaymentLinkRequest request;
    request.sessionId = m_planned;
    request.amount = *amount;
    request.description = m_offer ? tr("Call — %1").arg(m_offer->name) : tr("Call");
    if (m_savedCard)
        request.customerId = m_savedCard->customerId;
    auto *dialog = new PaymentLinkDialog(m_setup->service(), request, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->setPollInterval(m_pollMs);
    connect(dialog, &PaymentLinkDialog::authorized, this, [this](const PaymentHold &hold) {
        m_checkedAtMs.insert(hold.id, m_clock.monotonicMs()); // just read from Stripe by the dialog
        updateView();
    });
    connect(dialog, &PaymentLinkDialog::linkCreated, this, [this] { updateView(); });
    connect(dialog, &QDialog::finished, this, [this](int result) {
        updateView();
        if (result == QDialog::Accepted && authorizedMinor())
            emit startRequested();
    });
    dialog->open();
    if (open)
        dialog->resume(*open);
    else
        dialog->start();
    QMetaObject::invokeMethod(this, &CallHoldBox::updateView, Qt::QueuedConnection); // the new link row
}

void CallHoldBox::holdOnSavedCard()
{
    if (!isReady() || m_controller.isActive() || !m_savedCard)
        return;
    auto amount = requestedAmount();
    if (!amount) {
        m_status->setText(tr("Type the amount to hold as 30,00."));
        m_status->show();
        return;
    }
    SavedCardHoldRequest request;
    request.sessionId = m_planned;
    request.amount = *amount;
    request.paymentMethodId = m_savedCard->paymentMethodId;
    request.customerId = m_savedCard->customerId;
    request.description = m_offer ? tr("Call — %1").arg(m_offer->name) : tr("Call");
    m_saved->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Holding %1 on the saved card…").arg(MoneyFormat::format(*amount)));
    m_status->show();
    m_setup->service().placeHold(request, this, [this](Result<PaymentHold> r) {
        if (r)
            m_checkedAtMs.insert(r->id, m_clock.monotonicMs()); // Stripe's answer of a moment ago
        updateView();
        if (!r) {
            m_status->setText(tr("The card was not held: %1").arg(PaymentText::describe(r.error())));
            m_status->show();
            return;
        }
        if (r->status == HoldStatus::RequiresAction) {
            // 3-D Secure: only the client can complete it, on the payment page.
            m_status->setText(tr("The client's bank asks for authentication: send a payment link instead."));
            m_status->show();
            openPaymentLink();
        }
    });
}

void CallHoldBox::onStateChanged()
{
    const auto state = m_controller.state();
    if (m_controller.isActive() && m_callSession.isEmpty()) {
        // The call started: it runs under the planned id when the panel passed it.
        const auto &session = m_controller.session();
        m_callSession = session ? session->id : QString();
        m_nextHoldPending = m_nextHoldFailed = false;
        m_nextHoldFailure.clear();
        m_blockMinor = 0;
        for (const PaymentHold &h : m_holds)
            if (isUsable(h) && m_blockMinor == 0)
                m_blockMinor = h.amount.minor();
        m_result->hide();
        m_retry->hide();
    }
    if (state == CallController::State::Ready && !m_settling && m_callSession.isEmpty())
        updateView();
    m_before->setVisible(isReady() && !m_controller.isActive());
    // During the call the share of the hold shows in the panel's ticker; this card steps aside.
    if (m_usageBox->parentWidget() != this)
        setVisible(!m_controller.isActive());
    onTicked();
}

void CallHoldBox::onTicked()
{
    const int permille = m_controller.isActive() ? m_controller.holdUsedPermille() : -1;
    if (permille < 0) {
        m_usageBox->hide();
        return;
    }
    showUsage(permille, m_controller.isCapped());
    // Rolling holds: at 90 % of what is authorised, one further block on the saved card.
    if (isReady() && permille >= 900 && !m_nextHoldPending && !m_nextHoldFailed && !m_callSession.isEmpty()
        && m_blockMinor > 0) {
        auto quote = m_controller.currentQuote();
        if (!quote)
            return;
        auto coverage = m_setup->service().coverage(m_callSession, quote->gross.minor());
        if (coverage
            && (coverage->advice == HoldCoverage::Advice::PlaceNextHold
                || coverage->advice == HoldCoverage::Advice::AtCap))
            placeNextHold();
    }
}

void CallHoldBox::showUsage(int permille, bool capped)
{
    const auto hold = m_controller.holdMinor();
    const auto &session = m_controller.session();
    if (!hold || !session)
        return;
    const Money held = Money::fromMinor(*hold, session->policy.currency);
    m_usageBox->show();
    m_usageBar->setValue(permille);
    QString colour;
    if (capped || permille >= 1000)
        colour = red();
    else if (permille >= 800)
        colour = amber();
    m_usageBar->setStyleSheet(
        colour.isEmpty() ? QString() : QStringLiteral("QProgressBar::chunk { background: %1; }").arg(colour));
    m_usage->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1; font-weight: 600;").arg(colour));
    const QString percent = QLocale().toString(permille / 10) + QStringLiteral(" %");
    QString text;
    if (capped) {
        text = m_nextHoldFailed
            ? tr("The hold of %1 is used up and no further hold could be placed (%2): time still counts, nothing "
                 "more is charged.")
                  .arg(MoneyFormat::format(held), m_nextHoldFailure)
            : tr("The hold of %1 is used up: time still counts, nothing more is charged.")
                  .arg(MoneyFormat::format(held));
    } else if (m_nextHoldPending) {
        text = tr("%1 of the %2 held is used. Holding a further amount on the card…")
                   .arg(percent, MoneyFormat::format(held));
    } else if (m_nextHoldFailed) {
        text = tr("%1 of the %2 held is used. No further hold could be placed (%3): the meter stops charging at %2.")
                   .arg(percent, MoneyFormat::format(held), m_nextHoldFailure);
    } else {
        text = tr("%1 of the %2 held is used.").arg(percent, MoneyFormat::format(held));
    }
    m_usage->setText(text);
    m_status->clear();
    m_expiry->clear();
    m_status->hide();
    m_expiry->hide();
}

void CallHoldBox::placeNextHold()
{
    const auto &session = m_controller.session();
    if (!session)
        return;
    m_nextHoldPending = true;
    const QString sessionId = m_callSession;
    const Money block = Money::fromMinor(m_blockMinor, session->policy.currency);
    qCInfo(lcCallHold) << "placing the next hold" << sessionId << m_blockMinor;
    m_setup->service().placeNextHold(sessionId, block, this, [this, sessionId](Result<PaymentHold> r) {
        m_nextHoldPending = false;
        if (sessionId != m_callSession || !m_controller.isActive())
            return; // the call ended meanwhile; settlement deals with the hold
        if (!r || !r->isAuthorized()) {
            m_nextHoldFailed = true;
            m_nextHoldFailure = !r ? PaymentText::describe(r.error())
                : r->status == HoldStatus::RequiresAction
                ? tr("the bank asks the client to authenticate")
                : (r->failure.isEmpty() ? tr("the card was not held") : r->failure);
            while (m_nextHoldFailure.endsWith(u'.'))
                m_nextHoldFailure.chop(1); // it sits inside a sentence
            qCWarning(lcCallHold) << "next hold failed" << sessionId;
            onTicked();
            return;
        }
        auto coverage = m_setup->service().coverage(sessionId, 0);
        if (!coverage) {
            m_nextHoldFailed = true;
            m_nextHoldFailure = PaymentText::describe(coverage.error());
            onTicked();
            return;
        }
        if (auto s = m_controller.extendHold(coverage->authorizedMinor); !s) {
            m_nextHoldFailed = true;
            m_nextHoldFailure = PaymentText::describe(s.error());
        }
        onTicked();
    });
    onTicked();
}

void CallHoldBox::onSessionSaved(const Session &session)
{
    if (session.id != m_callSession)
        return;
    m_callSession.clear();
    m_usageBox->hide();
    const bool hadHolds = std::any_of(
        m_holds.cbegin(), m_holds.cend(), [](const PaymentHold &h) { return !h.paymentIntentId.isEmpty(); });
    newPlannedSession(); // the next call gets its own id
    if (!isReady() || !hadHolds) {
        updateView();
        return;
    }
    m_toSettle = session;
    settle();
}

void CallHoldBox::settle()
{
    if (!m_toSettle || !isReady() || m_settling)
        return;
    m_settling = true;
    m_retry->hide();
    m_result->show();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Capturing %1…").arg(MoneyFormat::format(m_toSettle->gross)));
    const Session session = *m_toSettle;
    m_setup->service().settleSession(session.id, session.gross, this, [this](Result<SessionSettlement> r) {
        m_settling = false;
        if (!r) {
            m_result->setStyleSheet(QStringLiteral("color: %1;").arg(red()));
            m_result->setText(tr("The payment was not taken yet: %1").arg(PaymentText::describe(r.error())));
            m_retry->show();
            updateView();
            return;
        }
        m_toSettle.reset();
        if (r->status == SettlementStatus::NotCharged) {
            m_result->setStyleSheet(QString());
            m_result->setText(tr("Not charged (below the minimum charge): holds released."));
        } else {
            m_result->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(green()));
            QString text = tr("Captured %1").arg(MoneyFormat::format(r->captured));
            if (r->shortfallMinor > 0)
                text += QStringLiteral(" · ")
                    + tr("%1 not covered by the hold (to invoice by bank transfer)")
                          .arg(MoneyFormat::format(Money::fromMinor(r->shortfallMinor, r->captured.currency())));
            m_result->setText(text);
        }
        setSelection(m_clientId, m_offer); // the card this call saved can hold the next one
    });
}

void CallHoldBox::retrySettlement() { settle(); }

} // namespace minutier
