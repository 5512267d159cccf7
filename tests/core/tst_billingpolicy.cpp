#include "billing/BillingPolicy.h"
#include "billing/QuoteRequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace minutier;

namespace {
QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    Q_ASSERT(error.error == QJsonParseError::NoError);
    return doc.object();
}
} // namespace

class tst_BillingPolicy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void parseRate_data();
    void parseRate();
    void parseRate_invalid_isRefused_data();
    void parseRate_invalid_isRefused();
    void parseVat_data();
    void parseVat();
    void increment_parse_data();
    void increment_parse();
    void fromJson_valid_readsEveryField();
    void fromJson_invalid_isRefused_data();
    void fromJson_invalid_isRefused();
    void toJson_roundTrip_givesTheSamePolicy_data();
    void toJson_roundTrip_givesTheSamePolicy();
    void rateText_keepsTheCurrencyDecimals_data();
    void rateText_keepsTheCurrencyDecimals();
    void quoteRequest_line_data();
    void quoteRequest_line();
    void quoteRequest_invalidLine_isRefused_data();
    void quoteRequest_invalidLine_isRefused();
    void quoteRequest_reused_forgetsThePreviousLine();
    void quoteRequest_fastAndGeneralPaths_agree_data();
    void quoteRequest_fastAndGeneralPaths_agree();
};

void tst_BillingPolicy::parseRate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("rateE4");
    QTest::addRow("whole") << "3" << qint64(30'000);
    QTest::addRow("two decimals") << "3.00" << qint64(30'000);
    QTest::addRow("four decimals") << "0.0025" << qint64(25);
    QTest::addRow("comma") << "2,5" << qint64(25'000);
    QTest::addRow("trailing zeros beyond four") << "1.230000" << qint64(12'300);
    QTest::addRow("zero") << "0" << qint64(0);
    QTest::addRow("largest") << "100000000" << BillingPolicy::kMaxRateE4;
}

void tst_BillingPolicy::parseRate()
{
    QFETCH(QString, text);
    QFETCH(qint64, rateE4);
    const auto r = BillingPolicy::parseRate(text);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(*r, rateE4);
}

void tst_BillingPolicy::parseRate_invalid_isRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    const int invalid = int(ErrorCode::InvalidInput);
    QTest::addRow("negative") << "-1.00" << invalid;
    QTest::addRow("five decimals") << "3.00001" << invalid;
    QTest::addRow("empty") << "" << invalid;
    QTest::addRow("letters") << "three" << invalid;
    QTest::addRow("exponent") << "3e2" << invalid;
    QTest::addRow("absurdly high") << "100000000.0001" << invalid;
    QTest::addRow("beyond 64 bits") << "92233720368547758.08" << int(ErrorCode::Overflow);
}

void tst_BillingPolicy::parseRate_invalid_isRefused()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    const auto r = BillingPolicy::parseRate(text);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), code);
}

void tst_BillingPolicy::parseVat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("basisPoints"); // -1: refused
    QTest::addRow("20") << "20" << qint64(2000);
    QTest::addRow("5.5") << "5.5" << qint64(550);
    QTest::addRow("2.1") << "2.1" << qint64(210);
    QTest::addRow("zero") << "0" << qint64(0);
    QTest::addRow("100") << "100" << qint64(10'000);
    QTest::addRow("above 100 refused") << "100.01" << qint64(-1);
    QTest::addRow("three decimals refused") << "5.555" << qint64(-1);
    QTest::addRow("negative refused") << "-5" << qint64(-1);
    QTest::addRow("percent sign refused") << "20%" << qint64(-1);
}

void tst_BillingPolicy::parseVat()
{
    QFETCH(QString, text);
    QFETCH(qint64, basisPoints);
    const auto r = BillingPolicy::parseVat(text);
    QCOMPARE(r.ok(), basisPoints >= 0);
    if (r.ok())
        QCOMPARE(*r, basisPoints);
}

