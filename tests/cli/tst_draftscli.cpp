// minutier-cli invoice draft new / edit / discard / issue / list and invoice uninvoiced: the
// desktop's invoice drafts end to end against a temporary SQLite database, seeded through the CLI.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier::test;

class tst_DraftsCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void draft_createEditIssue_endToEnd();
    void draftNew_allUninvoiced_takesEverySessionOfTheClient();
    void draftDiscard_numberingStaysGapFree();
    void draftList_text_showsDraftsOnly();
    void references_onDraft_keptAtIssue_andOnInvoiceIssue();
    void paymentDays_onDraftAndInvoice();
    void draftCommands_badInput_exit2_data();
    void draftCommands_badInput_exit2();

private:
    static QJsonObject object(const CliRun &r) { return QJsonDocument::fromJson(r.out).object(); }
    static QJsonArray array(const CliRun &r) { return QJsonDocument::fromJson(r.out).array(); }
    static QStringList sessionIds(const QJsonObject &draft);
    static qint64 sequenceOf(const QString &number);
    CliRun cli(const QStringList &args) const { return runCli(args, m_db); }
    QString addSession(const QString &client, const QString &startedAt, qint64 *grossMinor = nullptr);
    QStringList uninvoiced(const QString &client);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_clientA;
    QString m_clientB;
    QString m_offer;
    QStringList m_a; // three ended sessions of client A, oldest first
    QList<qint64> m_aGross;
    QString m_b; // one session of client B
};

