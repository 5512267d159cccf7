// The invoice document's own wording and number formats, in French and English whatever the
// interface language: amounts exactly from minor units, dates, VAT rates, durations, rates.
#include "invoicing/InvoiceTexts.h"

#include <QTest>

using namespace minutier;

class tst_InvoiceTexts : public QObject
{
    Q_OBJECT
private slots:
    void money_exactFromMinorUnits_data();
    void money_exactFromMinorUnits();
    void vatRate_languages_data();
    void vatRate_languages();
    void duration_format_data();
    void duration_format();
    void perMinuteRate_keepsUpToFourDecimals_data();
    void perMinuteRate_keepsUpToFourDecimals();
    void text_languageTable_data();
    void text_languageTable();
};

void tst_InvoiceTexts::money_exactFromMinorUnits_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::addRow("fr cents") << qint64(3804) << "EUR"
                              << "fr" << QStringLiteral("38,04 €");
    QTest::addRow("en cents") << qint64(3804) << "EUR"
                              << "en" << QStringLiteral("€38.04");
    QTest::addRow("fr thousands") << qint64(123456789) << "EUR"
                                  << "fr" << QStringLiteral("1 234 567,89 €");
    QTest::addRow("en thousands") << qint64(123456789) << "EUR"
                                  << "en" << QStringLiteral("€1,234,567.89");
    QTest::addRow("zero") << qint64(0) << "EUR"
                          << "fr" << QStringLiteral("0,00 €");
    QTest::addRow("one cent") << qint64(1) << "EUR"
                              << "en" << QStringLiteral("€0.01");
    QTest::addRow("negative") << qint64(-3000) << "EUR"
                              << "en" << QStringLiteral("-€30.00");
    QTest::addRow("yen, no decimals") << qint64(1500) << "JPY"
                                      << "fr" << QStringLiteral("1 500 JPY");
    QTest::addRow("dinar, 3 decimals") << qint64(1234) << "BHD"
                                       << "en" << QStringLiteral("1.234 BHD");
    QTest::addRow("int64 max, no overflow") << std::numeric_limits<qint64>::max() << "EUR"
                                            << "fr" << QStringLiteral("92 233 720 368 547 758,07 €");
    QTest::addRow("int64 min, no overflow") << std::numeric_limits<qint64>::min() << "EUR"
                                            << "fr" << QStringLiteral("-92 233 720 368 547 758,08 €");
}

void tst_InvoiceTexts::money_exactFromMinorUnits()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const auto c = Currency::fromCode(currency);
    QVERIFY(c.has_value());
    QCOMPARE(InvoiceTexts::money(Money::fromMinor(minor, *c), language), expected);
}

void tst_InvoiceTexts::vatRate_languages_data()
{
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<QString>("fr");
    QTest::addColumn<QString>("en");
    QTest::addRow("20") << qint64(2000) << QStringLiteral("20 %") << QStringLiteral("20%");
    QTest::addRow("5.5") << qint64(550) << QStringLiteral("5,5 %") << QStringLiteral("5.5%");
    QTest::addRow("2.1") << qint64(210) << QStringLiteral("2,1 %") << QStringLiteral("2.1%");
    QTest::addRow("0") << qint64(0) << QStringLiteral("0 %") << QStringLiteral("0%");
}

void tst_InvoiceTexts::vatRate_languages()
{
    QFETCH(qint64, basisPoints);
    QFETCH(QString, fr);
    QFETCH(QString, en);
    QCOMPARE(InvoiceTexts::vatRate(basisPoints, QStringLiteral("fr")), fr);
    QCOMPARE(InvoiceTexts::vatRate(basisPoints, QStringLiteral("en")), en);
}

void tst_InvoiceTexts::duration_format_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::addRow("seconds only") << qint64(45) << QStringLiteral("45 s");
    QTest::addRow("minutes") << qint64(754) << QStringLiteral("12 min 34 s");
    QTest::addRow("exact minute") << qint64(120) << QStringLiteral("2 min 0 s");
    QTest::addRow("hours") << qint64(3725) << QStringLiteral("1 h 2 min 5 s");
}

void tst_InvoiceTexts::duration_format()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(InvoiceTexts::duration(seconds, QStringLiteral("fr")), expected);
}

void tst_InvoiceTexts::perMinuteRate_keepsUpToFourDecimals_data()
{
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::addRow("fr 3.00") << "3.00"
                             << "fr" << QStringLiteral("3,00 €");
    QTest::addRow("en 3") << "3"
                          << "en" << QStringLiteral("€3.00");
    QTest::addRow("fr 0.4525") << "0.4525"
                               << "fr" << QStringLiteral("0,4525 €");
    QTest::addRow("en 1234.5") << "1234.5"
                               << "en" << QStringLiteral("€1,234.50");
}

void tst_InvoiceTexts::perMinuteRate_keepsUpToFourDecimals()
{
    QFETCH(QString, rate);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QCOMPARE(InvoiceTexts::perMinuteRate(rate, Currency::eur(), language), expected);
}

void tst_InvoiceTexts::text_languageTable_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("fr");
    QTest::addColumn<QString>("en");
    QTest::addRow("title") << QByteArray("invoice_title") << QStringLiteral("FACTURE") << QStringLiteral("INVOICE");
    QTest::addRow("credit") << QByteArray("credit_note_title") << QStringLiteral("AVOIR")
                            << QStringLiteral("CREDIT NOTE");
    QTest::addRow("franchise")
        << QByteArray("franchise") << QStringLiteral("TVA non applicable, art. 293 B du CGI")
        << QStringLiteral("VAT not applicable, art. 293 B of the French CGI (TVA non applicable, art. 293 B du CGI)");
}

void tst_InvoiceTexts::text_languageTable()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, fr);
    QFETCH(QString, en);
    QCOMPARE(InvoiceTexts::text(QStringLiteral("fr"), key.constData()), fr);
    QCOMPARE(InvoiceTexts::text(QStringLiteral("en"), key.constData()), en);
    QCOMPARE(InvoiceTexts::text(QStringLiteral("en-GB"), key.constData()), en);
}

QTEST_GUILESS_MAIN(tst_InvoiceTexts)
#include "tst_invoicetexts.moc"