void tst_BillingPolicy::increment_parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("initial"); // -1: refused
    QTest::addColumn<qint64>("step");
    QTest::addRow("per second") << "1/1" << qint64(1) << qint64(1);
    QTest::addRow("per started minute") << "60/60" << qint64(60) << qint64(60);
    QTest::addRow("telecom") << "30/6" << qint64(30) << qint64(6);
    QTest::addRow("spaces around") << " 30/6 " << qint64(30) << qint64(6);
    QTest::addRow("largest") << "86400/86400" << qint64(86'400) << qint64(86'400);
    QTest::addRow("zero refused") << "0/60" << qint64(-1) << qint64(0);
    QTest::addRow("zero step refused") << "60/0" << qint64(-1) << qint64(0);
    QTest::addRow("no slash refused") << "60" << qint64(-1) << qint64(0);
    QTest::addRow("missing initial refused") << "/60" << qint64(-1) << qint64(0);
    QTest::addRow("missing step refused") << "60/" << qint64(-1) << qint64(0);
    QTest::addRow("letters refused") << "a/b" << qint64(-1) << qint64(0);
    QTest::addRow("negative refused") << "-1/6" << qint64(-1) << qint64(0);
    QTest::addRow("more than a day refused") << "86401/1" << qint64(-1) << qint64(0);
}

void tst_BillingPolicy::increment_parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, initial);
    QFETCH(qint64, step);
    const auto r = Increment::parse(text);
    QCOMPARE(r.ok(), initial >= 0);
    if (r.ok()) {
        QCOMPARE(r->initialSeconds, initial);
        QCOMPARE(r->stepSeconds, step);
        QCOMPARE(Increment::parse(r->toString())->stepSeconds, step);
    }
}

