#include "CallPanel.h"

#include "call/CallHoldBox.h"
#include "billing/PriceCalculator.h"
#include "billing/PriceExplanation.h"
#include "common/ClientListModel.h"
#include "storage/DefaultOffers.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/Labels.h"
#include "common/MoneyFormat.h"
#include "common/MessageBox.h"
#include "storage/SessionRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcCallPanel, "minutier.ui.call")

namespace minutier {

namespace {
QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("card", true);
    return frame;
}
} // namespace

CallPanel::CallPanel(Database &db, const Clock &clock, CallController &controller, const DefaultOffers &defaults,
    QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_defaults(defaults)
    , m_controller(controller)
    , m_clientModel(new ClientListModel(this))
    , m_client(new QComboBox(this))
    , m_offer(new QComboBox(this))
    , m_offerSummary(new QLabel(this))
    , m_state(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_cost(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_free(new QLabel(this))
    , m_error(new QLabel(this))
    , m_today(new QLabel(this))
    , m_start(new QPushButton(tr("&Start call"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
{
    setObjectName(QStringLiteral("callPanel"));
    auto *title = new QLabel(tr("Call"), this);
    title->setProperty("role", QStringLiteral("title"));

    m_client->setObjectName(QStringLiteral("clientCombo"));
    m_client->setAccessibleName(tr("Client"));
    // A model, not 5,000 addItem() calls; the width does not depend on the longest name (the
    // default policy measures every row on first show).
    m_client->setModel(m_clientModel);
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_client->setMinimumContentsLength(28);
    m_client->setMaxVisibleItems(15);
    m_client->setEditable(true);
    m_client->setInsertPolicy(QComboBox::NoInsert);
    m_client->lineEdit()->setPlaceholderText(tr("Search a client…"));
    m_client->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_client->completer()->setFilterMode(Qt::MatchContains);
    m_client->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_client->completer()->setMaxVisibleItems(12);
    m_client->setToolTip(tr("Type part of the client's name or company, then pick with the arrow keys and Enter."));
    m_client->setMinimumWidth(320);
    m_offer->setObjectName(QStringLiteral("offerCombo"));
    m_offer->setAccessibleName(tr("Offer"));
    m_offerSummary->setObjectName(QStringLiteral("offerSummary"));
    m_offerSummary->setProperty("role", QStringLiteral("muted"));
    m_offerSummary->setWordWrap(true);

    auto *pickCard = card(this);
    auto *pick = new QGridLayout(pickCard);
    pick->setContentsMargins(20, 16, 20, 16);
    pick->setHorizontalSpacing(16);
    pick->setVerticalSpacing(6);
    auto *clientLabel = new QLabel(tr("&Client"), pickCard);
    clientLabel->setBuddy(m_client);
    clientLabel->setProperty("role", QStringLiteral("muted"));
    auto *offerLabel = new QLabel(tr("&Offer"), pickCard);
    offerLabel->setBuddy(m_offer);
    offerLabel->setProperty("role", QStringLiteral("muted"));
    pick->addWidget(clientLabel, 0, 0);
    pick->addWidget(offerLabel, 0, 1);
    pick->addWidget(m_client, 1, 0);
    pick->addWidget(m_offer, 1, 1);
    pick->addWidget(m_offerSummary, 2, 1);
    pick->setColumnStretch(0, 3);
    pick->setColumnStretch(1, 2);

    m_state->setObjectName(QStringLiteral("callStateLabel"));
    m_state->setProperty("role", QStringLiteral("muted"));
    m_state->setAlignment(Qt::AlignCenter);
    m_elapsed->setObjectName(QStringLiteral("tickerElapsed"));
    m_elapsed->setAccessibleName(tr("Elapsed time"));
    m_elapsed->setAlignment(Qt::AlignCenter);
    m_cost->setObjectName(QStringLiteral("tickerCost"));
    m_cost->setAccessibleName(tr("Cost so far"));
    m_cost->setAlignment(Qt::AlignCenter);
    m_detail->setObjectName(QStringLiteral("tickerDetail"));
    m_detail->setProperty("role", QStringLiteral("muted"));
    m_detail->setAlignment(Qt::AlignCenter);
    m_free->setObjectName(QStringLiteral("freeMinutesLeft"));
    m_free->setAlignment(Qt::AlignCenter);
    m_error->setObjectName(QStringLiteral("callErrorLabel"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setIcon(Icons::icon(QStringLiteral("start"), Qt::white));
    m_start->setAccessibleName(tr("Start call"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setIcon(Icons::icon(QStringLiteral("pause")));
    m_pause->setAccessibleName(tr("Pause or resume the call"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setIcon(Icons::icon(QStringLiteral("stop"), Qt::white));
    m_stop->setAccessibleName(tr("Stop call"));
    for (auto *b : { m_start, m_pause, m_stop })
        b->setIconSize(QSize(20, 20));

    auto *tickerCard = card(this);
    auto *ticker = new QVBoxLayout(tickerCard);
    ticker->setContentsMargins(24, 24, 24, 24);
    ticker->setSpacing(6);
    ticker->addWidget(m_state);
    ticker->addWidget(m_elapsed);
    ticker->addWidget(m_cost);
    ticker->addWidget(m_detail);
    ticker->addWidget(m_free);
    m_usageIndex = ticker->count(); // the share of the card hold used, once the hold box is built
    ticker->addSpacing(16);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    ticker->addLayout(buttons);
    m_ticker = ticker;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);
    layout->addWidget(title);
    layout->addWidget(pickCard); // the hold box goes under it
    layout->addWidget(tickerCard);
    m_layout = layout;
    layout->addWidget(m_error);
    m_today->setObjectName(QStringLiteral("todaySummary"));
    m_today->setProperty("role", QStringLiteral("muted"));
    m_today->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_today);
    layout->addStretch();

    connect(&m_controller, &CallController::ticked, this, &CallPanel::refresh);
    connect(&m_controller, &CallController::stateChanged, this, [this] {
        updateButtons();
        refresh();
    });
    connect(&m_controller, &CallController::cueReached, this, &CallPanel::onCue);
    connect(&m_controller, &CallController::sessionSaved, this, &CallPanel::onSaved);
    connect(&m_controller, &CallController::suspendDetected, this, &CallPanel::onSuspend);
    connect(&m_controller, &CallController::heartbeatFailed, this,
        [this](const QString &detail) {
            qCWarning(lcCallPanel) << "heartbeat failed" << detail;
            showError(tr("The call cannot be saved to the database right now; it keeps being measured."));
        });
    connect(m_offer, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_holdBox)
            return;
        const Offer *offer = currentOffer();
        m_holdBox->setSelection(m_client->currentData().toString(), offer ? std::optional<Offer>(*offer) : std::nullopt);
    });
    connect(m_start, &QPushButton::clicked, this, &CallPanel::start);
    connect(m_pause, &QPushButton::clicked, this, &CallPanel::togglePause);
    connect(m_stop, &QPushButton::clicked, this, &CallPanel::stop);
    connect(m_client, &QComboBox::currentIndexChanged, this, &CallPanel::onClientChanged);
    connect(m_offer, &QComboBox::currentIndexChanged, this, &CallPanel::refresh);
    updateButtons();
    refresh();
}

CallPanel::~CallPanel() = default; // a call still running is left to the controller (saved as interrupted)

void CallPanel::setCatalogue(const QList<Client> &clients, const QList<Offer> &offers)
{
    const QString client = m_client->currentData().toString();
    const QString offer = m_offer->currentData().toString();
    m_offers = offers;
    {
        const QSignalBlocker block(m_client);
        m_clientModel->setClients(clients);
        m_client->setCurrentIndex(m_clientModel->rowOf(client));
    }
    {
        const QSignalBlocker block(m_offer);
        m_offer->clear();
        for (const Offer &o : offers)
            m_offer->addItem(o.name, o.id);
        m_offer->setCurrentIndex(std::max(0, m_offer->findData(offer)));
    }
    updateToday();
    if (m_client->currentIndex() < 0 && !clients.isEmpty())
        m_client->setCurrentIndex(0);
    else
        onClientChanged();
}

void CallPanel::selectClient(const QString &clientId)
{
    if (m_controller.isActive())
        return;
    m_client->setCurrentIndex(m_clientModel->rowOf(clientId));
}

void CallPanel::updateToday()
{
    SessionFilter filter;
    filter.from = m_clock.nowUtc().toLocalTime().date().startOfDay().toUTC();
    filter.states = { SessionState::Ended, SessionState::Billed };
    auto totals = SessionRepository(m_db).monthlyTotals(filter);
    if (!totals || totals->isEmpty()) {
        m_today->setText(tr("No call yet today."));
        return;
    }
    QStringList parts;
    for (const SessionMonthTotal &t : totals.value()) {
        const auto currency = Currency::fromCode(t.currency).value_or(Currency::eur());
        parts << tr("Today: %n call(s)", nullptr, int(t.calls)) + QStringLiteral(" · ")
                + tr("%1 billed").arg(MoneyFormat::formatDuration(t.billableSeconds * 1000)) + QStringLiteral(" · ")
                + MoneyFormat::format(Money::fromMinor(t.grossMinor, currency));
    }
    m_today->setText(parts.join(QStringLiteral("\n")));
}

void CallPanel::selectOffer(const QString &offerId)
{
    if (m_controller.isActive())
        return;
    const int index = m_offer->findData(offerId);
    if (index >= 0)
        m_offer->setCurrentIndex(index);
}

void CallPanel::setPayments(PaymentSetup *payments)
{
    m_payments = payments;
    if (m_holdBox)
        m_holdBox->setPayments(payments);
}

void CallPanel::setPlannedSession(const QString &sessionId)
{
    holdBox()->setPlannedSession(sessionId);
}

CallHoldBox *CallPanel::holdBox()
{
    if (m_holdBox)
        return m_holdBox;
    m_holdBox = new CallHoldBox(m_db, m_clock, m_controller, this);
    m_layout->insertWidget(m_layout->indexOf(m_client->parentWidget()) + 1, m_holdBox);
    m_ticker->insertWidget(m_usageIndex, m_holdBox->usageWidget());
    connect(m_holdBox, &CallHoldBox::startRequested, this, &CallPanel::start);
    if (m_payments)
        m_holdBox->setPayments(m_payments);
    const Offer *offer = currentOffer();
    m_holdBox->setSelection(m_client->currentData().toString(), offer ? std::optional<Offer>(*offer) : std::nullopt);
    return m_holdBox;
}

bool CallPanel::event(QEvent *event)
{
    // The hold box waits until the panel is on screen: a timer started at the show would run
    // before the first paint (the expose that paints comes after the posted events).
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, [this] {
            // Right after this first paint: the hold box, and the list of matching clients
            // (the completer's popup, created when first asked for).
            holdBox();
            if (auto *matches = qobject_cast<QListView *>(m_client->completer()->popup())) {
                matches->setUniformItemSizes(true); // thousands of rows: no per-row size computation
                matches->setSpacing(2);
                matches->setAccessibleName(tr("Matching clients"));
            }
        });
    }
    return QWidget::event(event);
}

bool CallPanel::isCallActive() const
{
    return m_controller.isActive();
}

const Offer *CallPanel::currentOffer() const
{
    const QString id = m_offer->currentData().toString();
    for (const Offer &o : m_offers)
        if (o.id == id)
            return &o;
    return nullptr;
}

void CallPanel::onClientChanged()
{
    const QString id = m_client->currentData().toString();
    if (const Client *c = m_clientModel->clientAt(m_client->currentIndex()))
        m_offer->setCurrentIndex(std::max(0, m_offer->findData(m_defaults.offerFor(*c, m_offers))));
    const Offer *offer = currentOffer();
    if (m_holdBox)
        m_holdBox->setSelection(id, offer ? std::optional<Offer>(*offer) : std::nullopt);
    updateButtons();
    refresh();
}

void CallPanel::start()
{
    if (m_controller.isActive())
        return;
    const QString clientId = m_client->currentData().toString();
    const Offer *offer = currentOffer();
    if (clientId.isEmpty() || !offer) {
        showError(tr("Choose a client and an offer first."));
        return;
    }
    if (m_controller.state() == CallController::State::Ended)
        m_controller.reset();
    // The planned session id: the holds made for this call before it started belong to it.
    CallHoldBox *hold = holdBox();
    if (auto s = m_controller.start(clientId, offer->id, hold->authorizedMinor(), hold->plannedSessionId());
        !s) {
        showError(ErrorText::describe(s.error()));
        return;
    }
    m_error->hide();
    updateButtons();
    refresh();
    emit callActiveChanged(true);
}

void CallPanel::togglePause()
{
    if (m_controller.state() == CallController::State::Running)
        m_controller.pause();
    else if (m_controller.state() == CallController::State::Paused)
        m_controller.resume();
    updateButtons();
    refresh();
}

void CallPanel::stop()
{
    if (!m_controller.isActive() && !m_unsaved)
        return;
    if (m_controller.isActive() && m_controller.stopNeedsConfirmation()) {
        const auto answer = MessageBox::question(this, tr("Stop the call"),
            tr("The call has lasted only %1. Stop and save it?").arg(MoneyFormat::formatDuration(m_controller.elapsedMs())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    auto saved = m_controller.stop(); // success continues in onSaved() (also when the tray stops)
    if (!saved) {
        // The call stays ended but unsaved: Stop again retries; the running row and its
        // heartbeats remain in the database, so nothing is lost.
        m_unsaved = true;
        showError(ErrorText::describe(saved.error()));
        updateButtons();
    }
}

void CallPanel::onSaved(const Session &saved)
{
    m_unsaved = false;
    // Forget the finished call once the controller has returned from stop().
    QMetaObject::invokeMethod(
        this, [this] {
            if (m_controller.state() == CallController::State::Ended && !m_unsaved)
                m_controller.reset();
        },
        Qt::QueuedConnection);
    m_error->hide();
    updateButtons();
    refresh();
    m_state->setText(tr("Saved: %1 for %2")
                         .arg(MoneyFormat::format(saved.gross), MoneyFormat::formatDuration(saved.durationMs)));
    updateToday();
    emit callActiveChanged(false);
    emit sessionSaved(saved);
}

void CallPanel::onCue(CallController::Cue cue)
{
    switch (cue) {
    case CallController::Cue::FreeMinutesEnded:
        m_free->setText(tr("Free minutes used: billing has started"));
        break;
    case CallController::Cue::HoldAt80Percent:
        showError(tr("80 % of the amount held on the client's card is reached."));
        break;
    case CallController::Cue::CapReached:
        showError(tr("The amount held is reached: time still counts, nothing more is charged."));
        break;
    }
}

void CallPanel::onSuspend(qint64 gapMs)
{
    const auto answer = MessageBox::question(this, tr("Computer asleep"),
        tr("The computer seems to have been asleep for %1 during the call. Count this time in the call?")
            .arg(MoneyFormat::formatDuration(gapMs)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    m_controller.countGap(answer == QMessageBox::Yes);
    refresh();
}

void CallPanel::refresh()
{
    const Offer *offer = currentOffer();
    const bool active = m_controller.isActive();
    const auto &session = m_controller.session();
    const BillingPolicy policy = active && session ? session->policy : (offer ? offer->policy : BillingPolicy());
    m_offerSummary->setText(offer ? PriceExplanation::describeOffer(offer->policy, QLocale()) : QString());
    const qint64 elapsed = active ? m_controller.elapsedMs() : 0;

    m_elapsed->setText(clockText(elapsed));
    auto quote = active ? m_controller.currentQuote() : PriceCalculator::quote(policy, 0);
    if (quote) {
        m_cost->setText(MoneyFormat::format(quote->gross));
        m_detail->setText(policy.vatBasisPoints > 0
                ? tr("%1 excl. VAT · %2 billable").arg(MoneyFormat::format(quote->net),
                      MoneyFormat::formatDuration(quote->billableSeconds * 1000))
                : tr("%1 billable").arg(MoneyFormat::formatDuration(quote->billableSeconds * 1000)));
    } else {
        m_cost->setText(QStringLiteral("—"));
        m_detail->clear();
    }
    if (policy.freeMinutes > 0) {
        const qint64 left = active ? m_controller.freeMsLeft() : policy.freeMinutes * 60'000;
        m_free->setText(left > 0 ? tr("Free time left: %1").arg(MoneyFormat::formatDuration(left))
                                 : tr("Free minutes used"));
        m_free->show();
    } else {
        m_free->hide();
    }
    const bool running = m_controller.state() == CallController::State::Running;
    if (m_state->property("live").toBool() != running) { // green and bold while the call runs
        m_state->setProperty("live", running);
        m_state->style()->unpolish(m_state);
        m_state->style()->polish(m_state);
    }
    const QString clientName = session ? session->clientName : QString();
    if (!active)
        m_state->setText(offer ? tr("Ready") : tr("Create an offer and a client to start a call."));
    else
        m_state->setText(running ? tr("● On call with %1").arg(clientName) : tr("Paused — %1").arg(clientName));
}

void CallPanel::updateButtons()
{
    const bool active = m_controller.isActive();
    const bool paused = m_controller.state() == CallController::State::Paused;
    const bool unsaved = m_unsaved; // stop() failed: Stop retries
    m_start->setEnabled(!active && !unsaved && m_client->currentIndex() >= 0 && currentOffer());
    m_pause->setEnabled(active);
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setIcon(Icons::icon(paused ? QStringLiteral("start") : QStringLiteral("pause")));
    m_stop->setEnabled(active || unsaved);
    m_client->setEnabled(!active && !unsaved);
    m_offer->setEnabled(!active && !unsaved);
}

void CallPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void CallPanel::setShortcutHints(const QKeySequence &start, const QKeySequence &pause, const QKeySequence &stop)
{
    m_start->setToolTip(tr("Start the call (%1)").arg(start.toString(QKeySequence::NativeText)));
    m_pause->setToolTip(tr("Pause or resume the call (%1)").arg(pause.toString(QKeySequence::NativeText)));
    m_stop->setToolTip(tr("Stop the call and save it (%1)").arg(stop.toString(QKeySequence::NativeText)));
}

void CallPanel::addToTicker(QWidget *widget)
{
    m_ticker->addSpacing(8);
    m_ticker->addWidget(widget);
}

} // namespace minutier
