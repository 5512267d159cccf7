#include "billing/PriceExplanation.h"
#include "billing/QuoteRequest.h"

#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace minutier;

namespace {

QuoteRequest request(const char *json)
{
    QuoteRequest r;
    const Status s = QuoteRequest::parseJsonLine(QByteArrayView(json, qstrlen(json)), r);
    if (!s)
        qFatal("bad request in test: %s", qPrintable(s.error().detail));
    return r;
}

// The separators Qt's CLDR data uses, spelt out so that the expected texts stay readable.
QString nbsp(const char *utf8)
{
    QString s = QString::fromUtf8(utf8);
    s.replace(u'~', u'\u00a0'); // no-break space (before € and %)
    s.replace(u'^', QLocale(QLocale::French, QLocale::France).groupSeparator()); // French thousands separator
    return s;
}

const QLocale kFrench(QLocale::French, QLocale::France);
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

} // namespace

class tst_PriceExplanation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void describe_data();
    void describe();
    void describeOffer_data();
    void describeOffer();
    void describeExample_data();
    void describeExample();
    void formatDuration_data();
    void formatDuration();
    void formatMoney_data();
    void formatMoney();
    void localizeDecimal_data();
    void localizeDecimal();
    void describe_frenchClient_isFrenchWhateverTheTranslator();
    void describe_otherLanguage_goesThroughTheTranslator();
};

void tst_PriceExplanation::describe_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");

    const QByteArray example = R"({"rate":"3.00","currency":"EUR","duration_ms":754567,"free_minutes":2,"vat":"20"})";
    QTest::addRow("issue example, French") << example << kFrench << nbsp("12 min 34 s à 3,00~€/min, 2 premières minutes offertes");
    QTest::addRow("issue example, English") << example << kEnglish << nbsp("12 min 34 s at €3.00/min, first 2 minutes free");
    QTest::addRow("one free minute, per started minute, French")
        << QByteArray(R"({"rate":"1.5","currency":"EUR","duration_ms":61000,"free_minutes":1,"increment":"60/60"})") << kFrench
        << nbsp("1 min 1 s à 1,50~€/min, première minute offerte, facturé par minute entamée");
    QTest::addRow("telecom increments, English")
        << QByteArray(R"({"rate":"0.0025","currency":"USD","duration_ms":45000,"increment":"30/6"})") << kEnglish
        << nbsp("45 s at $0.0025/min, first 30 s indivisible, then billed per 6 s");
    QTest::addRow("equal blocks, French")
        << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":45000,"increment":"30/30"})") << kFrench
        << nbsp("45 s à 3,00~€/min, facturé par tranche entamée de 30 s");
    QTest::addRow("tier reached, French")
        << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":1900000,"tiers":[{"from_minute":30,"rate":"2.50"},{"from_minute":60,"rate":"2"}]})")
        << kFrench << nbsp("31 min 40 s à 3,00~€/min, puis 2,50~€/min à partir de la minute 30");
    QTest::addRow("tier boundary not passed, English")
        << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":1800999,"tiers":[{"from_minute":30,"rate":"2.50"}]})") << kEnglish
        << nbsp("30 min at €3.00/min");
    QTest::addRow("minimum applied, French")
        << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":10000,"minimum":"1"})") << kFrench
        << nbsp("10 s à 3,00~€/min, minimum de facturation de 1,00~€ appliqué");
    QTest::addRow("capped, English")
        << QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":3600000,"cap":"50","vat":"20"})") << kEnglish
        << nbsp("1 h at €3.00/min, capped at the pre-authorised €50.00");
    QTest::addRow("capped, French, large amount")
        << QByteArray(R"({"rate":"3000","currency":"EUR","duration_ms":3723000,"cap":"12345.67"})") << kFrench
        << nbsp("1 h 02 min 03 s à 3^000,00~€/min, plafonné au montant pré-autorisé de 12^345,67~€");
    QTest::addRow("JPY has no decimals")
        << QByteArray(R"({"rate":"100","currency":"JPY","duration_ms":754000})") << kEnglish << nbsp("12 min 34 s at ¥100/min");
    QTest::addRow("BHD has three")
        << QByteArray(R"({"rate":"1.2","currency":"BHD","duration_ms":0})") << kFrench << nbsp("0 s à 1,200~BHD/min");
}

