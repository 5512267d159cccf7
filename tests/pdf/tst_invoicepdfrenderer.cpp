// InvoicePdfRenderer: the PDF says what the invoice says (pdftotext), Factur-X files are sound
// (qpdf --check, pdfdetach, XMP) and their XML passes the EN 16931 validation for every VAT case.
#include "../core/tst_invoicefixture.h"
#include "TestSupport.h"

#include "invoicing/FacturXXml.h"
#include "invoicing/InvoiceService.h"
#include "pdf/InvoicePdfRenderer.h"
#include "pdf/LogoImage.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;
using namespace minutier::test;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAll();
    return r;
}

// A logo with transparency (PDF/A-1b forbids it in the file): a half-transparent disc on nothing.
QByteArray transparentPng(QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0x1F, 0x3A, 0x5F, 160));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRect(QPoint(0, 0), size).adjusted(4, 4, -4, -4));
    p.setBrush(QColor(0xE0, 0x7A, 0x1F));
    p.drawRect(QRect(size.width() / 2, size.height() / 4, size.width() / 3, size.height() / 2));
    p.end();
    QByteArray png;
    QBuffer b(&png);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return png;
}

bool haveTool(const char *name) { return !QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty(); }
} // namespace

class tst_InvoicePdfRenderer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void render_pdf_textHasNumberTotalAndMentions_data();
    void render_pdf_textHasNumberTotalAndMentions();
    void render_creditNote_citesInvoice();
    void render_buyerReferences_printedAndInFacturX();
    void render_paidByCard_showsReferenceAndAmountDue();
    void render_manyLines_paginates();
    void render_facturx_isPdfA3WithAttachment();
    void preflight_pdfAndFacturX_onlyPdfA3RelaxedRulesFail_data();
    void preflight_pdfAndFacturX_onlyPdfA3RelaxedRulesFail();
    void facturx_xml_passesValidation_data();
    void facturx_xml_passesValidation();
    void render_withTransparentLogo_staysPdfA_data();
    void render_withTransparentLogo_staysPdfA();
    void logo_prepare_fitsBoxAt300DpiAndIsOpaque();
    void parseAddress_splitsParts_data();
    void parseAddress_splitsParts();

private:
    Invoice issue(const QString &regime, const QString &clientKind, const QString &vat, const QString &language,
        int sessions = 1);
    std::unique_ptr<QTemporaryDir> m_dir;
    InvoiceFixture m_f;
    qint64 m_capturedByCard = 0; // a captured card hold for the first session of issue()
    InvoiceReferences m_references; // the buyer's references issue() puts on the invoice
};

void tst_InvoicePdfRenderer::initTestCase() { QStandardPaths::setTestModeEnabled(true); }

void tst_InvoicePdfRenderer::init()
{
    m_capturedByCard = 0;
    m_references = {};
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_f.db.reset();
    QVERIFY(m_f.open(m_dir->filePath(QStringLiteral("m.sqlite"))));
}

Invoice tst_InvoicePdfRenderer::issue(
    const QString &regime, const QString &clientKind, const QString &vat, const QString &language, int sessions)
{
    if (!m_f.setProfile(regime))
        return {};
    const QString client = m_f.addClient(clientKind, language);
    const QString offer = m_f.addOffer(QStringLiteral("3.00"), vat);
    QStringList ids;
    for (int i = 0; i < sessions; ++i)
        ids << m_f.addSession(client, offer);
    if (m_capturedByCard > 0) {
        QSqlQuery q(m_f.db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO payment_holds (id, session_id, hold_index, payment_intent_id, currency, "
                           "amount_minor, captured_minor, "
                           "status, created_at, updated_at) VALUES ('h1', ?, 0, 'pi_3Test', 'EUR', ?, ?, 'captured', "
                           "'2026-11-24T13:00:00.000Z', '2026-11-24T13:00:00.000Z')"));
        q.addBindValue(ids.constFirst());
        q.addBindValue(m_capturedByCard);
        q.addBindValue(m_capturedByCard);
        if (!q.exec())
            return {};
    }
    auto inv = InvoiceService(*m_f.db, m_f.clock).issueForSessions(ids, m_references);
    if (!inv) {
        qWarning() << inv.error().detail;
        return {};
    }
    return *inv;
}