void tst_DraftsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("d.sqlite"));
    const CliRun p = cli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--legal-name"),
        QStringLiteral("Jeanne Martin"), QStringLiteral("--siret"), QStringLiteral("73282932000074"),
        QStringLiteral("--address"), QStringLiteral("12 rue des Lilas\n75011 Paris"), QStringLiteral("--vat-regime"),
        QStringLiteral("standard"), QStringLiteral("--vat-number"), QStringLiteral("FR44732829320"),
        QStringLiteral("--iban"), QStringLiteral("FR7630006000011234567890189") });
    QVERIFY2(p.exitCode == 0, p.err.constData());
    m_clientA = object(
        cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Camille") }))
                    .value(QLatin1String("id"))
                    .toString();
    m_clientB = object(
        cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Dominique") }))
                    .value(QLatin1String("id"))
                    .toString();
    m_offer = object(
        cli({ QStringLiteral("offer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Conseil"),
            QStringLiteral("--rate"), QStringLiteral("3.00"), QStringLiteral("--currency"), QStringLiteral("EUR"),
            QStringLiteral("--free-minutes"), QStringLiteral("2"), QStringLiteral("--vat"), QStringLiteral("20") }))
                  .value(QLatin1String("id"))
                  .toString();
    QVERIFY(!m_clientA.isEmpty() && !m_clientB.isEmpty() && !m_offer.isEmpty());
    m_a.clear();
    m_aGross.clear();
    for (const char *start : { "2026-01-05T09:00:00Z", "2026-01-06T09:00:00Z", "2026-01-07T09:00:00Z" }) {
        qint64 gross = 0;
        m_a << addSession(m_clientA, QString::fromLatin1(start), &gross);
        m_aGross << gross;
    }
    m_b = addSession(m_clientB, QStringLiteral("2026-01-05T10:00:00Z"));
    QVERIFY(!m_a.contains(QString()) && !m_b.isEmpty());
}

QString tst_DraftsCli::addSession(const QString &client, const QString &startedAt, qint64 *grossMinor)
{
    const CliRun r = cli({ QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--client"), client,
        QStringLiteral("--offer"), m_offer, QStringLiteral("--duration-ms"), QStringLiteral("754900"),
        QStringLiteral("--started-at"), startedAt });
    if (r.exitCode != 0)
        qWarning() << r.err;
    if (grossMinor)
        *grossMinor = object(r).value(QLatin1String("gross_minor")).toInteger();
    return object(r).value(QLatin1String("id")).toString();
}

QStringList tst_DraftsCli::uninvoiced(const QString &client)
{
    const CliRun r = cli({ QStringLiteral("invoice"), QStringLiteral("uninvoiced"), QStringLiteral("--client"), client,
        QStringLiteral("--json") });
    if (r.exitCode != 0)
        qWarning() << r.err;
    QStringList ids;
    for (const QJsonValue &v : array(r))
        ids << v.toObject().value(QLatin1String("id")).toString();
    return ids;
}

QStringList tst_DraftsCli::sessionIds(const QJsonObject &draft)
{
    QStringList ids;
    for (const QJsonValue &v : draft.value(QLatin1String("session_ids")).toArray())
        ids << v.toString();
    return ids;
}

qint64 tst_DraftsCli::sequenceOf(const QString &number)
{
    const auto m = QRegularExpression(QStringLiteral("(\\d+)$")).match(number);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

void tst_DraftsCli::draft_createEditIssue_endToEnd()
{
    QCOMPARE(uninvoiced(m_clientA), m_a);

    // New: two sessions, no number.
    const CliRun created = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("new"),
        QStringLiteral("--session"), m_a[0], QStringLiteral("--session"), m_a[1], QStringLiteral("--json") });
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QJsonObject draft = object(created);
    const QString draftId = draft.value(QLatin1String("id")).toString();
    QVERIFY(!draftId.isEmpty());
    QCOMPARE(draft.value(QLatin1String("status")).toString(), QStringLiteral("draft"));
    QVERIFY(!draft.contains(QLatin1String("number")));
    QCOMPARE(draft.value(QLatin1String("client_id")).toString(), m_clientA);
    QCOMPARE(draft.value(QLatin1String("client_name")).toString(), QStringLiteral("Camille"));
    QCOMPARE(draft.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(sessionIds(draft), (QStringList { m_a[0], m_a[1] }));
    QCOMPARE(draft.value(QLatin1String("gross_minor")).toInteger(), m_aGross[0] + m_aGross[1]);
    QCOMPARE(draft.value(QLatin1String("net_minor")).toInteger() + draft.value(QLatin1String("vat_minor")).toInteger(),
        draft.value(QLatin1String("gross_minor")).toInteger());
    const QJsonArray lines = draft.value(QLatin1String("lines")).toArray();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[1].toObject().value(QLatin1String("session_id")).toString(), m_a[1]);
    QCOMPARE(lines[1].toObject().value(QLatin1String("gross_minor")).toInteger(), m_aGross[1]);
    // The sessions on the draft are no longer offered to another invoice.
    QCOMPARE(uninvoiced(m_clientA), QStringList { m_a[2] });

    // Edit: swap the first session for the third.
    const CliRun edited = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("edit"), draftId,
        QStringLiteral("--add"), m_a[2], QStringLiteral("--remove"), m_a[0], QStringLiteral("--json") });
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    QCOMPARE(object(edited).value(QLatin1String("id")).toString(), draftId);
    QCOMPARE(sessionIds(object(edited)), (QStringList { m_a[1], m_a[2] }));
    QCOMPARE(object(edited).value(QLatin1String("gross_minor")).toInteger(), m_aGross[1] + m_aGross[2]);
    QCOMPARE(uninvoiced(m_clientA), QStringList { m_a[0] });

    const CliRun listed = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("list"),
        QStringLiteral("--client"), m_clientA, QStringLiteral("--json") });
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(array(listed).size(), 1);
    QCOMPARE(array(listed)[0].toObject(), object(edited));

    // Issue: prints what `invoice issue` prints, with the same keys.
    const CliRun issued = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("issue"), draftId });
    QVERIFY2(issued.exitCode == 0, issued.err.constData());
    const QJsonObject inv = object(issued);
    QCOMPARE(inv.keys(),
        (QStringList { QStringLiteral("currency"), QStringLiteral("due_date"), QStringLiteral("gross_minor"),
            QStringLiteral("number"), QStringLiteral("payment_days") }));
    const QString number = inv.value(QLatin1String("number")).toString();
    QVERIFY(!number.isEmpty());
    QCOMPARE(inv.value(QLatin1String("gross_minor")).toInteger(), m_aGross[1] + m_aGross[2]);
    QCOMPARE(inv.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    const CliRun direct = cli({ QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("--session"), m_b });
    QVERIFY2(direct.exitCode == 0, direct.err.constData());
    QCOMPARE(object(direct).keys(), inv.keys());

    // No draft left; the invoice is in `invoices list`, issued, with the draft's sessions.
    const CliRun none
        = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(none.exitCode == 0, none.err.constData());
    QCOMPARE(array(none).size(), 0);
    const CliRun invoices = cli({ QStringLiteral("invoices"), QStringLiteral("list"), QStringLiteral("--client"),
        m_clientA, QStringLiteral("--json") });
    QVERIFY2(invoices.exitCode == 0, invoices.err.constData());
    QCOMPARE(array(invoices).size(), 1);
    const QJsonObject listedInvoice = array(invoices)[0].toObject();
    QCOMPARE(listedInvoice.value(QLatin1String("number")).toString(), number);
    QCOMPARE(listedInvoice.value(QLatin1String("status")).toString(), QStringLiteral("issued"));
    QCOMPARE(listedInvoice.value(QLatin1String("id")).toString(), draftId);
    QCOMPARE(sessionIds(object(edited)),
        (QStringList { listedInvoice.value(QLatin1String("lines"))
                           .toArray()[0]
                           .toObject()
                           .value(QLatin1String("session_id"))
                           .toString(),
            listedInvoice.value(QLatin1String("lines"))
                .toArray()[1]
                .toObject()
                .value(QLatin1String("session_id"))
                .toString() }));
    QCOMPARE(uninvoiced(m_clientA), QStringList { m_a[0] });
    const CliRun verify = cli({ QStringLiteral("verify") });
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
}