void tst_PriceExplanation::describe()
{
    QFETCH(QByteArray, line);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    const QuoteRequest r = request(line.constData());
    const auto q = PriceCalculator::quote(r.policy, r.durationMs, r.capMinor);
    QVERIFY(q.ok());
    QCOMPARE(PriceExplanation::describe(r.policy, *q, locale), expected);
}

void tst_PriceExplanation::describeOffer_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    const QByteArray full = R"({"rate":"3.00","currency":"EUR","duration_ms":0,"free_minutes":2,"increment":"60/60","tiers":[{"from_minute":30,"rate":"2.50"}],"minimum":"1.00","vat":"5.5"})";
    QTest::addRow("everything, French") << full << kFrench
                                        << nbsp("3,00~€/min HT, 2 premières minutes offertes, facturé par minute entamée, "
                                                "puis 2,50~€/min à partir de la minute 30, minimum de facturation 1,00~€, TVA 5,5~%");
    QTest::addRow("everything, English") << full << kEnglish
                                         << nbsp("€3.00/min excl. VAT, first 2 minutes free, billed per started minute, "
                                                 "then €2.50/min from minute 30, minimum charge €1.00, VAT 5.5%");
    QTest::addRow("VAT included, French")
        << QByteArray(R"({"rate":"2","currency":"EUR","duration_ms":0,"vat":"20","prices_include_vat":true})") << kFrench
        << nbsp("2,00~€/min TTC, TVA 20~%");
    QTest::addRow("no VAT, English") << QByteArray(R"({"rate":"2","currency":"GBP","duration_ms":0})") << kEnglish
                                     << nbsp("£2.00/min, no VAT");
}

void tst_PriceExplanation::describeOffer()
{
    QFETCH(QByteArray, line);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(PriceExplanation::describeOffer(request(line.constData()).policy, locale), expected);
}

void tst_PriceExplanation::describeExample_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    const QByteArray vat20 = R"({"rate":"3.00","currency":"EUR","duration_ms":754567,"free_minutes":2,"vat":"20"})";
    QTest::addRow("VAT on top, French") << vat20 << kFrench << nbsp("Un appel de 12 min 34 s coûte 38,04~€ TTC (31,70~€ HT)");
    QTest::addRow("VAT on top, English") << vat20 << kEnglish << nbsp("A 12 min 34 s call costs €38.04 incl. VAT (€31.70 excl. VAT)");
    QTest::addRow("no VAT") << QByteArray(R"({"rate":"3.00","currency":"EUR","duration_ms":754567})") << kFrench
                            << nbsp("Un appel de 12 min 34 s coûte 37,70~€");
    QTest::addRow("invalid duration gives nothing") << QByteArray(R"({"rate":"3.00","currency":"EUR","duration_ms":1000000000001})")
                                                    << kEnglish << QString();
}

void tst_PriceExplanation::describeExample()
{
    QFETCH(QByteArray, line);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    const QuoteRequest r = request(line.constData());
    QCOMPARE(PriceExplanation::describeExample(r.policy, r.durationMs, locale), expected);
}

void tst_PriceExplanation::formatDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::addRow("zero") << qint64(0) << QStringLiteral("0 s");
    QTest::addRow("seconds") << qint64(59) << QStringLiteral("59 s");
    QTest::addRow("a minute") << qint64(60) << QStringLiteral("1 min");
    QTest::addRow("minutes and seconds") << qint64(754) << QStringLiteral("12 min 34 s");
    QTest::addRow("an hour") << qint64(3600) << QStringLiteral("1 h");
    QTest::addRow("hours and minutes") << qint64(3900) << QStringLiteral("1 h 05 min");
    QTest::addRow("everything") << qint64(3723) << QStringLiteral("1 h 02 min 03 s");
    QTest::addRow("seconds only after the hour") << qint64(3605) << QStringLiteral("1 h 00 min 05 s");
    QTest::addRow("negative is zero") << qint64(-5) << QStringLiteral("0 s");
}

void tst_PriceExplanation::formatDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(PriceExplanation::formatDuration(seconds, kFrench), expected);
    QCOMPARE(PriceExplanation::formatDuration(seconds, kEnglish), expected);
}