void tst_InvoicePdfRenderer::render_pdf_textHasNumberTotalAndMentions_data()
{
    QTest::addColumn<QString>("regime");
    QTest::addColumn<QString>("clientKind");
    QTest::addColumn<QString>("vat");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expectedTexts");
    QTest::addColumn<QStringList>("absentTexts");
    const QString late = QStringLiteral("40 €");
    QTest::addRow("fr, 20 pct, private") << "standard"
                                         << "private"
                                         << "20"
                                         << "fr"
                                         << QStringList { QStringLiteral("FACTURE"), QStringLiteral("38,04 €"),
                                                QStringLiteral("31,70 €"), QStringLiteral("TVA 20 %"),
                                                QStringLiteral("Jeanne Martin EI"),
                                                QStringLiteral("SIRET 73282932000074"), QStringLiteral("FR44732829320"),
                                                QStringLiteral("10 min 34 s"), QStringLiteral("3,00 €/min"),
                                                QStringLiteral("Net à payer") }
                                         << QStringList { late, QStringLiteral("293 B") };
    QTest::addRow("fr, franchise") << "franchise"
                                   << "private"
                                   << "0"
                                   << "fr"
                                   << QStringList { QStringLiteral("31,70 €"),
                                          QStringLiteral("TVA non applicable, art. 293 B du CGI") }
                                   << QStringList { QStringLiteral("TVA 20 %"), QStringLiteral("FR44732829320") };
    QTest::addRow("fr, business client") << "standard"
                                         << "fr_business"
                                         << "20"
                                         << "fr"
                                         << QStringList { QStringLiteral("38,04 €"), QStringLiteral("SIREN 732829320"),
                                                late, QStringLiteral("pénalités") }
                                         << QStringList {};
    QTest::addRow("en, EU business, reverse charge")
        << "standard"
        << "eu_business"
        << "20"
        << "en"
        << QStringList { QStringLiteral("INVOICE"), QStringLiteral("€31.70"), QStringLiteral("Reverse charge"),
               QStringLiteral("Autoliquidation"), QStringLiteral("DE123456789"), QStringLiteral("€40") }
        << QStringList { QStringLiteral("FACTURE"), QStringLiteral("€38.04") };
    QTest::addRow("en, 5.5 pct, private")
        << "standard"
        << "private"
        << "5.5"
        << "en" << QStringList { QStringLiteral("€33.44"), QStringLiteral("VAT 5.5%"), QStringLiteral("Amount due") }
        << QStringList {};
}

void tst_InvoicePdfRenderer::render_pdf_textHasNumberTotalAndMentions()
{
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    QFETCH(QString, regime);
    QFETCH(QString, clientKind);
    QFETCH(QString, vat);
    QFETCH(QString, language);
    QFETCH(QStringList, expectedTexts);
    QFETCH(QStringList, absentTexts);
    const Invoice inv = issue(regime, clientKind, vat, language);
    QVERIFY(!inv.number.isEmpty());
    const QString pdf = m_dir->filePath(QStringLiteral("out/invoice.pdf"));
    auto s = InvoicePdfRenderer::render(inv, pdf, InvoicePdfRenderer::Format::Pdf);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    const Run text = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QCOMPARE(text.exitCode, 0);
    const QString content = QString::fromUtf8(text.out);
    QVERIFY2(content.contains(inv.number), qPrintable(content));
    for (const QString &expected : expectedTexts)
        QVERIFY2(content.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + content));
    for (const QString &absent : absentTexts)
        QVERIFY2(!content.contains(absent), qPrintable(absent + QStringLiteral(" should not be in:\n") + content));
    // Every font is embedded: pdffonts' "emb" column is the fifth from the end.
    const Run fonts = run(QStringLiteral("pdffonts"), { pdf });
    const QList<QByteArray> rows = fonts.out.split('\n');
    int fontCount = 0;
    for (const QByteArray &row : rows.mid(2)) {
        const QList<QByteArray> cells = row.simplified().split(' ');
        if (cells.size() < 6)
            continue;
        ++fontCount;
        QVERIFY2(cells[cells.size() - 5] == "yes", row.constData());
    }
    QVERIFY(fontCount >= 1);
    QVERIFY(fonts.out.contains("DejaVuSans"));
}