void tst_DraftsCli::draftNew_allUninvoiced_takesEverySessionOfTheClient()
{
    const CliRun created = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("new"),
        QStringLiteral("--client"), m_clientA, QStringLiteral("--all-uninvoiced"), QStringLiteral("--json") });
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QCOMPARE(sessionIds(object(created)), m_a); // oldest first, client B's session left out
    QCOMPARE(object(created).value(QLatin1String("gross_minor")).toInteger(), m_aGross[0] + m_aGross[1] + m_aGross[2]);
    QVERIFY(uninvoiced(m_clientA).isEmpty());
    QCOMPARE(uninvoiced(m_clientB), QStringList { m_b });
    // Nothing left for a second one.
    const CliRun again = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("new"),
        QStringLiteral("--client"), m_clientA, QStringLiteral("--all-uninvoiced") });
    QCOMPARE(again.exitCode, 2);
    QVERIFY(!again.err.isEmpty());
}

void tst_DraftsCli::draftDiscard_numberingStaysGapFree()
{
    const CliRun first
        = cli({ QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("--session"), m_a[0] });
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QString firstNumber = object(first).value(QLatin1String("number")).toString();
    QVERIFY(sequenceOf(firstNumber) > 0);

    // A draft made then discarded takes no number and gives its session back.
    const CliRun draft = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("new"),
        QStringLiteral("--session"), m_a[1], QStringLiteral("--json") });
    QVERIFY2(draft.exitCode == 0, draft.err.constData());
    const QString draftId = object(draft).value(QLatin1String("id")).toString();
    QCOMPARE(uninvoiced(m_clientA), QStringList { m_a[2] });
    const CliRun discarded = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("discard"),
        draftId, QStringLiteral("--json") });
    QVERIFY2(discarded.exitCode == 0, discarded.err.constData());
    QCOMPARE(object(discarded).value(QLatin1String("id")).toString(), draftId);
    QCOMPARE(object(discarded).value(QLatin1String("discarded")).toBool(), true);
    QCOMPARE(uninvoiced(m_clientA), (QStringList { m_a[1], m_a[2] }));
    const CliRun gone = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("issue"), draftId });
    QCOMPARE(gone.exitCode, 2);

    // The next document takes the very next number.
    const CliRun next = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("new"),
        QStringLiteral("--client"), m_clientA, QStringLiteral("--all-uninvoiced"), QStringLiteral("--json") });
    QVERIFY2(next.exitCode == 0, next.err.constData());
    const CliRun issued = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("issue"),
        object(next).value(QLatin1String("id")).toString() });
    QVERIFY2(issued.exitCode == 0, issued.err.constData());
    const QString secondNumber = object(issued).value(QLatin1String("number")).toString();
    QCOMPARE(sequenceOf(secondNumber), sequenceOf(firstNumber) + 1);
    QCOMPARE(secondNumber.left(secondNumber.size() - 4), firstNumber.left(firstNumber.size() - 4));
    const CliRun invoices = cli({ QStringLiteral("invoices"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(array(invoices).size(), 2);
}

void tst_DraftsCli::draftList_text_showsDraftsOnly()
{
    const CliRun issued = cli({ QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("--session"), m_b });
    QVERIFY2(issued.exitCode == 0, issued.err.constData());
    const CliRun created = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("new"),
        QStringLiteral("--session"), m_a[2] });
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QVERIFY(created.out.contains(m_a[2].toUtf8()));
    const CliRun listed = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("list") });
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY(listed.out.contains("Camille"));
    QVERIFY(listed.out.contains(m_a[2].toUtf8()));
    QVERIFY(!listed.out.contains("Dominique")); // the issued invoice is no draft
    const CliRun json = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("list"),
        QStringLiteral("--client"), m_clientB, QStringLiteral("--json") });
    QCOMPARE(array(json).size(), 0);
}

