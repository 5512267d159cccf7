<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
    <message>
        <source>Store a PostgreSQL password (stdin) in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database connection and schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a bank transfer received for an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a client&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients from CSV (bad rows reported, good rows kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export clients as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the default offer of each client relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the default offer of a client relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly totals: calls, billed time, revenue, free share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an invoice draft (no number yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove sessions on a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard a draft (no number is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a draft: takes the invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List invoice drafts (--json for scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of a client that an invoice may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish an open slot for a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List open slots (--json for scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an open slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the .ics invitation of an open slot</source>
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
    <name>minutier::CallAudioBar</name>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the microphone level during calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows that your microphone hears the call. Nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the call to a file on this computer, once the client has agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording saved: %1 (&lt;a href=&quot;%2&quot;&gt;open the folder&lt;/a&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown while a call runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this call?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording a conversation without the other person&apos;s consent is an offence (in France, article 226-1 of the Code pénal).

Has %1 agreed to this call being recorded? The file stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#dc2626;font-weight:600&apos;&gt;●&lt;/span&gt; Recording paused · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#dc2626;font-weight:600&apos;&gt;● Recording&lt;/span&gt; · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::CallHoldBox</name>
    <message>
        <source>Card hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold on sa&amp;ved card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a payment link for this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the amount on the client&apos;s saved card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the hold used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the payment of the last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the payment settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card payment set up: calls are invoiced payable by bank transfer. Set up Stripe in Settings to hold the amount on the client&apos;s card before the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card the client used on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card saved for this client yet: send a payment link first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount as 30,00.</source>
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
        <source>The client&apos;s bank asks for authentication: payment link sent, waiting for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link sent: waiting for the client to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card hold failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card hold failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s bank asks for authentication: send a payment link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold of %1 expires on %2, too soon for a call: create a new payment link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link expired without payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hold yet: the call can start without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount to hold as 30,00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding %1 on the saved card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was not held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s bank asks for authentication: send a payment link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold of %1 is used up and no further hold could be placed (%2): time still counts, nothing more is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold of %1 is used up: time still counts, nothing more is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 held is used. Holding a further amount on the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 held is used. No further hold could be placed (%3): the meter stops charging at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 held is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank asks the client to authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card was not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was not taken yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not charged (below the minimum charge): holds released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not covered by the hold (to invoice by bank transfer)</source>
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
        <translation>
            <numerusform>Today: %n call</numerusform>
            <numerusform>Today: %n calls</numerusform>
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
    <message>
        <source>Type part of the client&apos;s name or company, then pick with the arrow keys and Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the call (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the call (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the call and save it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::CallRecorder</name>
    <message>
        <source>The recording stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone was found: nothing can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot encode audio (no suitable codec is installed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording cannot start: %1</source>
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
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
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
        <translation>
            <numerusform>%n client imported.</numerusform>
            <numerusform>%n clients imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n row skipped:</numerusform>
            <numerusform>%n rows skipped:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::CreditNoteDialog</name>
    <message>
        <source>The whole amount left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of it (total incl. VAT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note cancels all or part of invoice %1. It gets its own number and is kept for good, like an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to credit on this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: type it as 12,50 for example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 is left to credit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::DatabaseLogin</name>
    <message>
        <source>The database server asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server refused the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 (kept in the system keychain):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::DatabaseSettings</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File path, or postgresql://user@host/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL password (kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this database at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: %1. An SQLite file path or a postgresql:// URL shared by a practice; --database and MINUTIER_DATABASE take precedence. Changes take effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the password. Type the right one above, test again, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1 yet: Minutier creates it at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, but it was written by a newer Minutier (schema %2, this version knows up to %3): update Minutier first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: an empty database. Minutier creates its tables at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: schema %2, updated to %3 at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: schema %2, up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password saved in the system keychain. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutier will open %1 at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::DraftDialog</name>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the ended calls to put on the invoice. It is saved as a draft: it gets its number only when you issue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a call to take it off the draft (it can be invoiced again later); tick another call of the same client to add it. The draft has no number yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls on the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
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
        <source>Create &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>call date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client has an ended call that is not invoiced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one call. To remove them all, discard the draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) ticked, total %1</source>
        <translation>
            <numerusform>%n call ticked, total %1</numerusform>
            <numerusform>%n calls ticked, total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Client&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the reference the client asked you to quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: purchase order or commitment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purchase order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment term in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (30 days for a business, on receipt otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after the invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 for payable on receipt. French commercial law caps an agreed term at 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;term:</source>
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
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issue an invoice of %1 to %2 for %n call(s)?

An issued invoice gets the next number and cannot be modified or deleted afterwards (only cancelled by a credit note).</source>
        <translation>
            <numerusform>Issue an invoice of %1 to %2 for %n call?

An issued invoice gets the next number and cannot be modified or deleted afterwards (only cancelled by a credit note).</numerusform>
            <numerusform>Issue an invoice of %1 to %2 for %n calls?

An issued invoice gets the next number and cannot be modified or deleted afterwards (only cancelled by a credit note).</numerusform>
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
    <message>
        <source>&amp;Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund the card payment of the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a bank transfer received for the selected call&apos;s invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has nothing left to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1: %2 due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day the transfer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount between 0,01 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1: %2 received, %3 still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund the call with %1 of %2 (up to %3). The money goes back to the client&apos;s card; a credit note is issued for the amount refunded if the call is invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund did not go through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded %1 to the client&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::InvoicesModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note for invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credited of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft has no number yet: it gets the next one when issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::InvoicesView</name>
    <message>
        <source>Net %1 · VAT %2 · Total %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by number or client (%1)</source>
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
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected draft the next invoice number. It can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel all or part of the selected invoice with a credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the PDF (Factur-X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder where the invoice PDFs are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your mail program with a message to the client, and the folder holding the PDF: drag the file into the message to attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive of the period (ZIP of PDFs + CSV index)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices and payments of the period (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEC for %1 (for the accountant)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n draft(s), not counted</source>
        <translation>
            <numerusform> · %n draft, not counted</numerusform>
            <numerusform> · %n drafts, not counted</numerusform>
        </translation>
    </message>
    <message>
        <source> · credit notes deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selection: %n document(s)</source>
        <translation>
            <numerusform>Selection: %n document</numerusform>
            <numerusform>Selection: %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents selected.</source>
        <translation>
            <numerusform>%n documents selected.</numerusform>
            <numerusform>%n documents selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an invoice to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft has no PDF yet: issue it to give it its number and its PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the invoice as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program could be opened. The PDF is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail program opens a message to %1. Attach the PDF by dragging %2 from the folder that just opened into the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail program opens a message to %1. Attach the PDF: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue this draft of %1 to %2?

It gets the next invoice number now. An issued invoice can never be edited or deleted afterwards: only a credit note can correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a credit note of %1 for invoice %2 (%3)?

The credit note gets its own number and is permanent: it can never be edited or deleted. Invoice %2 itself stays as it was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 issued for invoice %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive of the invoices from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering invoice %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) archived in %1.</source>
        <translation>
            <numerusform>%n document archived in %1.</numerusform>
            <numerusform>%n documents archived in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the FEC of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the FEC of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEC of %1 written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices and payments from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard dra&amp;ft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a client&apos;s ended calls that are not invoiced yet on a new draft invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove calls from the selected draft or add other calls of the same client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected draft; its calls can be invoiced again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved (%1). It gets its number when you issue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draft saved: %n call(s), %1.</source>
        <translation>
            <numerusform>Draft saved: %n call, %1.</numerusform>
            <numerusform>Draft saved: %n calls, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this draft of %1 to %2?

A draft has no number yet, so discarding it leaves no gap in the numbering. Its calls are not lost: they can be put on another invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft discarded. Its calls can be invoiced again.</source>
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
    <name>minutier::LogoChooser</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo for the invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large for a logo (more than 20 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG image that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be used as a logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: PNG, JPEG or SVG, top left of the invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed top left of the invoices rendered from now on; invoices already saved keep their PDF.</source>
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
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded %1: credit note %2 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending card payments could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted card operation(s) completed</source>
        <translation>
            <numerusform>%n interrupted card operation completed</numerusform>
            <numerusform>%n interrupted card operations completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unknown (Stripe unreachable; checked again in a few minutes)</source>
        <translation>
            <numerusform>%n still unknown (Stripe unreachable; checked again in a few minutes)</numerusform>
            <numerusform>%n still unknown (Stripe unreachable; checked again in a few minutes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minutier::MicLevelMonitor</name>
    <message>
        <source>No microphone was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; stopped.</source>
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
    <name>minutier::PaymentSettings</name>
    <message>
        <source>Stripe refused this key (it is wrong, incomplete or revoked). Copy it again from the Stripe dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works but may not read payments: give the restricted key access to PaymentIntents, Checkout Sessions and Refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe could not be reached: check the network connection and the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (bank transfer, IBAN on the invoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe (card held before the call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rk_live_… (paste the key, it is not shown again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a restricted key (rk_…) with write access to PaymentIntents, Checkout Sessions and Refunds only: create it in the Stripe dashboard under Developers › API keys. The key is kept in the system keychain, never in Minutier&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API a&amp;ddress (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API address is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the key from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe is set up (key from the MINUTIER_STRIPE_KEY environment variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe is set up: the key is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are invoiced payable by bank transfer, with your IBAN on the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Stripe key stored yet: paste it above and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so no key can be stored (Minutier never stores it in a plain file). Install or unlock GNOME Keyring or KWallet. Calls are invoiced payable by bank transfer meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the key cannot be stored or read (Minutier never stores it in a plain file). Install or unlock GNOME Keyring or KWallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Stripe key: it starts with rk_live_, rk_test_, sk_live_ or sk_test_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be stored: no system keychain is available. Nothing was saved elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a key first (or save one), then test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Stripe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection works: Stripe accepted the key (live mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection works: Stripe accepted the key (test mode: no real card is charged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection works: Stripe accepted the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutier::PaymentText</name>
    <message>
        <source>The card was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment provider returned an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment provider answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe cannot be reached right now (network). Nothing was charged twice: the operation is checked again automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so the Stripe key cannot be read. Unlock or install a keychain (GNOME Keyring, KWallet), then try again.</source>
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
    <message>
        <source>&amp;Logo</source>
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
        <translation>
            <numerusform>%n digit of 14</numerusform>
            <numerusform>%n digits of 14</numerusform>
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
    <message>
        <source>Card: %1 captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card: refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card: %1 refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card: awaiting capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer: unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer: paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
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
    <message>
        <source>Default offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment provider</source>
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
    <message>
        <source>Search a client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client from the list (type part of the name, then pick it).</source>
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
        <translation>
            <numerusform>up to %n min</numerusform>
            <numerusform>up to %n min</numerusform>
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
        <translation>
            <numerusform>%n slot</numerusform>
            <numerusform>%n slots</numerusform>
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
        <translation>
            <numerusform>Up to %n minute; only the minutes used are charged.</numerusform>
            <numerusform>Up to %n minutes; only the minutes used are charged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please authorise the payment before the call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the payment link of the selected slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer of this slot no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slot has no amount to hold: give it a maximum length or a maximum hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call — %1</source>
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
        <translation>
            <numerusform>minutier-cli: %n interrupted call found; see &apos;minutier-cli call recover&apos;.</numerusform>
            <numerusform>minutier-cli: %n interrupted calls found; see &apos;minutier-cli call recover&apos;.</numerusform>
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
    <message>
        <source>The postgresql://user@host[:port]/database URL the password is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the password of a PostgreSQL database (read from stdin) in the system keychain, where Minutier and minutier-cli find it when they open that URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the database (--database, $MINUTIER_DATABASE or the default file) can be opened and show its schema version; nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount received, in the invoice&apos;s currency (default: all that is due).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day the transfer arrived (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a payment received by bank transfer for an issued invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: expected YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the client (never printed on invoices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s own offer (empty: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a client: only the fields given change; prints {&quot;id&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s reference to quote (EN 16931 BT-10, e.g. a Chorus Pro service code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s purchase order or commitment number (BT-13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nothing when a row is bad (by default the good rows are kept and the bad ones reported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (header line with at least &quot;name&quot;), or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients from a CSV file; bad rows are reported with their line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one CSV file (or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n client imported.</numerusform>
            <numerusform>%n clients imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only clients of this relationship (former, prospect, network, premium, audience).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export clients as CSV (the format &apos;clients import&apos; and the desktop read back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) written to %1.</source>
        <translation>
            <numerusform>%n client written to %1.</numerusform>
            <numerusform>%n clients written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the default offer of each client relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(first active offer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>former, prospect, network, premium or audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default for this relationship (the first active offer is used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the default offer of a client relationship (e.g. prospects get the first minutes free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one offer id, or --clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offer %1 is archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly totals of the ended calls: calls, billed time, revenue, share of free calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net %1, VAT %2, gross %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one draft id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ended session to put on the draft (repeat for several sessions of the same client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client, with --all-uninvoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session of --client that may be invoiced (ended, not invoiced, on no other draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an invoice draft: no number is taken until it is issued; it can be edited or discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all-uninvoiced and --client go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --session or --client with --all-uninvoiced, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one --session (or --client ID --all-uninvoiced) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session to add (ended, same client, on no other draft; repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session to take off the draft (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard a draft: no number is used and its sessions may be invoiced again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draft %1 discarded; its %n session(s) may be invoiced again.</source>
        <translation>
            <numerusform>Draft %1 discarded; its %n session may be invoiced again.</numerusform>
            <numerusform>Draft %1 discarded; its %n sessions may be invoiced again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue a draft: the sessions are checked again, the number is taken and the invoice cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this client&apos;s drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the invoice drafts (not issued yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the sessions of this draft as free (what an edit of it may take).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a client&apos;s sessions that a new invoice or draft may take: ended, not invoiced, on no draft; oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot file (default: the desktop&apos;s, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>up to %n min</source>
        <translation>
            <numerusform>up to %n min</numerusform>
            <numerusform>up to %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>open-ended, hold %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the slot starts, in the future: ISO 8601, local time unless an offset is given (2026-12-01T14:00, 2026-12-01T14:00+01:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum length in minutes (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-ended slot: the amount held on the client&apos;s card, VAT included, in the offer&apos;s currency (e.g. 90.00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment link (https://) to put in the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish an open slot for a client: for at most --max-minutes, or open-ended (bounded by --max-hold when given). Prints the slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client, --offer and --start are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --max-minutes or --max-hold, not both (a hold bounds an open-ended slot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start must be an ISO 8601 date and time, e.g. 2026-12-01T14:00 or 2026-12-01T14:00+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start must be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-minutes must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--payment-url must be an https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-hold must be a positive amount, e.g. 90.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the open slots, by start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an open slot. The client keeps an invitation already sent: tell them it is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one slot id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file to write (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the calendar invitation (.ics) of an open slot, to send to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment term agreed with the client, in days after the invoice date (0: on receipt, at most 60); &apos;default&apos;: 30 days for a business, on receipt otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payable on receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sessions to a draft or take them off (the lines are rebuilt from the frozen amounts; to take them all off, discard the draft), or change its references and payment term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one --add, --remove, --buyer-reference, --order-reference or --payment-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>payable within %n day(s)</source>
        <translation>
            <numerusform>payable within %n day</numerusform>
            <numerusform>payable within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an offer (a named per-minute price; the currency is EUR unless --currency says otherwise); prints {&quot;id&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free minutes at the start of a call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