void tst_BillingPolicy::fromJson_valid_readsEveryField()
{
    const auto p = BillingPolicy::fromJson(object(R"({"currency":"EUR","rate":"3.00","free_minutes":2,"increment":"60/60",
        "tiers":[{"from_minute":30,"rate":"2.50"},{"from_minute":60,"rate":"2"}],"minimum":"1.00","vat":"5.5",
        "prices_include_vat":true})"));
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().detail));
    QCOMPARE(p->currency.code(), QStringLiteral("EUR"));
    QCOMPARE(p->rateE4, qint64(30'000));
    QCOMPARE(p->freeMinutes, qint64(2));
    QCOMPARE(p->increment, (Increment { 60, 60 }));
    QCOMPARE(p->tiers.size(), 2);
    QCOMPARE(p->tiers[0], (Tier { 30, 25'000 }));
    QCOMPARE(p->tiers[1], (Tier { 60, 20'000 }));
    QCOMPARE(p->minimumMinor, qint64(100));
    QCOMPARE(p->vatBasisPoints, qint64(550));
    QVERIFY(p->pricesIncludeVat);

    const auto defaults = BillingPolicy::fromJson(object(R"({"currency":"jpy","rate":7})"));
    QVERIFY(defaults.ok());
    QCOMPARE(defaults->currency.code(), QStringLiteral("JPY"));
    QCOMPARE(defaults->rateE4, qint64(70'000));
    QCOMPARE(defaults->freeMinutes, qint64(0));
    QVERIFY(defaults->increment.isPerSecond());
    QVERIFY(defaults->tiers.isEmpty());
    QCOMPARE(defaults->minimumMinor, qint64(0));
    QCOMPARE(defaults->vatBasisPoints, qint64(0));
    QVERIFY(!defaults->pricesIncludeVat);
}

void tst_BillingPolicy::fromJson_invalid_isRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("missing currency") << QByteArray(R"({"rate":"3.00"})");
    QTest::addRow("unknown currency") << QByteArray(R"({"currency":"XXX","rate":"3.00"})");
    QTest::addRow("currency as a number") << QByteArray(R"({"currency":978,"rate":"3.00"})");
    QTest::addRow("missing rate") << QByteArray(R"({"currency":"EUR"})");
    QTest::addRow("negative rate") << QByteArray(R"({"currency":"EUR","rate":"-3.00"})");
    QTest::addRow("rate with 5 decimals") << QByteArray(R"({"currency":"EUR","rate":"3.00001"})");
    QTest::addRow("rate as a binary fraction") << QByteArray(R"({"currency":"EUR","rate":3.5})");
    QTest::addRow("absurd rate") << QByteArray(R"({"currency":"EUR","rate":"1000000000"})");
    QTest::addRow("negative free minutes") << QByteArray(R"({"currency":"EUR","rate":"3","free_minutes":-1})");
    QTest::addRow("fractional free minutes") << QByteArray(R"({"currency":"EUR","rate":"3","free_minutes":2.5})");
    QTest::addRow("too many free minutes") << QByteArray(R"({"currency":"EUR","rate":"3","free_minutes":1000001})");
    QTest::addRow("bad increment") << QByteArray(R"({"currency":"EUR","rate":"3","increment":"60"})");
    QTest::addRow("increment as a number") << QByteArray(R"({"currency":"EUR","rate":"3","increment":60})");
    QTest::addRow("tiers not an array") << QByteArray(R"({"currency":"EUR","rate":"3","tiers":{"from_minute":30}})");
    QTest::addRow("tier from minute 0") << QByteArray(R"({"currency":"EUR","rate":"3","tiers":[{"from_minute":0,"rate":"2"}]})");
    QTest::addRow("tiers out of order") << QByteArray(R"({"currency":"EUR","rate":"3","tiers":[{"from_minute":30,"rate":"2"},{"from_minute":10,"rate":"1"}]})");
    QTest::addRow("tier without rate") << QByteArray(R"({"currency":"EUR","rate":"3","tiers":[{"from_minute":30}]})");
    QTest::addRow("minimum below the yen") << QByteArray(R"({"currency":"JPY","rate":"3","minimum":"1.5"})");
    QTest::addRow("negative minimum") << QByteArray(R"({"currency":"EUR","rate":"3","minimum":"-1"})");
    QTest::addRow("VAT above 100") << QByteArray(R"({"currency":"EUR","rate":"3","vat":"101"})");
    QTest::addRow("VAT with 3 decimals") << QByteArray(R"({"currency":"EUR","rate":"3","vat":"5.555"})");
    QTest::addRow("prices_include_vat as text") << QByteArray(R"({"currency":"EUR","rate":"3","prices_include_vat":"true"})");
}

void tst_BillingPolicy::fromJson_invalid_isRefused()
{
    QFETCH(QByteArray, json);
    const auto p = BillingPolicy::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!p.ok());
    QVERIFY(!p.error().detail.isEmpty());
}

void tst_BillingPolicy::toJson_roundTrip_givesTheSamePolicy_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("minimal") << QByteArray(R"({"currency":"EUR","rate":"3"})");
    QTest::addRow("everything") << QByteArray(R"({"currency":"EUR","rate":"3.1234","free_minutes":2,"increment":"30/6",
        "tiers":[{"from_minute":30,"rate":"2.50"},{"from_minute":60,"rate":"0.0001"}],"minimum":"1.05","vat":"5.5","prices_include_vat":true})");
    QTest::addRow("JPY") << QByteArray(R"({"currency":"JPY","rate":"100","minimum":"500","vat":"10"})");
    QTest::addRow("BHD") << QByteArray(R"({"currency":"BHD","rate":"1.2345","minimum":"0.125","vat":"2.1"})");
}

void tst_BillingPolicy::toJson_roundTrip_givesTheSamePolicy()
{
    QFETCH(QByteArray, json);
    const auto p = BillingPolicy::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().detail));
    const QByteArray stored = QJsonDocument(p->toJson()).toJson(QJsonDocument::Compact);
    const auto back = BillingPolicy::fromJson(QJsonDocument::fromJson(stored).object());
    QVERIFY(back.ok());
    QCOMPARE(*back, *p);
    // amounts are stored as decimal strings, never as JSON numbers
    QVERIFY(p->toJson().value(QLatin1String("rate")).isString());
}

void tst_BillingPolicy::rateText_keepsTheCurrencyDecimals_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("text");
    QTest::addRow("EUR whole") << "EUR" << "3" << "3.00";
    QTest::addRow("EUR four decimals") << "EUR" << "0.0025" << "0.0025";
    QTest::addRow("JPY") << "JPY" << "100" << "100";
    QTest::addRow("JPY fraction") << "JPY" << "0.5" << "0.5";
    QTest::addRow("BHD") << "BHD" << "1.2" << "1.200";
}

void tst_BillingPolicy::rateText_keepsTheCurrencyDecimals()
{
    QFETCH(QString, currency);
    QFETCH(QString, rate);
    QFETCH(QString, text);
    BillingPolicy p;
    p.currency = *Currency::fromCode(currency);
    p.rateE4 = *BillingPolicy::parseRate(rate);
    QCOMPARE(p.rateText(), text);
}

void tst_BillingPolicy::quoteRequest_line_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("rateE4");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<qint64>("freeMinutes");
    QTest::addColumn<int>("tiers");
    QTest::addColumn<qint64>("minimumMinor");
    QTest::addColumn<qint64>("cap"); // -1: none
    QTest::addColumn<qint64>("vat");
    QTest::addColumn<bool>("inclVat");
    QTest::addRow("issue example line") << QByteArray(R"({"rate":"3.00","currency":"EUR","duration_ms":754567,"free_minutes":2,"increment":"60/60","tiers":[{"from_minute":30,"rate":"2.50"}],"minimum":"1.00","cap":"50.00","vat":"20","prices_include_vat":false})")
                                        << qint64(30'000) << qint64(754'567) << qint64(2) << 1 << qint64(100) << qint64(5000) << qint64(2000) << false;
    QTest::addRow("required keys only") << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":0})")
                                        << qint64(30'000) << qint64(0) << qint64(0) << 0 << qint64(0) << qint64(-1) << qint64(0) << false;
    QTest::addRow("spaces, other order, CR") << QByteArray("  { \"duration_ms\" : 5 ,\t\"currency\":\"EUR\", \"rate\" : \"1\" , \"tiers\" : [ ] }\r")
                                             << qint64(10'000) << qint64(5) << qint64(0) << 0 << qint64(0) << qint64(-1) << qint64(0) << false;
    QTest::addRow("escapes go the general way") << QByteArray(R"({"rate":"\u0033.00","currency":"\u0045UR","duration_ms":1})")
                                                << qint64(30'000) << qint64(1) << qint64(0) << 0 << qint64(0) << qint64(-1) << qint64(0) << false;
    QTest::addRow("whole numbers as JSON numbers") << QByteArray(R"({"rate":3,"currency":"EUR","duration_ms":1000.0,"vat":20,"cap":50,"minimum":1})")
                                                   << qint64(30'000) << qint64(1000) << qint64(0) << 0 << qint64(100) << qint64(5000) << qint64(2000) << false;
    QTest::addRow("whole numbers as strings") << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":"1000","free_minutes":"2","tiers":[{"from_minute":"30","rate":"1"}]})")
                                              << qint64(30'000) << qint64(1000) << qint64(2) << 1 << qint64(0) << qint64(-1) << qint64(0) << false;
    QTest::addRow("null minimum and cap") << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":1,"minimum":null,"cap":null,"prices_include_vat":true})")
                                          << qint64(30'000) << qint64(1) << qint64(0) << 0 << qint64(0) << qint64(-1) << qint64(0) << true;
    QTest::addRow("lower-case currency") << QByteArray(R"({"rate":"3","currency":"eur","duration_ms":1})")
                                         << qint64(30'000) << qint64(1) << qint64(0) << 0 << qint64(0) << qint64(-1) << qint64(0) << false;
}

void tst_BillingPolicy::quoteRequest_line()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, rateE4);
    QFETCH(qint64, durationMs);
    QFETCH(qint64, freeMinutes);
    QFETCH(int, tiers);
    QFETCH(qint64, minimumMinor);
    QFETCH(qint64, cap);
    QFETCH(qint64, vat);
    QFETCH(bool, inclVat);
    QuoteRequest r;
    const Status s = QuoteRequest::parseJsonLine(line, r);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QCOMPARE(r.policy.currency.code(), QStringLiteral("EUR"));
    QCOMPARE(r.policy.rateE4, rateE4);
    QCOMPARE(r.durationMs, durationMs);
    QCOMPARE(r.policy.freeMinutes, freeMinutes);
    QCOMPARE(r.policy.tiers.size(), tiers);
    QCOMPARE(r.policy.minimumMinor, minimumMinor);
    QCOMPARE(r.capMinor.value_or(-1), cap);
    QCOMPARE(r.policy.vatBasisPoints, vat);
    QCOMPARE(r.policy.pricesIncludeVat, inclVat);
}

void tst_BillingPolicy::quoteRequest_invalidLine_isRefused_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("detailContains");
    QTest::addRow("not JSON") << QByteArray("bad") << "not valid JSON";
    QTest::addRow("truncated") << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":1)") << "not valid JSON";
    QTest::addRow("trailing garbage") << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":1}x)") << "not valid JSON";
    QTest::addRow("an array") << QByteArray("[1]") << "JSON object";
    QTest::addRow("unknown key") << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":1,"free_minute":2})") << "free_minute";
    QTest::addRow("unknown tier key") << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":1,"tiers":[{"from_minute":1,"rate":"1","to":2}]})") << "tiers[].to";
    QTest::addRow("missing duration") << QByteArray(R"({"rate":"3","currency":"EUR"})") << "duration_ms";
    QTest::addRow("missing rate") << QByteArray(R"({"currency":"EUR","duration_ms":1})") << "rate";
    QTest::addRow("missing currency") << QByteArray(R"({"rate":"3","duration_ms":1})") << "currency";
    QTest::addRow("unknown currency") << QByteArray(R"({"rate":"3","currency":"XXX","duration_ms":1})") << "XXX";
    QTest::addRow("negative duration") << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":-1})") << "duration_ms";
    QTest::addRow("fractional duration") << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":1.5})") << "duration_ms";
    QTest::addRow("duration beyond 64 bits") << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":99999999999999999999})") << "duration_ms";
    QTest::addRow("rate as binary fraction") << QByteArray(R"({"rate":3.5,"currency":"EUR","duration_ms":1})") << "decimal string";
    QTest::addRow("rate with 5 decimals") << QByteArray(R"({"rate":"3.00001","currency":"EUR","duration_ms":1})") << "decimal places";
    QTest::addRow("cap below the cent") << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":1,"cap":"0.001"})") << "cap";
    QTest::addRow("negative cap") << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":1,"cap":"-1"})") << "cap";
    QTest::addRow("increment not a string") << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":1,"increment":60})") << "increment";
    QTest::addRow("tier not an object") << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":1,"tiers":[30]})") << "tiers";
    QTest::addRow("prices_include_vat as number") << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":1,"prices_include_vat":1})") << "prices_include_vat";
}