void tst_InvoicePdfRenderer::render_buyerReferences_printedAndInFacturX()
{
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    m_references = { QStringLiteral("SERV-042"), QStringLiteral("PO 4711/2026") };
    const Invoice inv = issue(QStringLiteral("standard"), QStringLiteral("fr_business"), QStringLiteral("20"), QStringLiteral("fr"));
    QVERIFY(!inv.number.isEmpty());
    QCOMPARE(inv.buyerReference, QStringLiteral("SERV-042"));
    const QString pdf = m_dir->filePath(QStringLiteral("out/references.pdf"));
    auto s = InvoicePdfRenderer::render(inv, pdf, InvoicePdfRenderer::Format::Pdf);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    const Run text = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    const QString content = QString::fromUtf8(text.out);
    QVERIFY2(content.contains(QStringLiteral("Votre référence")) && content.contains(QStringLiteral("SERV-042")),
        qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral("Bon de commande")) && content.contains(QStringLiteral("PO 4711/2026")),
        qPrintable(content));
    auto xml = FacturXXml::generate(inv);
    QVERIFY(xml.ok());
    QVERIFY2(xml->contains("<ram:BuyerReference>SERV-042</ram:BuyerReference>"), xml->constData());
    const qsizetype order = xml->indexOf("<ram:BuyerOrderReferencedDocument>");
    QVERIFY2(order > 0, xml->constData());
    QCOMPARE(xml->indexOf("<ram:IssuerAssignedID>PO 4711/2026</ram:IssuerAssignedID>", order) > order, true);
    // The credit note keeps them; an invoice without references has neither element.
    auto note = InvoiceService(*m_f.db, m_f.clock).credit(inv.number, 500);
    QVERIFY(note.ok());
    QCOMPARE(note->orderReference, QStringLiteral("PO 4711/2026"));
    m_references = {};
    const Invoice plain = issue(QStringLiteral("standard"), QStringLiteral("private"), QStringLiteral("20"), QStringLiteral("fr"));
    auto plainXml = FacturXXml::generate(plain);
    QVERIFY(plainXml.ok());
    QVERIFY(!plainXml->contains("BuyerReference"));
    QVERIFY(!plainXml->contains("BuyerOrderReferencedDocument"));
}

void tst_InvoicePdfRenderer::render_creditNote_citesInvoice()
{
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    const Invoice inv
        = issue(QStringLiteral("standard"), QStringLiteral("private"), QStringLiteral("20"), QStringLiteral("fr"));
    QVERIFY(!inv.number.isEmpty());
    auto note = InvoiceService(*m_f.db, m_f.clock).credit(inv.number, 1000);
    QVERIFY(note.ok());
    const QString pdf = m_dir->filePath(QStringLiteral("credit.pdf"));
    QVERIFY(InvoicePdfRenderer::render(*note, pdf, InvoicePdfRenderer::Format::Pdf).ok());
    const QString content = QString::fromUtf8(run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).out);
    QVERIFY2(content.contains(QStringLiteral("AVOIR")), qPrintable(content));
    QVERIFY(content.contains(note->number));
    QVERIFY(content.contains(QStringLiteral("Avoir sur la facture %1 du 24/11/2026").arg(inv.number)));
    QVERIFY(content.contains(QStringLiteral("10,00 €")));
}

