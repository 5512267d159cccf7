#include "billing/BillingPolicy.h"
#include "billing/PriceCalculator.h"

#include <QStandardPaths>
#include <QTest>

using namespace minutier;

namespace {

// Builds a policy from short texts, without going through JSON (tested in tst_billingpolicy).
// tiers: "30:2.50;60:2"
BillingPolicy policy(const QString &rate, const QString &currency = QStringLiteral("EUR"), qint64 freeMinutes = 0,
    const QString &increment = QStringLiteral("1/1"), const QString &tiers = {}, const QString &minimum = {},
    const QString &vat = QStringLiteral("0"), bool pricesIncludeVat = false)
{
    BillingPolicy p;
    p.currency = *Currency::fromCode(currency);
    p.rateE4 = *BillingPolicy::parseRate(rate);
    p.freeMinutes = freeMinutes;
    p.increment = *Increment::parse(increment);
    for (const QString &t : tiers.split(u';', Qt::SkipEmptyParts)) {
        const QStringList parts = t.split(u':');
        p.tiers.append(Tier { parts[0].toLongLong(), *BillingPolicy::parseRate(parts[1]) });
    }
    if (!minimum.isEmpty())
        p.minimumMinor = Money::parse(minimum, p.currency)->minor();
    p.vatBasisPoints = *BillingPolicy::parseVat(vat);
    p.pricesIncludeVat = pricesIncludeVat;
    return p;
}

} // namespace

class tst_PriceCalculator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void quote_data();
    void quote();
    void quote_invalidInput_isAnError_data();
    void quote_invalidInput_isAnError();
    void applyIncrement_data();
    void applyIncrement();
    void roundHalfUp_data();
    void roundHalfUp();
    void quote_largestInputs_stayExact();
    void quote_isMonotonicInDuration_data();
    void quote_isMonotonicInDuration();
    void durationForGross_data();
    void durationForGross();
};