void tst_DraftsCli::references_onDraft_keptAtIssue_andOnInvoiceIssue()
{
    // The client's reference and purchase order, given when the draft is made...
    const CliRun made = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("new"),
        QStringLiteral("--session"), m_a.at(0), QStringLiteral("--buyer-reference"), QStringLiteral("  SERV-042 "),
        QStringLiteral("--json") });
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString draft = object(made).value(QLatin1String("id")).toString();
    QCOMPARE(object(made).value(QLatin1String("buyer_reference")).toString(), QStringLiteral("SERV-042"));
    QVERIFY(object(made).value(QLatin1String("order_reference")).isNull());
    // ...completed later on its own, then kept when the sessions change...
    const CliRun ordered = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("edit"), draft,
        QStringLiteral("--order-reference"), QStringLiteral("PO 4711/2026"), QStringLiteral("--json") });
    QVERIFY2(ordered.exitCode == 0, ordered.err.constData());
    QCOMPARE(object(ordered).value(QLatin1String("order_reference")).toString(), QStringLiteral("PO 4711/2026"));
    QCOMPARE(object(ordered).value(QLatin1String("buyer_reference")).toString(), QStringLiteral("SERV-042"));
    const CliRun added = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("edit"), draft,
        QStringLiteral("--add"), m_a.at(1), QStringLiteral("--json") });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QCOMPARE(object(added).value(QLatin1String("order_reference")).toString(), QStringLiteral("PO 4711/2026"));
    // ...and on the issued invoice.
    const CliRun issued = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("issue"), draft });
    QVERIFY2(issued.exitCode == 0, issued.err.constData());
    const QString number = object(issued).value(QLatin1String("number")).toString();
    QJsonObject invoice;
    for (const QJsonValue &v : array(cli({ QStringLiteral("invoices"), QStringLiteral("list"), QStringLiteral("--json") })))
        if (v.toObject().value(QLatin1String("number")).toString() == number)
            invoice = v.toObject();
    QCOMPARE(invoice.value(QLatin1String("buyer_reference")).toString(), QStringLiteral("SERV-042"));
    QCOMPARE(invoice.value(QLatin1String("order_reference")).toString(), QStringLiteral("PO 4711/2026"));
    QCOMPARE(cli({ QStringLiteral("verify") }).exitCode, 0);

    // invoice issue takes them too; a reference is one line of at most 100 characters.
    const CliRun direct = cli({ QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("--session"), m_b,
        QStringLiteral("--order-reference"), QStringLiteral("EJ-2026-77") });
    QVERIFY2(direct.exitCode == 0, direct.err.constData());
    const CliRun tooLong = cli({ QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("--session"),
        m_a.at(2), QStringLiteral("--buyer-reference"), QString(101, QLatin1Char('x')) });
    QCOMPARE(tooLong.exitCode, 2);
    QVERIFY(tooLong.err.contains("100"));
    QVERIFY(uninvoiced(m_clientA).contains(m_a.at(2))); // nothing was issued
}