void tst_InvoicePdfRenderer::render_paidByCard_showsReferenceAndAmountDue()
{
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    m_capturedByCard = 3000;
    const Invoice inv
        = issue(QStringLiteral("standard"), QStringLiteral("private"), QStringLiteral("20"), QStringLiteral("fr"));
    QCOMPARE(inv.paid.minor(), qint64(3000));
    const QString pdf = m_dir->filePath(QStringLiteral("paid.pdf"));
    QVERIFY(InvoicePdfRenderer::render(inv, pdf, InvoicePdfRenderer::Format::Pdf).ok());
    const QString content = QString::fromUtf8(
        run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") }).out);
    QVERIFY2(content.contains(QStringLiteral("Déjà réglé par carte")), qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("pi_3Test")));
    QVERIFY(content.contains(QStringLiteral("-30,00 €")));
    QVERIFY(content.contains(QStringLiteral("8,04 €")));
}

void tst_InvoicePdfRenderer::render_manyLines_paginates()
{
    if (!haveTool("pdfinfo") || !haveTool("pdftotext"))
        QSKIP("pdfinfo/pdftotext (poppler-utils) are not installed");
    const Invoice inv
        = issue(QStringLiteral("standard"), QStringLiteral("private"), QStringLiteral("20"), QStringLiteral("fr"), 45);
    QCOMPARE(inv.lines.size(), 45);
    const QString pdf = m_dir->filePath(QStringLiteral("long.pdf"));
    QVERIFY(InvoicePdfRenderer::render(inv, pdf, InvoicePdfRenderer::Format::Pdf).ok());
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), { pdf }).out);
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(pages.hasMatch() && pages.captured(1).toInt() >= 2, qPrintable(info));
    const QString content = QString::fromUtf8(run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).out);
    // 45 x 38.04 = 1 711,80 €, and the last page says it is the last.
    QVERIFY2(content.contains(QStringLiteral("1 711,80 €")), qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("Page 1 / ")));
    QVERIFY(!content.contains(QStringLiteral("Page 1 / 1")));
}

void tst_InvoicePdfRenderer::render_facturx_isPdfA3WithAttachment()
{
    if (!haveTool("qpdf") || !haveTool("pdfdetach") || !haveTool("pdfinfo"))
        QSKIP("qpdf and poppler-utils are needed for this check");
    const Invoice inv
        = issue(QStringLiteral("standard"), QStringLiteral("fr_business"), QStringLiteral("20"), QStringLiteral("fr"));
    const QString pdf = m_dir->filePath(QStringLiteral("fx.pdf"));
    auto s = InvoicePdfRenderer::render(inv, pdf, InvoicePdfRenderer::Format::FacturX);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    const Run check = run(QStringLiteral("qpdf"), { QStringLiteral("--check"), pdf });
    QVERIFY2(check.exitCode == 0, check.out.constData());
    const Run list = run(QStringLiteral("pdfdetach"), { QStringLiteral("-list"), pdf });
    QVERIFY2(list.out.contains("factur-x.xml"), list.out.constData());
    const Run meta = run(QStringLiteral("pdfinfo"), { QStringLiteral("-meta"), pdf });
    QVERIFY(meta.out.contains("<pdfaid:part>3</pdfaid:part>"));
    QVERIFY(meta.out.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
    QVERIFY(meta.out.contains("<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>"));
    QVERIFY(meta.out.contains("urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"));
    // Info and XMP say the same thing.
    const QByteArray expectedTitle = QStringLiteral("FACTURE %1").arg(inv.number).toUtf8();
    QVERIFY(meta.out.contains(QByteArray("<rdf:li xml:lang=\"x-default\">" + expectedTitle + "</rdf:li>")));
    const Run info = run(QStringLiteral("pdfinfo"), { pdf });
    QVERIFY2(info.out.contains(QByteArray("Title:           " + expectedTitle)), info.out.constData());
    QVERIFY(info.out.contains("Producer:        Minutier"));
    QVERIFY(meta.out.contains("<pdf:Producer>Minutier</pdf:Producer>"));
    // The attachment is the XML of this invoice, byte for byte.
    const QString extracted = m_dir->filePath(QStringLiteral("extracted.xml"));
    QCOMPARE(run(QStringLiteral("pdfdetach"),
                 { QStringLiteral("-savefile"), QStringLiteral("factur-x.xml"), QStringLiteral("-o"), extracted, pdf })
                 .exitCode,
        0);
    QFile f(extracted);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), *FacturXXml::generate(inv));
    // The catalog and the file specification carry the associated-file relationship.
    const Run qdf = run(QStringLiteral("qpdf"),
        { QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, QStringLiteral("-") });
    QVERIFY(qdf.out.contains("/AFRelationship /Alternative"));
    QVERIFY(qdf.out.contains("/Subtype /text#2fxml") || qdf.out.contains("/Subtype /text#2Fxml"));
    QVERIFY(qdf.out.contains("/CheckSum"));
    QVERIFY(qdf.out.contains("/AF ["));
}