void tst_BillingPolicy::quoteRequest_invalidLine_isRefused()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, detailContains);
    QuoteRequest r;
    const Status s = QuoteRequest::parseJsonLine(line, r);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().detail.contains(detailContains), qPrintable(s.error().detail));
}

void tst_BillingPolicy::quoteRequest_reused_forgetsThePreviousLine()
{
    QuoteRequest r;
    QVERIFY(QuoteRequest::parseJsonLine(R"({"rate":"3","currency":"EUR","duration_ms":1,"free_minutes":2,"increment":"60/60",
        "tiers":[{"from_minute":1,"rate":"1"}],"minimum":"1","cap":"5","vat":"20","prices_include_vat":true})", r).ok());
    QVERIFY(QuoteRequest::parseJsonLine(R"({"rate":"2","currency":"JPY","duration_ms":7})", r).ok());
    BillingPolicy expected;
    expected.currency = *Currency::fromCode(u"JPY");
    expected.rateE4 = 20'000;
    QCOMPARE(r.policy, expected);
    QCOMPARE(r.durationMs, qint64(7));
    QVERIFY(!r.capMinor.has_value());
}

void tst_BillingPolicy::quoteRequest_fastAndGeneralPaths_agree_data()
{
    // Each line is read by the allocation-free parser; the same line with "EUR" spelt "\u0045UR" can only be
    // read by QJsonDocument. Both must give the same request, or the same error.
    QTest::addColumn<QByteArray>("line");
    QTest::addRow("full") << QByteArray(R"({"rate":"3.00","currency":"EUR","duration_ms":754567,"free_minutes":2,"increment":"60/60","tiers":[{"from_minute":30,"rate":"2.50"},{"from_minute":45,"rate":"1"}],"minimum":"1.00","cap":"50.00","vat":"20","prices_include_vat":true})");
    QTest::addRow("spaces") << QByteArray("{ \"currency\" : \"EUR\" , \"rate\" : 3 , \"duration_ms\" : 0 , \"tiers\" : [ { \"rate\" : \"1\" , \"from_minute\" : 2 } ] }");
    QTest::addRow("strings for whole numbers") << QByteArray(R"({"currency":"EUR","rate":"3","duration_ms":"12","free_minutes":" 2 "})");
    QTest::addRow("nulls") << QByteArray(R"({"currency":"EUR","rate":"3","duration_ms":1,"minimum":null,"cap":null})");
    QTest::addRow("empty tiers") << QByteArray(R"({"currency":"EUR","rate":"3","duration_ms":1,"tiers":[]})");
    QTest::addRow("error: 5 decimals") << QByteArray(R"({"currency":"EUR","rate":"3.00001","duration_ms":1})");
    QTest::addRow("error: negative duration") << QByteArray(R"({"currency":"EUR","rate":"3","duration_ms":-1})");
    QTest::addRow("error: null rate") << QByteArray(R"({"currency":"EUR","rate":null,"duration_ms":1})");
    QTest::addRow("error: empty tier") << QByteArray(R"({"currency":"EUR","rate":"3","duration_ms":1,"tiers":[{}]})");
    QTest::addRow("error: tiers null") << QByteArray(R"({"currency":"EUR","rate":"3","duration_ms":1,"tiers":null})");
    QTest::addRow("error: tiers a number") << QByteArray(R"({"currency":"EUR","rate":"3","duration_ms":1,"tiers":3})");
    QTest::addRow("error: bool rate") << QByteArray(R"({"currency":"EUR","rate":true,"duration_ms":1})");
    QTest::addRow("error: negative whole rate") << QByteArray(R"({"currency":"EUR","rate":-3,"duration_ms":1})");
    QTest::addRow("error: vat 101") << QByteArray(R"({"currency":"EUR","rate":"3","duration_ms":1,"vat":101})");
    QTest::addRow("error: from_minute bool") << QByteArray(R"({"currency":"EUR","rate":"3","duration_ms":1,"tiers":[{"from_minute":true,"rate":"1"}]})");
    QTest::addRow("error: missing duration") << QByteArray(R"({"currency":"EUR","rate":"3"})");
}

void tst_BillingPolicy::quoteRequest_fastAndGeneralPaths_agree()
{
    QFETCH(QByteArray, line);
    QByteArray general = line;
    general.replace("\"EUR\"", "\"\\u0045UR\"");
    QVERIFY(general != line);

    QuoteRequest fast;
    QuoteRequest slow;
    const Status a = QuoteRequest::parseJsonLine(line, fast);
    const Status b = QuoteRequest::parseJsonLine(general, slow);
    QCOMPARE(a.ok(), b.ok());
    if (a.ok()) {
        QCOMPARE(fast.policy, slow.policy);
        QCOMPARE(fast.durationMs, slow.durationMs);
        QCOMPARE(fast.capMinor, slow.capMinor);
    } else {
        QCOMPARE(a.error().detail, b.error().detail);
    }
}

QTEST_GUILESS_MAIN(tst_BillingPolicy)
#include "tst_billingpolicy.moc"