void tst_DraftsCli::paymentDays_onDraftAndInvoice()
{
    const QDate today = QDate::currentDate();
    // No term given: none recorded (the default applies).
    const CliRun made = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("new"),
        QStringLiteral("--session"), m_a.at(0), QStringLiteral("--json") });
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString draft = object(made).value(QLatin1String("id")).toString();
    QVERIFY(object(made).value(QLatin1String("payment_days")).isNull());
    // Agreed on the draft, shown in its text, kept when the sessions change, back to the default.
    const CliRun agreed = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("edit"), draft,
        QStringLiteral("--payment-days"), QStringLiteral("45"), QStringLiteral("--json") });
    QVERIFY2(agreed.exitCode == 0, agreed.err.constData());
    QCOMPARE(object(agreed).value(QLatin1String("payment_days")).toInt(), 45);
    const CliRun added = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("edit"), draft,
        QStringLiteral("--add"), m_a.at(1) });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY2(added.out.contains("payable within 45 day"), added.out.constData());
    const CliRun reset = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("edit"), draft,
        QStringLiteral("--payment-days"), QStringLiteral("default"), QStringLiteral("--json") });
    QVERIFY2(reset.exitCode == 0, reset.err.constData());
    QVERIFY(object(reset).value(QLatin1String("payment_days")).isNull());
    const CliRun onReceipt = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("edit"), draft,
        QStringLiteral("--payment-days"), QStringLiteral("0"), QStringLiteral("--json") });
    QCOMPARE(object(onReceipt).value(QLatin1String("payment_days")).toInt(), 0);
    // Issued: the due date follows the term from the invoice date.
    const CliRun issued = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("issue"), draft });
    QVERIFY2(issued.exitCode == 0, issued.err.constData());
    QCOMPARE(object(issued).value(QLatin1String("payment_days")).toInt(), 0);
    QCOMPARE(object(issued).value(QLatin1String("due_date")).toString(), today.toString(Qt::ISODate));
    // invoice issue takes it too.
    const CliRun direct = cli({ QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("--session"), m_b,
        QStringLiteral("--payment-days"), QStringLiteral("21") });
    QVERIFY2(direct.exitCode == 0, direct.err.constData());
    QCOMPARE(object(direct).value(QLatin1String("payment_days")).toInt(), 21);
    QCOMPARE(object(direct).value(QLatin1String("due_date")).toString(), today.addDays(21).toString(Qt::ISODate));
    QCOMPARE(cli({ QStringLiteral("verify") }).exitCode, 0);
}