void tst_InvoicePdfRenderer::preflight_pdfAndFacturX_onlyPdfA3RelaxedRulesFail_data()
{
    QTest::addColumn<bool>("facturX");
    QTest::addRow("PDF/A-1b") << false;
    QTest::addRow("Factur-X PDF/A-3b") << true;
}

// PDFBox 2 Preflight validates PDF/A-1b; for the PDF/A-3b file only the rules PDF/A-3 relaxes may
// fail (1.4.7 and 1.2.9: embedded files; 7.11.2: pdfaid:part is 3).
void tst_InvoicePdfRenderer::preflight_pdfAndFacturX_onlyPdfA3RelaxedRulesFail()
{
    QStringList jars;
    for (const char *jar : { "preflight.jar", "pdfbox2.jar", "fontbox2.jar", "xmpbox.jar", "commons-logging.jar",
             "javax.activation.jar", "jaxb-api.jar" })
        jars << QStringLiteral("/usr/share/java/") + QLatin1String(jar);
    for (const QString &jar : std::as_const(jars)) {
        if (!QFile::exists(jar))
            QSKIP("PDFBox Preflight is not installed (apt-get install libpdfbox2-java libactivation-java "
                  "libjaxb-api-java)");
    }
    if (!haveTool("java"))
        QSKIP("java is not installed");
    QFETCH(bool, facturX);
    const Invoice inv
        = issue(QStringLiteral("standard"), QStringLiteral("fr_business"), QStringLiteral("20"), QStringLiteral("fr"));
    const QString pdf = m_dir->filePath(QStringLiteral("preflight.pdf"));
    QVERIFY(InvoicePdfRenderer::render(
        inv, pdf, facturX ? InvoicePdfRenderer::Format::FacturX : InvoicePdfRenderer::Format::Pdf)
                .ok());
    const Run r = run(QStringLiteral("java"),
        { QStringLiteral("-cp"), jars.join(u':'), QStringLiteral("org.apache.pdfbox.preflight.Validator_A1b"), pdf });
    const QString out = QString::fromUtf8(r.out);
    if (!facturX) {
        QVERIFY2(out.contains(QStringLiteral("is a valid PDF/A-1b file")), qPrintable(out));
        return;
    }
    QVERIFY2(out.contains(QStringLiteral("error(s)")), qPrintable(out));
    static const QRegularExpression error(QStringLiteral("^(\\d+(\\.\\d+)+) : "), QRegularExpression::MultilineOption);
    auto it = error.globalMatch(out);
    QStringList codes;
    while (it.hasNext())
        codes << it.next().captured(1);
    QVERIFY(!codes.isEmpty());
    for (const QString &code : std::as_const(codes))
        QVERIFY2(code == QLatin1String("1.4.7") || code == QLatin1String("1.2.9") || code == QLatin1String("7.11.2"),
            qPrintable(out));
}

