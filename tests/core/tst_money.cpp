#include "money/Currency.h"
#include "money/Decimal.h"
#include "money/Money.h"

#include <QTest>

using namespace minutier;

class tst_Money : public QObject
{
    Q_OBJECT
private slots:
    void parseScaled_data();
    void parseScaled();
    void parseScaled_rejects_data();
    void parseScaled_rejects();
    void formatScaled_data();
    void formatScaled();
    void currency_exponents_data();
    void currency_exponents();
    void money_parseAndFormat_roundTrips();
    void money_arithmetic_checksOverflowAndCurrency();
};

void tst_Money::parseScaled_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scale");
    QTest::addColumn<qint64>("expected");
    QTest::addRow("integer") << "3" << 2 << qint64(300);
    QTest::addRow("two decimals") << "3.00" << 2 << qint64(300);
    QTest::addRow("comma decimal") << "12,5" << 2 << qint64(1250);
    QTest::addRow("rate with 4 decimals") << "0.0025" << 4 << qint64(25);
    QTest::addRow("leading dot") << ".5" << 2 << qint64(50);
    QTest::addRow("trailing zeros beyond scale") << "1.2300" << 2 << qint64(123);
    QTest::addRow("spaces around") << "  7.1 " << 1 << qint64(71);
    QTest::addRow("zero") << "0" << 2 << qint64(0);
    QTest::addRow("jpy no decimals") << "500" << 0 << qint64(500);
    QTest::addRow("largest") << "92233720368547758.07" << 2 << qint64(9223372036854775807);
}

void tst_Money::parseScaled()
{
    QFETCH(QString, text);
    QFETCH(int, scale);
    QFETCH(qint64, expected);
    auto r = Decimal::parseScaled(text, scale);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(*r, expected);
}

void tst_Money::parseScaled_rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scale");
    QTest::addRow("empty") << "" << 2;
    QTest::addRow("negative") << "-1" << 2;
    QTest::addRow("too many decimals") << "3.001" << 2;
    QTest::addRow("letters") << "3a" << 2;
    QTest::addRow("exponent") << "1e3" << 2;
    QTest::addRow("thousands separator") << "1 000" << 2;
    QTest::addRow("two dots") << "1.2.3" << 2;
    QTest::addRow("only a dot") << "." << 2;
    QTest::addRow("only a sign") << "+" << 2;
    QTest::addRow("overflow") << "92233720368547758.08" << 2;
    QTest::addRow("huge") << "999999999999999999999999" << 0;
}

void tst_Money::parseScaled_rejects()
{
    QFETCH(QString, text);
    QFETCH(int, scale);
    QVERIFY(!Decimal::parseScaled(text, scale).ok());
}

void tst_Money::formatScaled_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("scale");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QString>("expected");
    QTest::addRow("rate 3.00") << qint64(30000) << 4 << 2 << "3.00";
    QTest::addRow("rate 2.125") << qint64(21250) << 4 << 2 << "2.125";
    QTest::addRow("cents") << qint64(3804) << 2 << 2 << "38.04";
    QTest::addRow("negative") << qint64(-5) << 2 << 2 << "-0.05";
    QTest::addRow("vat 5.5") << qint64(550) << 2 << 0 << "5.5";
    QTest::addRow("vat 20") << qint64(2000) << 2 << 0 << "20";
    QTest::addRow("int64 min") << std::numeric_limits<qint64>::min() << 2 << 2 << "-92233720368547758.08";
}

void tst_Money::formatScaled()
{
    QFETCH(qint64, value);
    QFETCH(int, scale);
    QFETCH(int, minDecimals);
    QFETCH(QString, expected);
    QCOMPARE(Decimal::formatScaled(value, scale, minDecimals), expected);
}

void tst_Money::currency_exponents_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exponent");
    QTest::addRow("EUR") << "EUR" << 2;
    QTest::addRow("eur lower case") << "eur" << 2;
    QTest::addRow("CHF") << "CHF" << 2;
    QTest::addRow("GBP") << "GBP" << 2;
    QTest::addRow("USD") << "USD" << 2;
    QTest::addRow("JPY") << "JPY" << 0;
    QTest::addRow("BHD") << "BHD" << 3;
}

void tst_Money::currency_exponents()
{
    QFETCH(QString, code);
    QFETCH(int, exponent);
    const auto c = Currency::fromCode(code);
    QVERIFY(c.has_value());
    QCOMPARE(c->exponent(), exponent);
    QCOMPARE(c->code(), code.toUpper());
    QVERIFY(!Currency::fromCode(u"XYZ").has_value());
}

void tst_Money::money_parseAndFormat_roundTrips()
{
    auto m = Money::parse(u"30.5", Currency::eur());
    QVERIFY(m.ok());
    QCOMPARE(m->minor(), qint64(3050));
    QCOMPARE(m->toDecimalString(), QStringLiteral("30.50"));
    auto yen = Money::parse(u"500", *Currency::fromCode(u"JPY"));
    QVERIFY(yen.ok());
    QCOMPARE(yen->toDecimalString(), QStringLiteral("500"));
    QVERIFY(!Money::parse(u"5.5", *Currency::fromCode(u"JPY")).ok());
    QVERIFY(!Money::parse(u"-1.00", Currency::eur()).ok());
    QVERIFY(Money::parse(u"-1.00", Currency::eur(), true).ok());
}

void tst_Money::money_arithmetic_checksOverflowAndCurrency()
{
    const Money a = Money::fromMinor(std::numeric_limits<qint64>::max(), Currency::eur());
    QVERIFY(!a.plus(Money::fromMinor(1, Currency::eur())).ok());
    QCOMPARE(a.plus(Money::fromMinor(1, Currency::eur())).error().code, ErrorCode::Overflow);
    const Money b = Money::fromMinor(100, Currency::eur());
    QVERIFY(!b.plus(Money::fromMinor(1, *Currency::fromCode(u"USD"))).ok());
    QCOMPARE(b.minus(Money::fromMinor(150, Currency::eur()))->minor(), qint64(-50));
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
