#include "domain/Identifiers.h"
#include "domain/Profile.h"

#include <QTest>

using namespace minutier;

class tst_Identifiers : public QObject
{
    Q_OBJECT
private slots:
    void siret_data();
    void siret();
    void siren_data();
    void siren();
    void vatNumber_data();
    void vatNumber();
    void iban_data();
    void iban();
    void profile_validate_data();
    void profile_validate();
};

void tst_Identifiers::siret_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addRow("valid") << "73282932000074" << true;
    QTest::addRow("valid with spaces") << "732 829 320 00074" << true;
    QTest::addRow("wrong checksum") << "73282932000075" << false;
    QTest::addRow("13 digits") << "7328293200007" << false;
    QTest::addRow("letters") << "7328293200007A" << false;
    QTest::addRow("empty") << "" << false;
    QTest::addRow("la poste, sum of digits multiple of 5") << "35600000049837" << true;
    QTest::addRow("la poste, sum not multiple of 5") << "35600000049838" << false;
}

void tst_Identifiers::siret()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Identifiers::isValidSiret(text), valid);
}

void tst_Identifiers::siren_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addRow("valid") << "732829320" << true;
    QTest::addRow("wrong checksum") << "732829321" << false;
    QTest::addRow("too short") << "73282932" << false;
}

void tst_Identifiers::siren()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Identifiers::isValidSiren(text), valid);
}

void tst_Identifiers::vatNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addRow("french, right key") << "FR44732829320" << true;
    QTest::addRow("french, spaces") << "FR 44 732829320" << true;
    QTest::addRow("french, wrong key") << "FR45732829320" << false;
    QTest::addRow("french, bad siren") << "FR44732829321" << false;
    QTest::addRow("german format") << "DE123456789" << true;
    QTest::addRow("no country") << "123456789" << false;
    QTest::addRow("too long") << "DE1234567890123456" << false;
}

void tst_Identifiers::vatNumber()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Identifiers::isValidVatNumber(text), valid);
}

void tst_Identifiers::iban_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addRow("french") << "FR76 3000 6000 0112 3456 7890 189" << true;
    QTest::addRow("german") << "DE89370400440532013000" << true;
    QTest::addRow("one digit off") << "FR7630006000011234567890188" << false;
    QTest::addRow("garbage") << "hello" << false;
}

void tst_Identifiers::iban()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Identifiers::isValidIban(text), valid);
}

void tst_Identifiers::profile_validate_data()
{
    QTest::addColumn<QString>("siret");
    QTest::addColumn<int>("regime");
    QTest::addColumn<QString>("vat");
    QTest::addColumn<QString>("iban");
    QTest::addColumn<bool>("valid");
    QTest::addRow("franchise") << "73282932000074" << int(VatRegime::Franchise) << "" << "" << true;
    QTest::addRow("standard with matching VAT") << "73282932000074" << int(VatRegime::Standard) << "FR44732829320" << "" << true;
    QTest::addRow("standard without VAT number") << "73282932000074" << int(VatRegime::Standard) << "" << "" << false;
    QTest::addRow("VAT of another company") << "73282932000074" << int(VatRegime::Standard) << "FR83404833048" << "" << false;
    QTest::addRow("bad SIRET") << "73282932000075" << int(VatRegime::Franchise) << "" << "" << false;
    QTest::addRow("bad IBAN") << "73282932000074" << int(VatRegime::Franchise) << "" << "FR7630006000011234567890188" << false;
    QTest::addRow("good IBAN") << "73282932000074" << int(VatRegime::Franchise) << "" << "FR7630006000011234567890189" << true;
}

void tst_Identifiers::profile_validate()
{
    QFETCH(QString, siret);
    QFETCH(int, regime);
    QFETCH(QString, vat);
    QFETCH(QString, iban);
    QFETCH(bool, valid);
    Profile p;
    p.legalName = QStringLiteral("Claire Martin");
    p.address = QStringLiteral("1 rue de la Paix\n75002 Paris");
    p.siret = siret;
    p.vatRegime = VatRegime(regime);
    p.vatNumber = vat;
    p.iban = iban;
    const Status s = p.normalizeAndValidate();
    QCOMPARE(s.ok(), valid);
    if (!valid)
        QCOMPARE(s.error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(tst_Identifiers)
#include "tst_identifiers.moc"