void tst_InvoicePdfRenderer::facturx_xml_passesValidation_data()
{
    QTest::addColumn<QString>("regime");
    QTest::addColumn<QString>("clientKind");
    QTest::addColumn<QString>("vat");
    QTest::addColumn<bool>("creditNote");
    QTest::addColumn<bool>("frenchRules");
    QTest::addColumn<qint64>("capturedByCard");
    QTest::addColumn<bool>("references");
    QTest::addRow("20 pct, private client") << "standard"
                                            << "private"
                                            << "20" << false << false << qint64(0) << false;
    QTest::addRow("5.5 pct, private client") << "standard"
                                             << "private"
                                             << "5.5" << false << false << qint64(0) << false;
    QTest::addRow("franchise") << "franchise"
                               << "private"
                               << "0" << false << false << qint64(0) << false;
    QTest::addRow("reverse charge, EU business") << "standard"
                                                 << "eu_business"
                                                 << "20" << false << false << qint64(0) << false;
    QTest::addRow("credit note") << "standard"
                                 << "private"
                                 << "20" << true << false << qint64(0) << false;
    QTest::addRow("French business, BR-FR rules") << "standard"
                                                  << "fr_business"
                                                  << "20" << false << true << qint64(0) << false;
    QTest::addRow("French business credit note, BR-FR rules") << "standard"
                                                              << "fr_business"
                                                              << "20" << true << true << qint64(0) << false;
    QTest::addRow("French business under franchise, BR-FR rules") << "franchise"
                                                                  << "fr_business"
                                                                  << "0" << false << true << qint64(0) << false;
    QTest::addRow("paid in full by card") << "standard"
                                          << "private"
                                          << "20" << false << false << qint64(3804) << false;
    QTest::addRow("partly paid by card, French business") << "standard"
                                                          << "fr_business"
                                                          << "20" << false << true << qint64(2000) << false;
    QTest::addRow("buyer's references, French business, BR-FR rules") << "standard"
                                                                       << "fr_business"
                                                                       << "20" << false << true << qint64(0) << true;
    QTest::addRow("buyer's references on a credit note") << "standard"
                                                         << "fr_business"
                                                         << "20" << true << true << qint64(0) << true;
}