void tst_PriceExplanation::formatMoney_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::addRow("cents, French") << qint64(3170) << "EUR" << kFrench << nbsp("31,70~€");
    QTest::addRow("cents, English") << qint64(3170) << "EUR" << kEnglish << nbsp("€31.70");
    QTest::addRow("zero") << qint64(0) << "EUR" << kFrench << nbsp("0,00~€");
    QTest::addRow("one cent") << qint64(1) << "EUR" << kEnglish << nbsp("€0.01");
    QTest::addRow("grouping, French") << qint64(123456789) << "EUR" << kFrench << nbsp("1^234^567,89~€");
    QTest::addRow("grouping, English") << qint64(123456789) << "EUR" << kEnglish << nbsp("€1,234,567.89");
    QTest::addRow("largest, exact") << std::numeric_limits<qint64>::max() << "EUR" << kEnglish << nbsp("€92,233,720,368,547,758.07");
    QTest::addRow("negative, the locale's accounting style") << qint64(-250) << "EUR" << kEnglish << nbsp("(€2.50)");
    QTest::addRow("yen") << qint64(1257) << "JPY" << kFrench << nbsp("1^257~¥");
    QTest::addRow("dinar") << qint64(1255) << "BHD" << kEnglish << nbsp("BHD1.255");
    QTest::addRow("German separators") << qint64(123456) << "EUR" << QLocale(QLocale::German, QLocale::Germany) << nbsp("1.234,56~€");
}

void tst_PriceExplanation::formatMoney()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(PriceExplanation::formatMoney(minor, *Currency::fromCode(currency), locale), expected);
}

void tst_PriceExplanation::localizeDecimal_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::addRow("French") << "1234.5" << kFrench << nbsp("1^234,5");
    QTest::addRow("English") << "1234.0025" << kEnglish << "1,234.0025";
    QTest::addRow("integer") << "7" << kFrench << "7";
    QTest::addRow("negative") << "-0.50" << kEnglish << "-0.50";
    QTest::addRow("not a decimal is left alone") << "3e2" << kFrench << "3e2";
}

void tst_PriceExplanation::localizeDecimal()
{
    QFETCH(QString, plain);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(PriceExplanation::localizeDecimal(plain, locale), expected);
}

void tst_PriceExplanation::describe_frenchClient_isFrenchWhateverTheTranslator()
{
    // An English UI with a translator that would turn the English source into something else: the French
    // client's invoice stays French and the English one stays English.
    class Shouting : public QTranslator
    {
    public:
        QString translate(const char *, const char *source, const char *, int) const override
        {
            return QString::fromUtf8(source).toUpper();
        }
        bool isEmpty() const override { return false; }
    } shouting;
    QCoreApplication::installTranslator(&shouting);
    const QuoteRequest r = request(R"({"rate":"3.00","currency":"EUR","duration_ms":754567,"free_minutes":2})");
    const auto q = PriceCalculator::quote(r.policy, r.durationMs);
    const QString french = PriceExplanation::describe(r.policy, *q, kFrench);
    const QString english = PriceExplanation::describe(r.policy, *q, kEnglish);
    const QString german = PriceExplanation::describe(r.policy, *q, QLocale(QLocale::German, QLocale::Germany));
    QCoreApplication::removeTranslator(&shouting);
    QCOMPARE(french, nbsp("12 min 34 s à 3,00~€/min, 2 premières minutes offertes"));
    QCOMPARE(english, nbsp("12 min 34 s at €3.00/min, first 2 minutes free"));
    QCOMPARE(german, nbsp("12 MIN 34 S AT 3,00~€/MIN, FIRST 2 MINUTES FREE")); // other languages use the translator
}

void tst_PriceExplanation::describe_otherLanguage_goesThroughTheTranslator()
{
    // Without a translator, another language falls back to the English source with its own number format.
    const QuoteRequest r = request(R"({"rate":"3.00","currency":"EUR","duration_ms":61000,"increment":"60/60"})");
    const auto q = PriceCalculator::quote(r.policy, r.durationMs);
    QCOMPARE(PriceExplanation::describe(r.policy, *q, QLocale(QLocale::German, QLocale::Germany)),
        nbsp("1 min 1 s at 3,00~€/min, billed per started minute"));
}

QTEST_GUILESS_MAIN(tst_PriceExplanation)
#include "tst_priceexplanation.moc"