void tst_DraftsCli::draftCommands_badInput_exit2_data()
{
    // Placeholders: {draft} (a draft holding a0 and a1), {a0} {a1} {a2} {b}, {issued} (the id of an
    // issued invoice), {client}.
    QTest::addColumn<QStringList>("args");
    const auto row = [](const char *name, const QString &words) { QTest::addRow("%s", name) << words.split(u' '); };
    row("edit: unknown draft", QStringLiteral("invoice draft edit nosuchdraft --add {a2}"));
    row("edit: issued invoice", QStringLiteral("invoice draft edit {issued} --add {a2}"));
    row("edit: unknown session", QStringLiteral("invoice draft edit {draft} --add nosuchsession"));
    row("edit: other client's session", QStringLiteral("invoice draft edit {draft} --add {b}"));
    row("edit: remove a session not on it", QStringLiteral("invoice draft edit {draft} --remove {a2}"));
    row("edit: add one already on it", QStringLiteral("invoice draft edit {draft} --add {a0}"));
    row("edit: remove every session", QStringLiteral("invoice draft edit {draft} --remove {a0} --remove {a1}"));
    row("edit: nothing to do", QStringLiteral("invoice draft edit {draft}"));
    row("edit: no id", QStringLiteral("invoice draft edit --add {a2}"));
    row("issue: unknown draft", QStringLiteral("invoice draft issue nosuchdraft"));
    row("issue: issued invoice", QStringLiteral("invoice draft issue {issued}"));
    row("discard: unknown draft", QStringLiteral("invoice draft discard nosuchdraft"));
    row("discard: issued invoice", QStringLiteral("invoice draft discard {issued}"));
    row("new: unknown session", QStringLiteral("invoice draft new --session nosuchsession"));
    row("new: session on a draft", QStringLiteral("invoice draft new --session {a0}"));
    row("new: two clients", QStringLiteral("invoice draft new --session {a2} --session {b}"));
    row("new: --client alone", QStringLiteral("invoice draft new --client {client}"));
    row("new: nothing", QStringLiteral("invoice draft new"));
    row("edit: payment term over 60 days", QStringLiteral("invoice draft edit {draft} --payment-days 90"));
    row("edit: payment term not a number", QStringLiteral("invoice draft edit {draft} --payment-days soon"));
    row("new: negative payment term", QStringLiteral("invoice draft new --session {a2} --payment-days -5"));
    row("issue: payment term over 60 days", QStringLiteral("invoice issue --session {a2} --payment-days 61"));
    row("uninvoiced: no client", QStringLiteral("invoice uninvoiced"));
}

void tst_DraftsCli::draftCommands_badInput_exit2()
{
    QFETCH(QStringList, args);
    const CliRun created = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("new"),
        QStringLiteral("--session"), m_a[0], QStringLiteral("--session"), m_a[1], QStringLiteral("--json") });
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString draftId = object(created).value(QLatin1String("id")).toString();
    const CliRun issuedDraft = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("new"),
        QStringLiteral("--session"), m_b, QStringLiteral("--json") });
    const QString issuedId = object(issuedDraft).value(QLatin1String("id")).toString();
    const CliRun issued
        = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("issue"), issuedId });
    QVERIFY2(issued.exitCode == 0, issued.err.constData());
    const QString number = object(issued).value(QLatin1String("number")).toString();

    for (QString &a : args) {
        a.replace(QLatin1String("{draft}"), draftId)
            .replace(QLatin1String("{issued}"), issuedId)
            .replace(QLatin1String("{a0}"), m_a[0])
            .replace(QLatin1String("{a1}"), m_a[1])
            .replace(QLatin1String("{a2}"), m_a[2])
            .replace(QLatin1String("{b}"), m_b)
            .replace(QLatin1String("{client}"), m_clientA);
    }
    const CliRun r = cli(args);
    QVERIFY2(r.exitCode == 2, QByteArray(r.err + r.out).constData());
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());

    // Nothing changed: the draft keeps its sessions, the invoice its number, no new document.
    const CliRun drafts
        = cli({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(array(drafts).size(), 1);
    QCOMPARE(sessionIds(array(drafts)[0].toObject()), (QStringList { m_a[0], m_a[1] }));
    QCOMPARE(uninvoiced(m_clientA), QStringList { m_a[2] });
    const CliRun invoices = cli({ QStringLiteral("invoices"), QStringLiteral("list"), QStringLiteral("--status"),
        QStringLiteral("issued"), QStringLiteral("--json") });
    QCOMPARE(array(invoices).size(), 1);
    QCOMPARE(array(invoices)[0].toObject().value(QLatin1String("number")).toString(), number);
}

QTEST_GUILESS_MAIN(tst_DraftsCli)
#include "tst_draftscli.moc"