void tst_PriceCalculator::quote_data()
{
    QTest::addColumn<BillingPolicy>("policy");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<qint64>("cap"); // -1: no cap
    QTest::addColumn<qint64>("billable");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("vat");
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<bool>("capped");
    QTest::addColumn<bool>("minimumApplied");

    const BillingPolicy eur3 = policy(QStringLiteral("3.00")); // 5 cents a second
    using L = qint64;
    // step 1: partial seconds are never charged
    QTest::addRow("zero ms is free") << eur3 << L(0) << L(-1) << L(0) << L(0) << L(0) << L(0) << false << false;
    QTest::addRow("999 ms is free") << eur3 << L(999) << L(-1) << L(0) << L(0) << L(0) << L(0) << false << false;
    QTest::addRow("1000 ms is one second") << eur3 << L(1000) << L(-1) << L(1) << L(5) << L(0) << L(5) << false << false;
    QTest::addRow("1999 ms is one second") << eur3 << L(1999) << L(-1) << L(1) << L(5) << L(0) << L(5) << false << false;
    QTest::addRow("12 min 34.9 s per second") << eur3 << L(754'900) << L(-1) << L(754) << L(3770) << L(0) << L(3770) << false << false;
    // step 2: free minutes
    const BillingPolicy free2vat20 = policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 2, QStringLiteral("1/1"), {}, {}, QStringLiteral("20"));
    QTest::addRow("issue example: free 2, VAT 20") << free2vat20 << L(754'567) << L(-1) << L(634) << L(3170) << L(634) << L(3804) << false << false;
    QTest::addRow("exactly the free minutes is free") << free2vat20 << L(120'000) << L(-1) << L(0) << L(0) << L(0) << L(0) << false << false;
    QTest::addRow("free minutes plus 999 ms is free") << free2vat20 << L(120'999) << L(-1) << L(0) << L(0) << L(0) << L(0) << false << false;
    QTest::addRow("one second past the free minutes") << free2vat20 << L(121'000) << L(-1) << L(1) << L(5) << L(1) << L(6) << false << false;
    QTest::addRow("inside the free minutes") << free2vat20 << L(90'000) << L(-1) << L(0) << L(0) << L(0) << L(0) << false << false;
    // step 3: increments
    const BillingPolicy perMinute = policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 0, QStringLiteral("60/60"));
    QTest::addRow("60/60: 999 ms is still free") << perMinute << L(999) << L(-1) << L(0) << L(0) << L(0) << L(0) << false << false;
    QTest::addRow("60/60: one second is a minute") << perMinute << L(1000) << L(-1) << L(60) << L(300) << L(0) << L(300) << false << false;
    QTest::addRow("60/60: exactly one minute") << perMinute << L(60'000) << L(-1) << L(60) << L(300) << L(0) << L(300) << false << false;
    QTest::addRow("60/60: 61 s is two minutes") << perMinute << L(61'000) << L(-1) << L(120) << L(600) << L(0) << L(600) << false << false;
    const BillingPolicy telecom = policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 0, QStringLiteral("30/6"));
    QTest::addRow("30/6: 1 s is 30 s") << telecom << L(1000) << L(-1) << L(30) << L(150) << L(0) << L(150) << false << false;
    QTest::addRow("30/6: 30 s is 30 s") << telecom << L(30'999) << L(-1) << L(30) << L(150) << L(0) << L(150) << false << false;
    QTest::addRow("30/6: 31 s is 36 s") << telecom << L(31'000) << L(-1) << L(36) << L(180) << L(0) << L(180) << false << false;
    QTest::addRow("30/6: 36 s is 36 s") << telecom << L(36'000) << L(-1) << L(36) << L(180) << L(0) << L(180) << false << false;
    QTest::addRow("30/6: 37 s is 42 s") << telecom << L(37'000) << L(-1) << L(42) << L(210) << L(0) << L(210) << false << false;
    const BillingPolicy perMinuteFree2 = policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 2, QStringLiteral("60/60"));
    QTest::addRow("60/60 after free minutes: nothing paid") << perMinuteFree2 << L(120'500) << L(-1) << L(0) << L(0) << L(0) << L(0) << false << false;
    QTest::addRow("60/60 after free minutes: one second paid") << perMinuteFree2 << L(121'000) << L(-1) << L(60) << L(300) << L(0) << L(300) << false << false;
    // step 4: tiers on the billable time
    const BillingPolicy tiered = policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 0, QStringLiteral("1/1"), QStringLiteral("30:2.50"));
    QTest::addRow("tier: just before the boundary") << tiered << L(1'799'999) << L(-1) << L(1799) << L(8995) << L(0) << L(8995) << false << false;
    QTest::addRow("tier: exactly at the boundary") << tiered << L(1'800'000) << L(-1) << L(1800) << L(9000) << L(0) << L(9000) << false << false;
    QTest::addRow("tier: one second past (9004.17)") << tiered << L(1'801'000) << L(-1) << L(1801) << L(9004) << L(0) << L(9004) << false << false;
    QTest::addRow("tier: six seconds past") << tiered << L(1'806'000) << L(-1) << L(1806) << L(9025) << L(0) << L(9025) << false << false;
    const BillingPolicy tieredFree = policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 2, QStringLiteral("1/1"), QStringLiteral("30:2.50"));
    QTest::addRow("tier counts billable minutes, after the free ones") << tieredFree << L(1'921'000) << L(-1) << L(1801) << L(9004) << L(0) << L(9004) << false << false;
    const BillingPolicy threeTiers = policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 0, QStringLiteral("60/60"), QStringLiteral("10:2;20:1"));
    QTest::addRow("three rates with per-minute increments") << threeTiers << L(1'501'000) << L(-1) << L(1560) << L(5600) << L(0) << L(5600) << false << false;
    QTest::addRow("a tier not reached") << threeTiers << L(540'000) << L(-1) << L(540) << L(2700) << L(0) << L(2700) << false << false;
    // step 5: one rounding, halves up (0.0030/min = 1/200 cent a second)
    const BillingPolicy tiny = policy(QStringLiteral("0.0030"));
    QTest::addRow("half a cent rounds up") << tiny << L(100'000) << L(-1) << L(100) << L(1) << L(0) << L(1) << false << false;
    QTest::addRow("just below half a cent rounds down") << tiny << L(99'000) << L(-1) << L(99) << L(0) << L(0) << L(0) << false << false;
    QTest::addRow("1.5 cents rounds to 2") << tiny << L(300'000) << L(-1) << L(300) << L(2) << L(0) << L(2) << false << false;
    const BillingPolicy tinyTiers = policy(QStringLiteral("0.0030"), QStringLiteral("EUR"), 0, QStringLiteral("1/1"), QStringLiteral("1:0.0030"));
    QTest::addRow("one rounding over all tiers (0.3 + 0.2)") << tinyTiers << L(100'000) << L(-1) << L(100) << L(1) << L(0) << L(1) << false << false;
    // currencies with other exponents
    const BillingPolicy jpy = policy(QStringLiteral("100"), QStringLiteral("JPY"), 0, QStringLiteral("1/1"), {}, {}, QStringLiteral("10"));
    QTest::addRow("JPY: 1256.67 yen rounds to 1257, VAT 10") << jpy << L(754'000) << L(-1) << L(754) << L(1257) << L(126) << L(1383) << false << false;
    QTest::addRow("JPY: one second") << jpy << L(1000) << L(-1) << L(1) << L(2) << L(0) << L(2) << false << false;
    const BillingPolicy bhd = policy(QStringLiteral("1.2345"), QStringLiteral("BHD"));
    QTest::addRow("BHD: three decimals (1255.075 fils)") << bhd << L(61'000) << L(-1) << L(61) << L(1255) << L(0) << L(1255) << false << false;
    // step 6: minimum
    const BillingPolicy minimum = policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 0, QStringLiteral("1/1"), {}, QStringLiteral("1.00"));
    QTest::addRow("minimum: zero stays zero") << minimum << L(999) << L(-1) << L(0) << L(0) << L(0) << L(0) << false << false;
    QTest::addRow("minimum: below is raised") << minimum << L(10'000) << L(-1) << L(10) << L(100) << L(0) << L(100) << false << true;
    QTest::addRow("minimum: exactly the minimum") << minimum << L(20'000) << L(-1) << L(20) << L(100) << L(0) << L(100) << false << false;
    QTest::addRow("minimum: above is untouched") << minimum << L(21'000) << L(-1) << L(21) << L(105) << L(0) << L(105) << false << false;
    const BillingPolicy minimumVat = policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 0, QStringLiteral("1/1"), {}, QStringLiteral("1.00"), QStringLiteral("20"));
    QTest::addRow("minimum is before VAT when prices exclude it") << minimumVat << L(10'000) << L(-1) << L(10) << L(100) << L(20) << L(120) << false << true;
    const BillingPolicy minimumInclVat = policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 0, QStringLiteral("1/1"), {}, QStringLiteral("1.00"), QStringLiteral("20"), true);
    QTest::addRow("minimum is a gross when prices include VAT") << minimumInclVat << L(10'000) << L(-1) << L(10) << L(83) << L(17) << L(100) << false << true;
    // step 7: VAT
    const BillingPolicy vat55 = policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 0, QStringLiteral("1/1"), {}, {}, QStringLiteral("5.5"));
    QTest::addRow("VAT 5.5 pct on top (174.35)") << vat55 << L(634'000) << L(-1) << L(634) << L(3170) << L(174) << L(3344) << false << false;
    const BillingPolicy vat55Incl = policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 0, QStringLiteral("1/1"), {}, {}, QStringLiteral("5.5"), true);
    QTest::addRow("VAT 5.5 pct included (3004.74)") << vat55Incl << L(634'000) << L(-1) << L(634) << L(3005) << L(165) << L(3170) << false << false;
    const BillingPolicy vat20Incl = policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 0, QStringLiteral("1/1"), {}, {}, QStringLiteral("20"), true);
    QTest::addRow("VAT 20 pct included (2641.67)") << vat20Incl << L(634'000) << L(-1) << L(634) << L(2642) << L(528) << L(3170) << false << false;
    const BillingPolicy vat1 = policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 0, QStringLiteral("1/1"), {}, {}, QStringLiteral("1"));
    QTest::addRow("VAT half a cent rounds up") << vat1 << L(10'000) << L(-1) << L(10) << L(50) << L(1) << L(51) << false << false;
    const BillingPolicy vat21 = policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 0, QStringLiteral("1/1"), {}, {}, QStringLiteral("2.1"));
    QTest::addRow("VAT 2.1 pct") << vat21 << L(634'000) << L(-1) << L(634) << L(3170) << L(67) << L(3237) << false << false;
    // step 8: cap on the gross
    QTest::addRow("cap hit exactly is not capped") << free2vat20 << L(754'567) << L(3804) << L(634) << L(3170) << L(634) << L(3804) << false << false;
    QTest::addRow("cap one cent below") << free2vat20 << L(754'567) << L(3803) << L(634) << L(3169) << L(634) << L(3803) << true << false;
    QTest::addRow("cap of zero") << free2vat20 << L(754'567) << L(0) << L(634) << L(0) << L(0) << L(0) << true << false;
    QTest::addRow("cap with VAT 5.5 pct (947.87)") << vat55 << L(634'000) << L(1000) << L(634) << L(948) << L(52) << L(1000) << true << false;
    QTest::addRow("cap without VAT") << eur3 << L(754'900) << L(5000) << L(754) << L(3770) << L(0) << L(3770) << false << false;
    QTest::addRow("cap with prices including VAT") << vat20Incl << L(634'000) << L(3000) << L(634) << L(2500) << L(500) << L(3000) << true << false;
}

void tst_PriceCalculator::quote()
{
    QFETCH(BillingPolicy, policy);
    QFETCH(qint64, ms);
    QFETCH(qint64, cap);
    QFETCH(qint64, billable);
    QFETCH(qint64, net);
    QFETCH(qint64, vat);
    QFETCH(qint64, gross);
    QFETCH(bool, capped);
    QFETCH(bool, minimumApplied);

    const auto q = PriceCalculator::quote(policy, ms, cap < 0 ? std::nullopt : std::optional<qint64>(cap));
    QVERIFY2(q.ok(), qPrintable(q.ok() ? QString() : q.error().detail));
    QCOMPARE(q->durationMs, ms);
    QCOMPARE(q->chargedSeconds, ms / 1000);
    QCOMPARE(q->billableSeconds, billable);
    QCOMPARE(q->net.minor(), net);
    QCOMPARE(q->vat.minor(), vat);
    QCOMPARE(q->gross.minor(), gross);
    QCOMPARE(q->net.minor() + q->vat.minor(), q->gross.minor());
    QCOMPARE(q->gross.currency(), policy.currency);
    QCOMPARE(q->capped, capped);
    QCOMPARE(q->minimumApplied, minimumApplied);
}

void tst_PriceCalculator::quote_invalidInput_isAnError_data()
{
    QTest::addColumn<BillingPolicy>("policy");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<qint64>("cap");

    const BillingPolicy ok = policy(QStringLiteral("3.00"));
    QTest::addRow("negative duration") << ok << qint64(-1) << qint64(-1);
    QTest::addRow("absurd duration") << ok << PriceCalculator::kMaxDurationMs + 1 << qint64(-1);
    QTest::addRow("negative cap") << ok << qint64(1000) << qint64(-5);
    BillingPolicy negativeRate = ok;
    negativeRate.rateE4 = -1;
    QTest::addRow("negative rate") << negativeRate << qint64(1000) << qint64(-1);
    BillingPolicy absurdRate = ok;
    absurdRate.rateE4 = BillingPolicy::kMaxRateE4 + 1;
    QTest::addRow("absurd rate") << absurdRate << qint64(1000) << qint64(-1);
    BillingPolicy noCurrency = ok;
    noCurrency.currency = Currency();
    QTest::addRow("invalid currency") << noCurrency << qint64(1000) << qint64(-1);
    BillingPolicy negativeFree = ok;
    negativeFree.freeMinutes = -1;
    QTest::addRow("negative free minutes") << negativeFree << qint64(1000) << qint64(-1);
    BillingPolicy zeroIncrement = ok;
    zeroIncrement.increment = Increment { 0, 60 };
    QTest::addRow("zero increment") << zeroIncrement << qint64(1000) << qint64(-1);
    BillingPolicy tierAtZero = ok;
    tierAtZero.tiers = { Tier { 0, 10000 } };
    QTest::addRow("tier at minute 0") << tierAtZero << qint64(1000) << qint64(-1);
    BillingPolicy tiersUnordered = ok;
    tiersUnordered.tiers = { Tier { 30, 10000 }, Tier { 30, 5000 } };
    QTest::addRow("tiers not increasing") << tiersUnordered << qint64(1000) << qint64(-1);
    BillingPolicy negativeTier = ok;
    negativeTier.tiers = { Tier { 30, -1 } };
    QTest::addRow("negative tier rate") << negativeTier << qint64(1000) << qint64(-1);
    BillingPolicy negativeMinimum = ok;
    negativeMinimum.minimumMinor = -1;
    QTest::addRow("negative minimum") << negativeMinimum << qint64(1000) << qint64(-1);
    BillingPolicy vatOver100 = ok;
    vatOver100.vatBasisPoints = 10'001;
    QTest::addRow("VAT above 100 pct") << vatOver100 << qint64(1000) << qint64(-1);
}

void tst_PriceCalculator::quote_invalidInput_isAnError()
{
    QFETCH(BillingPolicy, policy);
    QFETCH(qint64, ms);
    QFETCH(qint64, cap);
    const auto q = PriceCalculator::quote(policy, ms, cap == -1 ? std::nullopt : std::optional<qint64>(cap));
    QVERIFY(!q.ok());
    QCOMPARE(q.error().code, ErrorCode::InvalidInput);
    QVERIFY(!q.error().detail.isEmpty());
}

void tst_PriceCalculator::applyIncrement_data()
{
    QTest::addColumn<QString>("increment");
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<qint64>("billable");
    QTest::addRow("nothing paid") << "30/6" << qint64(0) << qint64(0);
    QTest::addRow("negative paid is nothing") << "30/6" << qint64(-3) << qint64(0);
    QTest::addRow("per second is identity") << "1/1" << qint64(1234) << qint64(1234);
    QTest::addRow("inside the first block") << "30/6" << qint64(29) << qint64(30);
    QTest::addRow("first block exactly") << "30/6" << qint64(30) << qint64(30);
    QTest::addRow("one step started") << "30/6" << qint64(31) << qint64(36);
    QTest::addRow("started minute") << "60/60" << qint64(119) << qint64(120);
    QTest::addRow("largest blocks") << "86400/86400" << qint64(86'401) << qint64(172'800);
}

void tst_PriceCalculator::applyIncrement()
{
    QFETCH(QString, increment);
    QFETCH(qint64, paid);
    QFETCH(qint64, billable);
    QCOMPARE(PriceCalculator::applyIncrement(paid, *Increment::parse(increment)), billable);
}

void tst_PriceCalculator::roundHalfUp_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");
    QTest::addRow("zero") << qint64(0) << qint64(7) << qint64(0);
    QTest::addRow("exact") << qint64(12) << qint64(4) << qint64(3);
    QTest::addRow("below half") << qint64(149) << qint64(100) << qint64(1);
    QTest::addRow("half goes up") << qint64(150) << qint64(100) << qint64(2);
    QTest::addRow("above half") << qint64(151) << qint64(100) << qint64(2);
    QTest::addRow("odd denominator") << qint64(5) << qint64(3) << qint64(2);
    QTest::addRow("int64 max over 1") << std::numeric_limits<qint64>::max() << qint64(1) << std::numeric_limits<qint64>::max();
}

void tst_PriceCalculator::roundHalfUp()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(qint64(PriceCalculator::roundHalfUp(numerator, denominator)), expected);
}

void tst_PriceCalculator::quote_largestInputs_stayExact()
{
    // The bounds make overflow impossible: the largest rate over the longest call with 100 % VAT
    // still fits, and is exact (1e8 EUR/min over 1e9 s = 166,666,666,666,666,666.67 cents).
    BillingPolicy p = policy(QStringLiteral("100000000"), QStringLiteral("EUR"), 0, QStringLiteral("1/1"), {}, {}, QStringLiteral("100"));
    auto q = PriceCalculator::quote(p, PriceCalculator::kMaxDurationMs);
    QVERIFY(q.ok());
    QCOMPARE(q->net.minor(), qint64(166'666'666'666'666'667));
    QCOMPARE(q->vat.minor(), qint64(166'666'666'666'666'667));
    QCOMPARE(q->gross.minor(), qint64(333'333'333'333'333'334));

    // BHD (3 decimals) with the largest blocks
    p = policy(QStringLiteral("100000000"), QStringLiteral("BHD"), 0, QStringLiteral("86400/86400"), {}, {}, QStringLiteral("100"), true);
    q = PriceCalculator::quote(p, PriceCalculator::kMaxDurationMs);
    QVERIFY(q.ok());
    QCOMPARE(q->billableSeconds, qint64(1'000'080'000)); // 1e9 s rounded up to whole days
    QCOMPARE(q->gross.minor(), qint64(1'666'800'000'000'000'000));
    QCOMPARE(q->net.minor(), qint64(833'400'000'000'000'000));

    // One step above each bound is refused rather than computed.
    QVERIFY(!PriceCalculator::quote(p, PriceCalculator::kMaxDurationMs + 1).ok());
    QVERIFY(!BillingPolicy::parseRate(QStringLiteral("100000000.0001")).ok());
    QCOMPARE(BillingPolicy::parseRate(QStringLiteral("92233720368547758.08")).error().code, ErrorCode::Overflow);
}

void tst_PriceCalculator::quote_isMonotonicInDuration_data()
{
    QTest::addColumn<BillingPolicy>("policy");
    QTest::addRow("tiers going down, minimum, VAT included")
        << policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 1, QStringLiteral("30/6"), QStringLiteral("2:1.00;4:0"), QStringLiteral("0.50"), QStringLiteral("5.5"), true);
    QTest::addRow("JPY per started minute")
        << policy(QStringLiteral("7"), QStringLiteral("JPY"), 0, QStringLiteral("60/60"), {}, {}, QStringLiteral("10"));
}

void tst_PriceCalculator::quote_isMonotonicInDuration()
{
    // The ticker shows a growing number: a longer call never costs less.
    QFETCH(BillingPolicy, policy);
    qint64 previous = 0;
    for (qint64 ms = 0; ms <= 600'000; ms += 250) {
        const auto q = PriceCalculator::quote(policy, ms);
        QVERIFY(q.ok());
        QVERIFY2(q->gross.minor() >= previous, qPrintable(QStringLiteral("at %1 ms").arg(ms)));
        previous = q->gross.minor();
    }
    QVERIFY(previous > 0);
}

void tst_PriceCalculator::durationForGross_data()
{
    QTest::addColumn<BillingPolicy>("policy");
    QTest::addColumn<qint64>("target");
    QTest::addColumn<qint64>("expectedMs");
    QTest::addRow("1.00 at 3.00/min is 20 s") << policy(QStringLiteral("3.00")) << qint64(100) << qint64(20'000);
    QTest::addRow("after 2 free minutes") << policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 2) << qint64(100) << qint64(140'000);
    QTest::addRow("per started minute: the first second") << policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 0, QStringLiteral("60/60")) << qint64(300) << qint64(1000);
    QTest::addRow("zero target") << policy(QStringLiteral("3.00")) << qint64(0) << qint64(0);
    QTest::addRow("free rate never gets there") << policy(QStringLiteral("0")) << qint64(100) << qint64(-1);
    BillingPolicy invalid = policy(QStringLiteral("3.00"));
    invalid.rateE4 = -1;
    QTest::addRow("invalid policy never gets there") << invalid << qint64(100) << qint64(-1);
    QTest::addRow("minimum reached at the first second")
        << policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 0, QStringLiteral("1/1"), {}, QStringLiteral("1.00")) << qint64(80) << qint64(1000);
    QTest::addRow("tiers and VAT") << policy(QStringLiteral("3.00"), QStringLiteral("EUR"), 0, QStringLiteral("1/1"), QStringLiteral("1:1.00"), {}, QStringLiteral("20"))
                                   << qint64(500) << qint64(130'000);
}

void tst_PriceCalculator::durationForGross()
{
    QFETCH(BillingPolicy, policy);
    QFETCH(qint64, target);
    QFETCH(qint64, expectedMs);
    const qint64 ms = PriceCalculator::durationForGross(policy, target);
    QCOMPARE(ms, expectedMs);
    if (ms > 0) {
        QVERIFY(PriceCalculator::quote(policy, ms)->gross.minor() >= target);
        QVERIFY(PriceCalculator::quote(policy, ms - 1000)->gross.minor() < target);
    }
}

QTEST_GUILESS_MAIN(tst_PriceCalculator)
#include "tst_pricecalculator.moc"