void tst_InvoicePdfRenderer::facturx_xml_passesValidation()
{
    const QString shared = sharedFacturxDir();
    if (shared.isEmpty())
        QSKIP("../shared/facturx is absent: the EN 16931 validation data is not available on this machine");
    QFETCH(QString, regime);
    QFETCH(QString, clientKind);
    QFETCH(QString, vat);
    QFETCH(bool, creditNote);
    QFETCH(bool, frenchRules);
    QFETCH(qint64, capturedByCard);
    QFETCH(bool, references);
    m_capturedByCard = capturedByCard;
    if (references)
        m_references = { QStringLiteral("SERV-042"), QStringLiteral("PO 4711/2026") };
    Invoice inv = issue(regime, clientKind, vat, QStringLiteral("fr"));
    QCOMPARE(inv.paid.minor(), capturedByCard);
    QVERIFY(!inv.number.isEmpty());
    if (creditNote) {
        auto note = InvoiceService(*m_f.db, m_f.clock).credit(inv.number, 1234);
        QVERIFY(note.ok());
        inv = *note;
    }
    auto xml = FacturXXml::generate(inv);
    QVERIFY(xml.ok());
    const QString file = m_dir->filePath(QStringLiteral("factur-x.xml"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(*xml);
    f.close();
    QStringList args;
    if (frenchRules)
        args << QStringLiteral("--fr");
    args << file;
    const Run r = run(shared + QStringLiteral("/validate"), args);
    const QByteArray report = r.out + "\n" + *xml;
    QVERIFY2(r.exitCode == 0, report.constData());
}

void tst_InvoicePdfRenderer::logo_prepare_fitsBoxAt300DpiAndIsOpaque()
{
    // A 4000 x 1000 px photo-sized logo is brought down to the printed box at 300 dpi.
    auto prepared = LogoImage::prepare(transparentPng(QSize(4000, 1000)));
    QVERIFY(prepared.ok());
    QImage image;
    QVERIFY(image.loadFromData(*prepared));
    QVERIFY(!image.hasAlphaChannel());
    const QSizeF box = LogoImage::printedBox();
    QVERIFY(image.width() <= qRound(box.width() / 72 * 300));
    QVERIFY(image.height() <= qRound(box.height() / 72 * 300));
    QCOMPARE(image.width(), qRound(box.width() / 72 * 300)); // the width is the limit for a 4:1 image
    // Transparent corners became white.
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    // An SVG is drawn straight at the printed size.
    const QByteArray svg = "<svg xmlns='http://www.w3.org/2000/svg' width='20' height='10' viewBox='0 0 20 10'>"
                           "<rect x='0' y='0' width='10' height='10' fill='#1f3a5f'/></svg>";
    auto fromSvg = LogoImage::prepare(svg);
    QVERIFY2(fromSvg.ok(), qPrintable(fromSvg.ok() ? QString() : fromSvg.error().detail));
    QImage svgImage;
    QVERIFY(svgImage.loadFromData(*fromSvg));
    QVERIFY(svgImage.height() >= 200);
    QCOMPARE(svgImage.pixelColor(svgImage.width() - 2, 2), QColor(Qt::white));
    QCOMPARE(svgImage.pixelColor(2, 2), QColor(0x1f, 0x3a, 0x5f));
    // Not an image.
    QCOMPARE(LogoImage::prepare("%PDF-1.4 not a picture").error().code, ErrorCode::InvalidInput);
}

void tst_InvoicePdfRenderer::render_withTransparentLogo_staysPdfA_data()
{
    QTest::addColumn<bool>("facturX");
    QTest::addRow("PDF/A-1b") << false;
    QTest::addRow("Factur-X PDF/A-3b") << true;
}

// The logo is drawn top left; the file stays a valid PDF/A (no transparency, no soft mask), qpdf
// finds nothing wrong and the embedded XML still passes the EN 16931 validation.
void tst_InvoicePdfRenderer::render_withTransparentLogo_staysPdfA()
{
    if (!haveTool("qpdf") || !haveTool("pdfimages") || !haveTool("pdftotext"))
        QSKIP("qpdf and poppler-utils are needed for this check");
    QFETCH(bool, facturX);
    const Invoice inv
        = issue(QStringLiteral("standard"), QStringLiteral("fr_business"), QStringLiteral("20"), QStringLiteral("fr"));
    auto logo = LogoImage::prepare(transparentPng(QSize(900, 300)));
    QVERIFY(logo.ok());
    const QString pdf = m_dir->filePath(QStringLiteral("logo.pdf"));
    const QString plain = m_dir->filePath(QStringLiteral("nologo.pdf"));
    const auto format = facturX ? InvoicePdfRenderer::Format::FacturX : InvoicePdfRenderer::Format::Pdf;
    QVERIFY(InvoicePdfRenderer::render(inv, pdf, format, *logo).ok());
    QVERIFY(InvoicePdfRenderer::render(inv, plain, format).ok());
    const Run check = run(QStringLiteral("qpdf"), { QStringLiteral("--check"), pdf });
    QVERIFY2(check.exitCode == 0, check.out.constData());
    // One image, without a soft mask, at about 300 dpi; none without a logo.
    const Run images = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf });
    const QList<QByteArray> rows = images.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 3); // two header lines + the logo
    QVERIFY2(!images.out.contains("smask"), images.out.constData());
    const QList<QByteArray> cols = rows.at(2).simplified().split(' ');
    const int xppi = cols.at(12).toInt();
    QVERIFY2(xppi >= 280 && xppi <= 310, rows.at(2).constData());
    const Run none = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), plain });
    QCOMPARE(none.out.trimmed().split('\n').size(), 2);
    // The text is all there, below the logo.
    const Run text = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(text.out.contains(inv.number.toUtf8()));
    // Kept next to the screenshots for anyone to look at (pdftoppm -png).
    const QString shots = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../screenshots"));
    if (facturX && QDir().mkpath(shots)) {
        const QString kept = QDir(shots).filePath(QStringLiteral("fr_invoice_with_logo.pdf"));
        QFile::remove(kept);
        QVERIFY(QFile::copy(pdf, kept));
    }

    if (!facturX) {
        QStringList jars;
        for (const char *jar : { "preflight.jar", "pdfbox2.jar", "fontbox2.jar", "xmpbox.jar", "commons-logging.jar",
                 "javax.activation.jar", "jaxb-api.jar" })
            jars << QStringLiteral("/usr/share/java/") + QLatin1String(jar);
        bool preflight = haveTool("java");
        for (const QString &jar : std::as_const(jars))
            preflight = preflight && QFile::exists(jar);
        if (!preflight)
            QSKIP("PDFBox Preflight is not installed: PDF/A-1b not checked");
        const Run r = run(QStringLiteral("java"),
            { QStringLiteral("-cp"), jars.join(u':'), QStringLiteral("org.apache.pdfbox.preflight.Validator_A1b"), pdf });
        QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("is a valid PDF/A-1b file")), r.out.constData());
        return;
    }
    const QString shared = sharedFacturxDir();
    if (shared.isEmpty())
        QSKIP("../shared/facturx is absent: the EN 16931 validation is not available on this machine");
    const QString extracted = m_dir->filePath(QStringLiteral("logo-factur-x.xml"));
    QCOMPARE(run(QStringLiteral("pdfdetach"),
                 { QStringLiteral("-savefile"), QStringLiteral("factur-x.xml"), QStringLiteral("-o"), extracted, pdf })
                 .exitCode,
        0);
    const Run r = run(shared + QStringLiteral("/validate"), { QStringLiteral("--fr"), extracted });
    QVERIFY2(r.exitCode == 0, r.out.constData());
}

