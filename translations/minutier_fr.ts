<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>MoneyFormat</name>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Set the business identity (name, SIRET, address, VAT regime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the business identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an offer (per-minute rate, free minutes, VAT ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a call that happened elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List sessions (--json for scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the call meter in the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, bill or discard calls interrupted by a crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export invoices and payments of a period as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the FEC accounting file of a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the PDFs of a period as a ZIP with a CSV index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue an invoice for ended sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a credit note for an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render an invoice as PDF or Factur-X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List invoices (--json for scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no issued document or payment event was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the Stripe key (stdin) in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link for a session (card held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold an amount on a saved card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture a held amount, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release a hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a PaymentIntent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture a session&apos;s amount across its holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund a captured session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle unconfirmed payment operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price a call (per-minute rule); --batch prices JSON lines from stdin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Per-minute billing for short calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file or postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutier cannot open its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::CallPanel</name>
    <message>
        <source>&amp;Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call cannot be saved to the database right now; it keeps being measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today: %n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client and an offer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has lasted only %1. Stop and save it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free minutes used: billing has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 % of the amount held on the client&apos;s card is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount held is reached: time still counts, nothing more is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer seems to have been asleep for %1 during the call. Count this time in the call?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 excl. VAT · %2 billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free time left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free minutes used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an offer and a client to start a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● On call with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::ClientCsv</name>
    <message>
        <source>language must be fr or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown relationship &quot;%1&quot; (former, prospect, network, premium or audience)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SIREN is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VAT number is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail address is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::ClientDialog</name>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits, for a business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s own offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default offer for the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIREN is not valid: 9 digits with a valid check digit are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::ClientsModel</name>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::ClientsView</name>
    <message>
        <source>&amp;New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, company or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a client list: a header line with at least a &quot;name&quot; column is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::ErrorText</name>
    <message>
        <source>Some of the values entered are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change conflicts with the current state (was it already done elsewhere?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large to be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Minutier database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was created by a newer version of Minutier. Please update Minutier; the database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment provider returned an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::HistoryView</name>
    <message>
        <source>&amp;Issue invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issue an invoice of %1 to %2 for %n call(s)?

An issued invoice gets the next number and cannot be modified or deleted afterwards (only cancelled by a credit note).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::Labels</name>
    <message>
        <source>Former client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::MainWindow</name>
    <message>
        <source>Minutier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutier — on call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open slot starts now: the call is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · database %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All set. Add a client, then start a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call with %1 started on %2 was interrupted (the computer or Minutier stopped) after %3.

Save it to bill it up to that moment (%4), or discard it? A discarded call stays in the history, unbilled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call is in progress. Stop it and save it before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::MonthlyTotalsModel</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::OfferDialog</name>
    <message>
        <source>New offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::OfferForm</name>
    <message>
        <source>Prices include VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Short consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per second (no rounding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per started minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First minute, then per 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per started 15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First minute, then per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. 5.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Free minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the offer a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the rate per minute as a number, e.g. 3.00 (up to 4 decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing increment is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the VAT rate as a percentage, e.g. 20 or 5.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the minimum charge as an amount, e.g. 5.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a rate to see what a call costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 call costs %2 (%3 excl. VAT + %4 VAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 call costs %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::OnboardingWizard</name>
    <message>
        <source>Welcome to Minutier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is printed on every invoice. Your SIRET is checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your per-minute rate. The example below shows what a call costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::PaymentLinkDialog</name>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this link to the client, or let them scan the code. The card is only authorised now; the exact amount of the call is captured at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the payment link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the client to pay… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold must be captured before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the client to pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has expired without payment. Create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s bank asks for authentication; the client finishes it on the payment page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hold is already settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::PaymentService</name>
    <message>
        <source>The card has insufficient funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s security code is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was declined by the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank asks the client to authenticate (3-D Secure): send a payment link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s limit has been reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was declined by the bank, without a reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was declined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::PriceExplanation</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first minute free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1 minutes free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed per started minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed per started block of %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1 s indivisible, then billed per %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then %1 from minute %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum charge of %1 applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum charge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capped at the pre-authorised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 call costs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 call costs %2 incl. VAT (%3 excl. VAT)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::ProfileDialog</name>
    <message>
        <source>Business identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::ProfileForm</name>
    <message>
        <source>Sole trader (adds &quot;EI&quot; after the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT exemption (franchise en base, art. 293 B du CGI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liable to VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Claire Martin Conseil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 digits, e.g. 732 829 320 00074</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FR + 2-digit key + SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: printed on invoices for bank transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your legal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIRET is not valid: 14 digits with a valid check digit are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your business address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAT number is required when you are liable to VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT number does not match the SIREN of your SIRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN is not valid (check digits do not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SIRET is printed on every invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) of 14</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check digit wrong: please check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid SIRET (SIREN %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices will state &quot;TVA non applicable, art. 293 B du CGI&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when liable to VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid VAT number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match your SIREN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::SessionsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::SettingsView</name>
    <message>
        <source>&amp;Mute the chimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice numbering pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{YYYY} year, {MM} month, {NNNN} sequence (never reused, no gaps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit o&amp;ffer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default offer for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default offer per relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance and language apply at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: %1. An SQLite file path or a postgresql:// URL shared by a practice; --database and MINUTIER_DATABASE take precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: Minutier will open %1 at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance, language and sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT: franchise en base (art. 293 B du CGI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set yet: invoices need your legal name, SIRET and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your business identity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern must contain {NNNN} (the sequence number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The next invoice uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::SlotDialog</name>
    <message>
        <source>Open-ended (no maximum length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New open slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 90.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: https://… (else paid by invoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum &amp;hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the maximum hold as an amount, e.g. 90.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link must be an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::SlotsModel</name>
    <message>
        <source>(deleted client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>up to %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>open-ended, hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer / invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::SlotsView</name>
    <message>
        <source>&amp;New slot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;invitation (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a time when a client can call you, for a maximum length or open-ended. Send the invitation; Minutier reminds you when the slot starts and prepares the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar invitations (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this open slot? The client keeps the invitation already sent; tell them it is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open slot yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>your consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-ended call; up to %1 is held on your card and only the minutes used are charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-ended call: only the minutes used are charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Up to %n minute(s); only the minutes used are charged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Please authorise the payment before the call: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::TrayTicker</name>
    <message>
        <source>&amp;Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutier — no call in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold reached: time still counts, nothing more is charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the hold used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of free time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free minutes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is now charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 % of the hold used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost so far is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time still counts, but nothing more is charged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::cli::CliContext</name>
    <message>
        <source>Legal name (as registered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET, 14 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address (use \n between lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>franchise (art. 293 B du CGI) or standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intra-community VAT number (standard regime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN printed on invoices for bank transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company rather than a sole trader (no &quot;EI&quot; after the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice numbering pattern, default F-{YYYY}-{NNNN}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the business identity printed on invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vat-regime must be &apos;franchise&apos; or &apos;standard&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET &apos;%1&apos; is not valid: 14 digits with a valid checksum are expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the business identity as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no business identity yet: run &apos;minutier-cli profile set&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>former|prospect|network|premium|audience (default network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIREN of a business client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number of a business client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice language: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s own offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client; prints {&quot;id&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be one of former, prospect, network, premium, audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-minute rate, e.g. 3.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency, default EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free minutes at the start of each call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing increments I/N in seconds, default 1/1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a billable minute on, another rate: MINUTE:RATE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate in percent (e.g. 20, 5.5); default 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate includes VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an offer (a named per-minute price); prints {&quot;id&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name and --rate are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tier must look like MINUTE:RATE, e.g. 30:2.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged or is not a Minutier database (left untouched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer Minutier (left untouched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment provider error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutier-cli: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutier-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer id (its price is frozen onto the session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration of the call in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the call started (ISO 8601); default: now minus the duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a call that happened elsewhere; prints its amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client, --offer and --duration-ms are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration-ms must be a whole number of milliseconds &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--started-at must be an ISO 8601 date and time, e.g. 2026-11-24T14:30:00+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this client&apos;s sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on or after this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on or before this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List sessions, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: minutier-cli [--database PATH|postgresql://...] &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;minutier-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is chosen by --database, else $MINUTIER_DATABASE, else the default file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutier-cli: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>minutier-cli: %n interrupted call(s) found; see &apos;minutier-cli call recover&apos;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stop after this many seconds (decimals allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held amount, gross (e.g. 30.00): the cost never goes above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the call meter in the terminal until Ctrl+C, SIGTERM or --for; prints a line per second, then the saved session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client and --offer are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for must be a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hold must be an amount such as 30.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hold reached: no further charge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutier-cli: heartbeat not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free minutes are over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 % of the hold is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold is reached: time keeps counting, nothing more is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutier-cli: the machine seems to have slept %1 s; that time is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill this interrupted session up to its last heartbeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this interrupted session (it is kept, marked discarded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the calls a crash interrupted, or settle one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bill and --discard cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interrupted call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last heartbeat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to must be dates YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the invoices, credit notes and card payments of a period as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal (calendar) year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write &lt;SIREN&gt;FEC&lt;YYYYMMDD&gt;.txt into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Fichier des Écritures Comptables (FEC) of a fiscal year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year YYYY is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the documents of a period: a ZIP of their Factur-X PDFs and a CSV index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ended session to invoice (repeat for several sessions of the same client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue an invoice for ended sessions; the number is final and the invoice cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one --session is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to credit, VAT included, in the invoice&apos;s currency (default: the whole invoice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a credit note (avoir) that cites an invoice; it gets its own number and cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf (PDF/A-1b) or facturx (PDF/A-3b with the EN 16931 XML; default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice or credit note number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render an issued invoice or credit note as a PDF in the client&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be pdf or facturx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or client name contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this client&apos;s invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on or after this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on or before this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued, paid, partly_refunded or refunded (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List invoices and credit notes, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the hash chain of issued documents and payment events; exits 1 naming the first altered record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutier-cli: the chain is broken at entry %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the Stripe key (read from stdin) in the system keychain. A restricted key (rk_) with PaymentIntents, Checkout Sessions and Refunds write access is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to hold, e.g. 30.00 (default: the session&apos;s cap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the price of this many minutes at the session&apos;s offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text shown on the payment page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait up to this many seconds for the client to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a payment link (Stripe Checkout, card held, captured after the call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--session is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--minutes must be a whole number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --amount or --minutes (the session has no cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait must be a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to hold, e.g. 30.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s saved payment method (pm_...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s Stripe customer (cus_...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session the hold belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold (pre-authorise) an amount on a saved card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount, --currency and --payment-method are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank asks the client to authenticate (3-D Secure): send a payment link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PaymentIntent id (pi_...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to capture, e.g. 12.50 (default: all that is held).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture a held amount (once: repeating it does not charge again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--payment-intent is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release (cancel) a hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a PaymentIntent as Stripe sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the session&apos;s gross across its holds and release the rest (below the minimum charge: release all, not charged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to refund (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund a captured session, fully or partly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle payment operations left unconfirmed by a crash or a network failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutier-cli: cannot read the input or write the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutier-cli: %1 of %2 lines could not be priced (see their &quot;error&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-minute rate, e.g. 3.00 (up to 4 decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency, e.g. EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call duration in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free minutes at the start of the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-authorised amount (gross): the price never exceeds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate and the minimum include VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read one JSON object per line on stdin and write one JSON line per input, in order; a bad line gives {&quot;error&quot;:...} and the batch goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price a call with the Minutier rule; prints one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch reads everything from stdin: --%1 cannot be combined with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate, --currency and --duration-ms are required (or --batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