void tst_InvoicePdfRenderer::parseAddress_splitsParts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("country");
    QTest::addRow("French two lines") << "12 rue des Lilas\n75011 Paris"
                                      << "75011"
                                      << "12 rue des Lilas"
                                      << "Paris"
                                      << "FR";
    QTest::addRow("one line with commas") << "12 rue des Lilas, 75011 Paris"
                                          << "75011"
                                          << "12 rue des Lilas"
                                          << "Paris"
                                          << "FR";
    QTest::addRow("with country") << "Hauptstraße 5\n10115 Berlin\nGermany"
                                  << "10115"
                                  << "Hauptstraße 5"
                                  << "Berlin"
                                  << "DE";
    QTest::addRow("empty") << ""
                           << ""
                           << ""
                           << ""
                           << "FR";
}

void tst_InvoicePdfRenderer::parseAddress_splitsParts()
{
    QFETCH(QString, text);
    QFETCH(QString, postcode);
    QFETCH(QString, line);
    QFETCH(QString, city);
    QFETCH(QString, country);
    const auto a = FacturXXml::parseAddress(text);
    QCOMPARE(a.postcode, postcode);
    QCOMPARE(a.lineOne, line);
    QCOMPARE(a.city, city);
    QCOMPARE(a.country, country);
}

QTEST_MAIN(tst_InvoicePdfRenderer)
#include "tst_invoicepdfrenderer.moc"
