<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>MoneyFormat</name>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Set the business identity (name, SIRET, address, VAT regime)</source>
        <translation>Définir l&apos;identité de l&apos;entreprise (nom, SIRET, adresse, régime de TVA)</translation>
    </message>
    <message>
        <source>Print the business identity</source>
        <translation>Afficher l&apos;identité de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Ajouter un client</translation>
    </message>
    <message>
        <source>List clients</source>
        <translation>Lister les clients</translation>
    </message>
    <message>
        <source>Add an offer (per-minute rate, free minutes, VAT ...)</source>
        <translation>Ajouter une offre (tarif à la minute, minutes offertes, TVA...)</translation>
    </message>
    <message>
        <source>List offers</source>
        <translation>Lister les offres</translation>
    </message>
    <message>
        <source>Record a call that happened elsewhere</source>
        <translation>Enregistrer un appel effectué ailleurs</translation>
    </message>
    <message>
        <source>List sessions (--json for scripts)</source>
        <translation>Lister les appels (--json pour les scripts)</translation>
    </message>
    <message>
        <source>Run the call meter in the terminal</source>
        <translation>Lancer le compteur d&apos;appel dans le terminal</translation>
    </message>
    <message>
        <source>List, bill or discard calls interrupted by a crash</source>
        <translation>Lister, facturer ou abandonner les appels interrompus par un plantage</translation>
    </message>
    <message>
        <source>Export invoices and payments of a period as CSV</source>
        <translation>Exporter les factures et paiements d&apos;une période au format CSV</translation>
    </message>
    <message>
        <source>Export the FEC accounting file of a year</source>
        <translation>Exporter le fichier des écritures comptables (FEC) d&apos;une année</translation>
    </message>
    <message>
        <source>Archive the PDFs of a period as a ZIP with a CSV index</source>
        <translation>Archiver les PDF d&apos;une période dans un ZIP avec un index CSV</translation>
    </message>
    <message>
        <source>Issue an invoice for ended sessions</source>
        <translation>Émettre une facture pour des appels terminés</translation>
    </message>
    <message>
        <source>Issue a credit note for an invoice</source>
        <translation>Émettre un avoir sur une facture</translation>
    </message>
    <message>
        <source>Render an invoice as PDF or Factur-X</source>
        <translation>Générer une facture au format PDF ou Factur-X</translation>
    </message>
    <message>
        <source>List invoices (--json for scripts)</source>
        <translation>Lister les factures (--json pour les scripts)</translation>
    </message>
    <message>
        <source>Check that no issued document or payment event was altered</source>
        <translation>Vérifier qu&apos;aucun document émis ni événement de paiement n&apos;a été altéré</translation>
    </message>
    <message>
        <source>Store the Stripe key (stdin) in the keychain</source>
        <translation>Enregistrer la clé Stripe (stdin) dans le trousseau</translation>
    </message>
    <message>
        <source>Payment link for a session (card held)</source>
        <translation>Lien de paiement pour un appel (empreinte bancaire)</translation>
    </message>
    <message>
        <source>Hold an amount on a saved card</source>
        <translation>Pré-autoriser un montant sur une carte enregistrée</translation>
    </message>
    <message>
        <source>Capture a held amount, once</source>
        <translation>Encaisser un montant pré-autorisé, une seule fois</translation>
    </message>
    <message>
        <source>Release a hold</source>
        <translation>Libérer une pré-autorisation</translation>
    </message>
    <message>
        <source>Show a PaymentIntent</source>
        <translation>Afficher un PaymentIntent</translation>
    </message>
    <message>
        <source>Capture a session&apos;s amount across its holds</source>
        <translation>Encaisser le montant d&apos;un appel sur ses pré-autorisations</translation>
    </message>
    <message>
        <source>Refund a captured session</source>
        <translation>Rembourser un appel encaissé</translation>
    </message>
    <message>
        <source>Settle unconfirmed payment operations</source>
        <translation>Régulariser les opérations de paiement non confirmées</translation>
    </message>
    <message>
        <source>Price a call (per-minute rule); --batch prices JSON lines from stdin</source>
        <translation>Calculer le prix d&apos;un appel (règle à la minute)&#xa0;; --batch calcule les lignes JSON lues sur stdin</translation>
    </message>
    <message>
        <source>Store a PostgreSQL password (stdin) in the keychain</source>
        <translation>Enregistrer un mot de passe PostgreSQL (stdin) dans le trousseau</translation>
    </message>
    <message>
        <source>Check the database connection and schema version</source>
        <translation>Vérifier la connexion à la base de données et la version du schéma</translation>
    </message>
    <message>
        <source>Record a bank transfer received for an invoice</source>
        <translation>Enregistrer un virement bancaire reçu pour une facture</translation>
    </message>
    <message>
        <source>Change a client&apos;s details</source>
        <translation>Modifier les coordonnées d&apos;un client</translation>
    </message>
    <message>
        <source>Import clients from CSV (bad rows reported, good rows kept)</source>
        <translation>Importer des clients depuis un CSV (lignes erronées signalées, bonnes lignes conservées)</translation>
    </message>
    <message>
        <source>Export clients as CSV</source>
        <translation>Exporter les clients en CSV</translation>
    </message>
    <message>
        <source>Show the default offer of each client relationship</source>
        <translation>Afficher l&apos;offre par défaut de chaque relation client</translation>
    </message>
    <message>
        <source>Set the default offer of a client relationship</source>
        <translation>Définir l&apos;offre par défaut d&apos;une relation client</translation>
    </message>
    <message>
        <source>Monthly totals: calls, billed time, revenue, free share</source>
        <translation>Totaux mensuels&#xa0;: appels, temps facturé, chiffre d&apos;affaires, part gratuite</translation>
    </message>
    <message>
        <source>Create an invoice draft (no number yet)</source>
        <translation>Créer un brouillon de facture (sans numéro pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Add or remove sessions on a draft</source>
        <translation>Ajouter ou retirer des appels d&apos;un brouillon</translation>
    </message>
    <message>
        <source>Discard a draft (no number is used)</source>
        <translation>Supprimer un brouillon (aucun numéro n&apos;est consommé)</translation>
    </message>
    <message>
        <source>Issue a draft: takes the invoice number</source>
        <translation>Émettre un brouillon&#xa0;: il prend son numéro de facture</translation>
    </message>
    <message>
        <source>List invoice drafts (--json for scripts)</source>
        <translation>Lister les brouillons de facture (--json pour les scripts)</translation>
    </message>
    <message>
        <source>Sessions of a client that an invoice may take</source>
        <translation>Appels d&apos;un client qu&apos;une facture peut reprendre</translation>
    </message>
    <message>
        <source>Publish an open slot for a client</source>
        <translation>Publier un créneau pour un client</translation>
    </message>
    <message>
        <source>List open slots (--json for scripts)</source>
        <translation>Lister les créneaux (--json pour les scripts)</translation>
    </message>
    <message>
        <source>Delete an open slot</source>
        <translation>Supprimer un créneau</translation>
    </message>
    <message>
        <source>Write the .ics invitation of an open slot</source>
        <translation>Écrire l&apos;invitation .ics d&apos;un créneau</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Per-minute billing for short calls.</source>
        <translation>Facturation à la minute des appels courts.</translation>
    </message>
    <message>
        <source>Database file or postgresql:// URL.</source>
        <translation>Fichier de base de données ou URL postgresql://.</translation>
    </message>
    <message>
        <source>Minutier</source>
        <translation>Minutier</translation>
    </message>
    <message>
        <source>Minutier cannot open its database.</source>
        <translation>Minutier ne peut pas ouvrir sa base de données.</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Emplacement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>minutier::CallAudioBar</name>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du micro</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Enregistrer l&apos;audio…</translation>
    </message>
    <message>
        <source>Show the microphone level during calls</source>
        <translation>Afficher le niveau du micro pendant les appels</translation>
    </message>
    <message>
        <source>Shows that your microphone hears the call. Nothing is stored.</source>
        <translation>Montre que votre micro capte l&apos;appel. Rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Microphone status</source>
        <translation>État du micro</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>Enregistrer l&apos;appel</translation>
    </message>
    <message>
        <source>Records the call to a file on this computer, once the client has agreed.</source>
        <translation>Enregistre l&apos;appel dans un fichier sur cet ordinateur, une fois que le client a donné son accord.</translation>
    </message>
    <message>
        <source>Recording in progress</source>
        <translation>Enregistrement en cours</translation>
    </message>
    <message>
        <source>Last recording</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <source>Recording saved: %1 (&lt;a href=&quot;%2&quot;&gt;open the folder&lt;/a&gt;)</source>
        <translation>Enregistrement sauvegardé&#xa0;: %1 (&lt;a href=&quot;%2&quot;&gt;ouvrir le dossier&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Shown while a call runs</source>
        <translation>Affiché pendant les appels</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>En direct&#xa0;: %1</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>Record this call?</source>
        <translation>Enregistrer cet appel&#xa0;?</translation>
    </message>
    <message>
        <source>Recording a conversation without the other person&apos;s consent is an offence (in France, article 226-1 of the Code pénal).

Has %1 agreed to this call being recorded? The file stays on this computer.</source>
        <translation>Enregistrer une conversation sans le consentement de l&apos;autre personne est un délit (en France, article 226-1 du Code pénal).

Avez-vous obtenu l&apos;accord de votre interlocuteur (%1) pour enregistrer cet appel&#xa0;? Le fichier reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Appel avec %1</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#dc2626;font-weight:600&apos;&gt;●&lt;/span&gt; Recording paused · %1</source>
        <translation>&lt;span style=&apos;color:#dc2626;font-weight:600&apos;&gt;●&lt;/span&gt; Enregistrement en pause · %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#dc2626;font-weight:600&apos;&gt;● Recording&lt;/span&gt; · %1</source>
        <translation>&lt;span style=&apos;color:#dc2626;font-weight:600&apos;&gt;● Enregistrement&lt;/span&gt; · %1</translation>
    </message>
</context>
<context>
    <name>minutier::CallHoldBox</name>
    <message>
        <source>Card hold</source>
        <translation>Empreinte bancaire</translation>
    </message>
    <message>
        <source>Payment &amp;link…</source>
        <translation>&amp;Lien de paiement…</translation>
    </message>
    <message>
        <source>Hold on sa&amp;ved card</source>
        <translation>Empreinte sur carte &amp;enregistrée</translation>
    </message>
    <message>
        <source>&amp;Retry payment</source>
        <translation>&amp;Relancer le paiement</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Minutes prévues</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Amount to hold</source>
        <translation>Montant à pré-autoriser</translation>
    </message>
    <message>
        <source>or an amount</source>
        <translation>ou un montant</translation>
    </message>
    <message>
        <source>Create a payment link for this call</source>
        <translation>Créer un lien de paiement pour cet appel</translation>
    </message>
    <message>
        <source>Hold the amount on the client&apos;s saved card</source>
        <translation>Pré-autoriser le montant sur la carte enregistrée du client</translation>
    </message>
    <message>
        <source>Share of the hold used</source>
        <translation>Part de l&apos;empreinte bancaire utilisée</translation>
    </message>
    <message>
        <source>Retry the payment of the last call</source>
        <translation>Relancer le paiement du dernier appel</translation>
    </message>
    <message>
        <source>&amp;Hold for</source>
        <translation>&amp;Pré-autoriser pour</translation>
    </message>
    <message>
        <source>Reading the payment settings…</source>
        <translation>Lecture des paramètres de paiement…</translation>
    </message>
    <message>
        <source>No card payment set up: calls are invoiced payable by bank transfer. Set up Stripe in Settings to hold the amount on the client&apos;s card before the call.</source>
        <translation>Aucun paiement par carte configuré&#xa0;: les appels sont facturés payables par virement bancaire. Configurez Stripe dans les Paramètres pour réaliser une empreinte bancaire sur la carte du client avant l&apos;appel.</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>The card the client used on %1</source>
        <translation>La carte utilisée par le client le %1</translation>
    </message>
    <message>
        <source>No card saved for this client yet: send a payment link first.</source>
        <translation>Aucune carte enregistrée pour ce client&#xa0;: envoyez d&apos;abord un lien de paiement.</translation>
    </message>
    <message>
        <source>Type the amount as 30,00.</source>
        <translation>Saisissez le montant sous la forme 30,00.</translation>
    </message>
    <message>
        <source>Authorized: %1</source>
        <translation>Autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The hold must be captured before %1.</source>
        <translation>L&apos;empreinte bancaire doit être encaissée avant le %1.</translation>
    </message>
    <message>
        <source>The client&apos;s bank asks for authentication: payment link sent, waiting for the client.</source>
        <translation>La banque du client demande une authentification&#xa0;: lien de paiement envoyé, en attente du client.</translation>
    </message>
    <message>
        <source>Payment link sent: waiting for the client to pay.</source>
        <translation>Lien de paiement envoyé&#xa0;: en attente du paiement du client.</translation>
    </message>
    <message>
        <source>The card hold failed.</source>
        <translation>L&apos;empreinte bancaire a échoué.</translation>
    </message>
    <message>
        <source>The card hold failed: %1</source>
        <translation>L&apos;empreinte bancaire a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The client&apos;s bank asks for authentication: send a payment link.</source>
        <translation>La banque du client demande une authentification&#xa0;: envoyez un lien de paiement.</translation>
    </message>
    <message>
        <source>The hold of %1 expires on %2, too soon for a call: create a new payment link.</source>
        <translation>L&apos;empreinte bancaire de %1 expire le %2, trop tôt pour un appel&#xa0;: créez un nouveau lien de paiement.</translation>
    </message>
    <message>
        <source>The payment link expired without payment.</source>
        <translation>Le lien de paiement a expiré sans paiement.</translation>
    </message>
    <message>
        <source>No hold yet: the call can start without one.</source>
        <translation>Aucune empreinte bancaire pour l&apos;instant&#xa0;: l&apos;appel peut démarrer sans.</translation>
    </message>
    <message>
        <source>The link is valid until %1.</source>
        <translation>Le lien est valable jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Type the amount to hold as 30,00.</source>
        <translation>Saisissez le montant à pré-autoriser sous la forme 30,00.</translation>
    </message>
    <message>
        <source>Call — %1</source>
        <translation>Appel — %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Holding %1 on the saved card…</source>
        <translation>Pré-autorisation de %1 sur la carte enregistrée…</translation>
    </message>
    <message>
        <source>The card was not held: %1</source>
        <translation>L&apos;empreinte bancaire n&apos;a pas été réalisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The client&apos;s bank asks for authentication: send a payment link instead.</source>
        <translation>La banque du client demande une authentification&#xa0;: envoyez plutôt un lien de paiement.</translation>
    </message>
    <message>
        <source>The hold of %1 is used up and no further hold could be placed (%2): time still counts, nothing more is charged.</source>
        <translation>L&apos;empreinte bancaire de %1 est épuisée et aucune empreinte supplémentaire n&apos;a pu être réalisée (%2)&#xa0;: le temps continue d&apos;être compté, plus rien n&apos;est facturé.</translation>
    </message>
    <message>
        <source>The hold of %1 is used up: time still counts, nothing more is charged.</source>
        <translation>L&apos;empreinte bancaire de %1 est épuisée&#xa0;: le temps continue d&apos;être compté, plus rien n&apos;est facturé.</translation>
    </message>
    <message>
        <source>%1 of the %2 held is used. Holding a further amount on the card…</source>
        <translation>%1 des %2 pré-autorisés utilisés. Pré-autorisation d&apos;un montant supplémentaire sur la carte…</translation>
    </message>
    <message>
        <source>%1 of the %2 held is used. No further hold could be placed (%3): the meter stops charging at %2.</source>
        <translation>%1 des %2 pré-autorisés utilisés. Aucune empreinte supplémentaire n&apos;a pu être réalisée (%3)&#xa0;: le compteur cesse de facturer à %2.</translation>
    </message>
    <message>
        <source>%1 of the %2 held is used.</source>
        <translation>%1 des %2 pré-autorisés utilisés.</translation>
    </message>
    <message>
        <source>the bank asks the client to authenticate</source>
        <translation>la banque demande au client de s&apos;authentifier</translation>
    </message>
    <message>
        <source>the card was not held</source>
        <translation>l&apos;empreinte bancaire n&apos;a pas été réalisée</translation>
    </message>
    <message>
        <source>Capturing %1…</source>
        <translation>Encaissement de %1…</translation>
    </message>
    <message>
        <source>The payment was not taken yet: %1</source>
        <translation>Le paiement n&apos;a pas encore été encaissé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not charged (below the minimum charge): holds released.</source>
        <translation>Non facturé (sous le minimum de facturation)&#xa0;: empreintes bancaires libérées.</translation>
    </message>
    <message>
        <source>Captured %1</source>
        <translation>Encaissé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 not covered by the hold (to invoice by bank transfer)</source>
        <translation>%1 non couvert par l&apos;empreinte bancaire (à facturer par virement bancaire)</translation>
    </message>
</context>
<context>
    <name>minutier::CallPanel</name>
    <message>
        <source>&amp;Start call</source>
        <translation>&amp;Démarrer l&apos;appel</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Search a client…</source>
        <translation>Rechercher un client…</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Offre</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Coût en cours</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Démarrer l&apos;appel</translation>
    </message>
    <message>
        <source>Pause or resume the call</source>
        <translation>Mettre en pause ou reprendre l&apos;appel</translation>
    </message>
    <message>
        <source>Stop call</source>
        <translation>Arrêter l&apos;appel</translation>
    </message>
    <message>
        <source>The call cannot be saved to the database right now; it keeps being measured.</source>
        <translation>L&apos;appel ne peut pas être enregistré dans la base de données pour le moment&#xa0;; la mesure continue.</translation>
    </message>
    <message>
        <source>No call yet today.</source>
        <translation>Aucun appel aujourd&apos;hui.</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n call(s)</source>
        <translation>
            <numerusform>Aujourd&apos;hui&#xa0;: %n appel</numerusform>
            <numerusform>Aujourd&apos;hui&#xa0;: %n appels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 billed</source>
        <translation>Facturé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a client and an offer first.</source>
        <translation>Choisissez d&apos;abord un client et une offre.</translation>
    </message>
    <message>
        <source>Stop the call</source>
        <translation>Arrêter l&apos;appel</translation>
    </message>
    <message>
        <source>The call has lasted only %1. Stop and save it?</source>
        <translation>L&apos;appel n&apos;a duré que %1. L&apos;arrêter et l&apos;enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Saved: %1 for %2</source>
        <translation>Enregistré&#xa0;: %1 pour %2</translation>
    </message>
    <message>
        <source>Free minutes used: billing has started</source>
        <translation>Minutes offertes épuisées&#xa0;: la facturation a commencé</translation>
    </message>
    <message>
        <source>80 % of the amount held on the client&apos;s card is reached.</source>
        <translation>80&#xa0;% du montant pré-autorisé sur la carte du client est atteint.</translation>
    </message>
    <message>
        <source>The amount held is reached: time still counts, nothing more is charged.</source>
        <translation>Le montant pré-autorisé est atteint&#xa0;: le temps continue d&apos;être compté, mais plus rien n&apos;est facturé.</translation>
    </message>
    <message>
        <source>Computer asleep</source>
        <translation>Ordinateur en veille</translation>
    </message>
    <message>
        <source>The computer seems to have been asleep for %1 during the call. Count this time in the call?</source>
        <translation>L&apos;ordinateur semble avoir été en veille pendant %1 durant l&apos;appel. Compter ce temps dans l&apos;appel&#xa0;?</translation>
    </message>
    <message>
        <source>%1 excl. VAT · %2 billable</source>
        <translation>%1 HT · facturable&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 billable</source>
        <translation>Facturable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Free time left: %1</source>
        <translation>Temps offert restant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Free minutes used</source>
        <translation>Minutes offertes épuisées</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Create an offer and a client to start a call.</source>
        <translation>Créez une offre et un client pour démarrer un appel.</translation>
    </message>
    <message>
        <source>● On call with %1</source>
        <translation>● En appel avec %1</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>En pause — %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Type part of the client&apos;s name or company, then pick with the arrow keys and Enter.</source>
        <translation>Saisissez une partie du nom ou de la société du client, puis choisissez avec les flèches et Entrée.</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Clients correspondants</translation>
    </message>
    <message>
        <source>Start the call (%1)</source>
        <translation>Démarrer l&apos;appel (%1)</translation>
    </message>
    <message>
        <source>Pause or resume the call (%1)</source>
        <translation>Mettre en pause ou reprendre l&apos;appel (%1)</translation>
    </message>
    <message>
        <source>Stop the call and save it (%1)</source>
        <translation>Arrêter l&apos;appel et l&apos;enregistrer (%1)</translation>
    </message>
</context>
<context>
    <name>minutier::CallRecorder</name>
    <message>
        <source>The recording stopped: %1</source>
        <translation>L&apos;enregistrement s&apos;est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>No microphone was found: nothing can be recorded.</source>
        <translation>Aucun micro n&apos;a été trouvé&#xa0;: rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>This computer cannot encode audio (no suitable codec is installed).</source>
        <translation>Cet ordinateur ne peut pas encoder l&apos;audio (aucun codec adapté n&apos;est installé).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The recording cannot start: %1</source>
        <translation>L&apos;enregistrement ne peut pas démarrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>minutier::ClientCsv</name>
    <message>
        <source>language must be fr or en</source>
        <translation>la langue doit être fr ou en</translation>
    </message>
    <message>
        <source>unknown relationship &quot;%1&quot; (former, prospect, network, premium or audience)</source>
        <translation>relation inconnue «&#xa0;%1&#xa0;» (former, prospect, network, premium ou audience)</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>le nom est manquant</translation>
    </message>
    <message>
        <source>the SIREN is not valid</source>
        <translation>le SIREN n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the VAT number is not valid</source>
        <translation>le numéro de TVA n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the e-mail address is not valid</source>
        <translation>l&apos;adresse e-mail n&apos;est pas valide</translation>
    </message>
</context>
<context>
    <name>minutier::ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>9 digits, for a business</source>
        <translation>9 chiffres, pour une entreprise</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation>Langue de facturation</translation>
    </message>
    <message>
        <source>Client&apos;s own offer</source>
        <translation>Offre propre au client</translation>
    </message>
    <message>
        <source>Default offer for the relationship</source>
        <translation>Offre par défaut de la relation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Offre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Société</translation>
    </message>
    <message>
        <source>&amp;SIREN</source>
        <translation>S&amp;IREN</translation>
    </message>
    <message>
        <source>&amp;VAT number</source>
        <translation>Numéro de T&amp;VA</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Saisissez le nom du client.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>L&apos;adresse e-mail n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The SIREN is not valid: 9 digits with a valid check digit are expected.</source>
        <translation>Le SIREN n&apos;est pas valide&#xa0;: 9 chiffres avec une clé de contrôle valide sont attendus.</translation>
    </message>
    <message>
        <source>The VAT number is not valid.</source>
        <translation>Le numéro de TVA n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>minutier::ClientsModel</name>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>minutier::ClientsView</name>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Appeler</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter un CSV…</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Search by name, company or e-mail</source>
        <translation>Rechercher par nom, société ou e-mail</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>All relationships</source>
        <translation>Toutes les relations</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Exporter les clients</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
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
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>This file is not a client list: a header line with at least a &quot;name&quot; column is expected.</source>
        <translation>Ce fichier n&apos;est pas une liste de clients&#xa0;: une ligne d&apos;en-tête comportant au moins une colonne «&#xa0;name&#xa0;» est attendue.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n client importé.</numerusform>
            <numerusform>%n clients importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n ligne ignorée&#xa0;:</numerusform>
            <numerusform>%n lignes ignorées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>minutier::CreditNoteDialog</name>
    <message>
        <source>The whole amount left: %1</source>
        <translation>La totalité du montant restant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Part of it (total incl. VAT):</source>
        <translation>Une partie (total TTC)&#xa0;:</translation>
    </message>
    <message>
        <source>Credit note for %1</source>
        <translation>Avoir sur la facture %1</translation>
    </message>
    <message>
        <source>A credit note cancels all or part of invoice %1. It gets its own number and is kept for good, like an invoice.</source>
        <translation>Un avoir annule tout ou partie de la facture %1. Il reçoit son propre numéro et est conservé définitivement, comme une facture.</translation>
    </message>
    <message>
        <source>Amount to credit</source>
        <translation>Montant à créditer</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continuer…</translation>
    </message>
    <message>
        <source>Nothing is left to credit on this invoice.</source>
        <translation>Il ne reste rien à créditer sur cette facture.</translation>
    </message>
    <message>
        <source>Enter the amount to credit.</source>
        <translation>Saisissez le montant à créditer.</translation>
    </message>
    <message>
        <source>Not an amount: type it as 12,50 for example.</source>
        <translation>Montant non valide&#xa0;: saisissez-le sous la forme 12,50 par exemple.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>At most %1 is left to credit.</source>
        <translation>Il reste au plus %1 à créditer.</translation>
    </message>
</context>
<context>
    <name>minutier::DatabaseLogin</name>
    <message>
        <source>The database server asks for a password.</source>
        <translation>Le serveur de base de données demande un mot de passe.</translation>
    </message>
    <message>
        <source>The database server refused the password.</source>
        <translation>Le serveur de base de données a refusé le mot de passe.</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Password for %1 (kept in the system keychain):</source>
        <translation>Mot de passe pour %1 (conservé dans le trousseau du système)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>minutier::DatabaseSettings</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Use at next start</source>
        <translation>Utiliser au prochain démarrage</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Emplacement de la base de données</translation>
    </message>
    <message>
        <source>File path, or postgresql://user@host/database</source>
        <translation>Chemin de fichier, ou postgresql://utilisateur@serveur/base</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>PostgreSQL password (kept in the system keychain)</source>
        <translation>Mot de passe PostgreSQL (conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Test the database connection</source>
        <translation>Tester la connexion à la base de données</translation>
    </message>
    <message>
        <source>Use this database at the next start</source>
        <translation>Utiliser cette base de données au prochain démarrage</translation>
    </message>
    <message>
        <source>In use: %1. An SQLite file path or a postgresql:// URL shared by a practice; --database and MINUTIER_DATABASE take precedence. Changes take effect at the next start.</source>
        <translation>En cours d&apos;utilisation&#xa0;: %1. Un chemin de fichier SQLite ou une URL postgresql:// partagée par un cabinet&#xa0;; --database et MINUTIER_DATABASE sont prioritaires. Les modifications prennent effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1 refused the password. Type the right one above, test again, then save.</source>
        <translation>%1 a refusé le mot de passe. Saisissez le bon mot de passe ci-dessus, testez à nouveau, puis enregistrez.</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>Impossible d&apos;utiliser %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no file %1 yet: Minutier creates it at the next start.</source>
        <translation>Le fichier %1 n&apos;existe pas encore&#xa0;: Minutier le crée au prochain démarrage.</translation>
    </message>
    <message>
        <source>Connected to %1, but it was written by a newer Minutier (schema %2, this version knows up to %3): update Minutier first.</source>
        <translation>Connecté à %1, mais la base a été écrite par une version plus récente de Minutier (schéma %2, cette version connaît jusqu&apos;au %3)&#xa0;: mettez d&apos;abord Minutier à jour.</translation>
    </message>
    <message>
        <source>Connected to %1: an empty database. Minutier creates its tables at the next start.</source>
        <translation>Connecté à %1&#xa0;: base de données vide. Minutier crée ses tables au prochain démarrage.</translation>
    </message>
    <message>
        <source>Connected to %1: schema %2, updated to %3 at the next start.</source>
        <translation>Connecté à %1&#xa0;: schéma %2, mis à jour en %3 au prochain démarrage.</translation>
    </message>
    <message>
        <source>Connected to %1: schema %2, up to date.</source>
        <translation>Connecté à %1&#xa0;: schéma %2, à jour.</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>Le mot de passe n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Password saved in the system keychain. </source>
        <translation>Mot de passe enregistré dans le trousseau du système. </translation>
    </message>
    <message>
        <source>Minutier will open %1 at the next start.</source>
        <translation>Minutier ouvrira %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>minutier::DraftDialog</name>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>Modifier le brouillon</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tick the ended calls to put on the invoice. It is saved as a draft: it gets its number only when you issue it.</source>
        <translation>Cochez les appels terminés à porter sur la facture. Elle est enregistrée comme brouillon&#xa0;: elle ne reçoit son numéro que lorsque vous l&apos;émettez.</translation>
    </message>
    <message>
        <source>Untick a call to take it off the draft (it can be invoiced again later); tick another call of the same client to add it. The draft has no number yet.</source>
        <translation>Décochez un appel pour le retirer du brouillon (il pourra être facturé plus tard)&#xa0;; cochez un autre appel du même client pour l&apos;ajouter. Le brouillon n&apos;a pas encore de numéro.</translation>
    </message>
    <message>
        <source>Calls on the invoice</source>
        <translation>Appels de la facture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Create &amp;draft</source>
        <translation>Créer le &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>call date, time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>No client has an ended call that is not invoiced yet.</source>
        <translation>Aucun client n&apos;a d&apos;appel terminé non encore facturé.</translation>
    </message>
    <message>
        <source>Tick at least one call.</source>
        <translation>Cochez au moins un appel.</translation>
    </message>
    <message>
        <source>Tick at least one call. To remove them all, discard the draft instead.</source>
        <translation>Cochez au moins un appel. Pour tous les retirer, supprimez plutôt le brouillon.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) ticked, total %1</source>
        <translation>
            <numerusform>%n appel coché, total %1</numerusform>
            <numerusform>%n appels cochés, total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Client&apos;s reference</source>
        <translation>Référence du client</translation>
    </message>
    <message>
        <source>Optional: the reference the client asked you to quote</source>
        <translation>Facultatif&#xa0;: la référence que le client vous demande de rappeler</translation>
    </message>
    <message>
        <source>Client&apos;s purchase order</source>
        <translation>Bon de commande du client</translation>
    </message>
    <message>
        <source>Optional: purchase order or commitment number</source>
        <translation>Facultatif&#xa0;: numéro de bon de commande ou d&apos;engagement</translation>
    </message>
    <message>
        <source>Client&apos;s &amp;reference:</source>
        <translation>&amp;Référence du client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Purchase order:</source>
        <translation>&amp;Bon de commande&#xa0;:</translation>
    </message>
    <message>
        <source>Payment term in days</source>
        <translation>Délai de paiement en jours</translation>
    </message>
    <message>
        <source>Default (30 days for a business, on receipt otherwise)</source>
        <translation>Par défaut (30 jours pour une entreprise, à réception sinon)</translation>
    </message>
    <message>
        <source> days after the invoice date</source>
        <translation> jours après la date de facture</translation>
    </message>
    <message>
        <source>0 for payable on receipt. French commercial law caps an agreed term at 60 days.</source>
        <translation>0 pour un paiement à réception. Le Code de commerce plafonne un délai convenu à 60 jours.</translation>
    </message>
    <message>
        <source>Payment &amp;term:</source>
        <translation>&amp;Délai de paiement :</translation>
    </message>
</context>
<context>
    <name>minutier::ErrorText</name>
    <message>
        <source>Some of the values entered are not valid.</source>
        <translation>Certaines valeurs saisies ne sont pas valides.</translation>
    </message>
    <message>
        <source>The requested item no longer exists.</source>
        <translation>L&apos;élément demandé n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This change conflicts with the current state (was it already done elsewhere?).</source>
        <translation>Cette modification est en conflit avec l&apos;état actuel (a-t-elle déjà été faite ailleurs&#xa0;?).</translation>
    </message>
    <message>
        <source>The amount is too large to be computed.</source>
        <translation>Le montant est trop élevé pour être calculé.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>La base de données ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Minutier database. It was left untouched.</source>
        <translation>Le fichier de base de données est endommagé ou n&apos;est pas une base Minutier. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The database was created by a newer version of Minutier. Please update Minutier; the database was left untouched.</source>
        <translation>La base de données a été créée par une version plus récente de Minutier. Veuillez mettre à jour Minutier&#xa0;; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The data could not be saved.</source>
        <translation>Les données n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Un fichier n&apos;a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>The network is unavailable.</source>
        <translation>Le réseau n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The payment was declined.</source>
        <translation>Le paiement a été refusé.</translation>
    </message>
    <message>
        <source>The payment provider returned an error.</source>
        <translation>Le prestataire de paiement a renvoyé une erreur.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Le trousseau du système n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Une erreur inattendue s&apos;est produite.</translation>
    </message>
</context>
<context>
    <name>minutier::HistoryView</name>
    <message>
        <source>&amp;Issue invoice</source>
        <translation>&amp;Émettre la facture</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Ouvrir le PDF</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>All relationships</source>
        <translation>Toutes les relations</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Monthly totals</source>
        <translation>Totaux mensuels</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message numerus="yes">
        <source>Issue an invoice of %1 to %2 for %n call(s)?

An issued invoice gets the next number and cannot be modified or deleted afterwards (only cancelled by a credit note).</source>
        <translation>
            <numerusform>Émettre à %2 une facture de %1 pour %n appel&#xa0;?

Une facture émise reçoit le numéro suivant et ne peut plus être modifiée ni supprimée ensuite (seulement annulée par un avoir).</numerusform>
            <numerusform>Émettre à %2 une facture de %1 pour %n appels&#xa0;?

Une facture émise reçoit le numéro suivant et ne peut plus être modifiée ni supprimée ensuite (seulement annulée par un avoir).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Aucune application n&apos;a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Rembourser…</translation>
    </message>
    <message>
        <source>Refund the card payment of the selected call</source>
        <translation>Rembourser le paiement par carte de l&apos;appel sélectionné</translation>
    </message>
    <message>
        <source>&amp;Mark paid…</source>
        <translation>&amp;Marquer comme payée…</translation>
    </message>
    <message>
        <source>Record a bank transfer received for the selected call&apos;s invoice</source>
        <translation>Enregistrer un virement bancaire reçu pour la facture de l&apos;appel sélectionné</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marquer comme payée</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing left to pay.</source>
        <translation>Il ne reste rien à payer sur la facture %1.</translation>
    </message>
    <message>
        <source>Bank transfer received</source>
        <translation>Virement bancaire reçu</translation>
    </message>
    <message>
        <source>Invoice %1: %2 due.</source>
        <translation>Facture %1&#xa0;: %2 à payer.</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <source>Day the transfer arrived</source>
        <translation>Date de réception du virement</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Référence du virement</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Reçu le</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>Ré&amp;férence</translation>
    </message>
    <message>
        <source>Enter an amount between 0,01 and %1.</source>
        <translation>Saisissez un montant compris entre 0,01 et %1.</translation>
    </message>
    <message>
        <source>Invoice %1 is paid.</source>
        <translation>La facture %1 est payée.</translation>
    </message>
    <message>
        <source>Invoice %1: %2 received, %3 still due.</source>
        <translation>Facture %1&#xa0;: %2 reçu, reste dû %3.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Montant à rembourser</translation>
    </message>
    <message>
        <source>Refund the call with %1 of %2 (up to %3). The money goes back to the client&apos;s card; a credit note is issued for the amount refunded if the call is invoiced.</source>
        <translation>Rembourser l&apos;appel avec %1 du %2 (jusqu&apos;à %3). L&apos;argent est recrédité sur la carte du client&#xa0;; un avoir est émis pour le montant remboursé si l&apos;appel est facturé.</translation>
    </message>
    <message>
        <source>Refunding %1…</source>
        <translation>Remboursement de %1…</translation>
    </message>
    <message>
        <source>The refund did not go through: %1</source>
        <translation>Le remboursement n&apos;a pas abouti&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refunded %1 to the client&apos;s card.</source>
        <translation>%1 remboursé sur la carte du client.</translation>
    </message>
</context>
<context>
    <name>minutier::InvoicesModel</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Partiellement remboursée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Avoir émis</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Partly credited</source>
        <translation>Partiellement couverte par un avoir</translation>
    </message>
    <message>
        <source>Credit note for invoice %1</source>
        <translation>Avoir sur la facture %1</translation>
    </message>
    <message>
        <source>%1 credited of %2</source>
        <translation>%1 crédité sur %2</translation>
    </message>
    <message>
        <source>A draft has no number yet: it gets the next one when issued.</source>
        <translation>Un brouillon n&apos;a pas encore de numéro&#xa0;: il reçoit le suivant lors de son émission.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>minutier::InvoicesView</name>
    <message>
        <source>Net %1 · VAT %2 · Total %3</source>
        <translation>HT %1 · TVA %2 · TTC %3</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Émettre…</translation>
    </message>
    <message>
        <source>&amp;Credit note…</source>
        <translation>&amp;Avoir…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail</source>
        <translation>Envoyer par &amp;e-mail</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Rechercher des factures</translation>
    </message>
    <message>
        <source>Search by number or client (%1)</source>
        <translation>Rechercher par numéro ou client (%1)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Du… au…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Invoice preview</source>
        <translation>Aperçu de la facture</translation>
    </message>
    <message>
        <source>Give the selected draft the next invoice number. It can no longer be changed.</source>
        <translation>Attribuer le prochain numéro de facture au brouillon sélectionné. Il ne pourra plus être modifié.</translation>
    </message>
    <message>
        <source>Cancel all or part of the selected invoice with a credit note</source>
        <translation>Annuler tout ou partie de la facture sélectionnée par un avoir</translation>
    </message>
    <message>
        <source>Save a copy of the PDF (Factur-X)</source>
        <translation>Enregistrer une copie du PDF (Factur-X)</translation>
    </message>
    <message>
        <source>Show the folder where the invoice PDFs are kept</source>
        <translation>Afficher le dossier où sont conservés les PDF des factures</translation>
    </message>
    <message>
        <source>Opens your mail program with a message to the client, and the folder holding the PDF: drag the file into the message to attach it.</source>
        <translation>Ouvre votre messagerie avec un message pour le client, ainsi que le dossier contenant le PDF&#xa0;: faites glisser le fichier dans le message pour le joindre.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Archive of the period (ZIP of PDFs + CSV index)…</source>
        <translation>Archive de la période (ZIP des PDF + index CSV)…</translation>
    </message>
    <message>
        <source>Invoices and payments of the period (CSV)…</source>
        <translation>Factures et paiements de la période (CSV)…</translation>
    </message>
    <message>
        <source>FEC for %1 (for the accountant)…</source>
        <translation>FEC %1 (pour l&apos;expert-comptable)…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
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
            <numerusform> · %n brouillon, non compté</numerusform>
            <numerusform> · %n brouillons, non comptés</numerusform>
        </translation>
    </message>
    <message>
        <source> · credit notes deducted</source>
        <translation> · avoirs déduits</translation>
    </message>
    <message numerus="yes">
        <source>Selection: %n document(s)</source>
        <translation>
            <numerusform>Sélection&#xa0;: %n document</numerusform>
            <numerusform>Sélection&#xa0;: %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents selected.</source>
        <translation>
            <numerusform>%n document sélectionné.</numerusform>
            <numerusform>%n documents sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an invoice to see it here.</source>
        <translation>Sélectionnez une facture pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>A draft has no PDF yet: issue it to give it its number and its PDF.</source>
        <translation>Un brouillon n&apos;a pas encore de PDF&#xa0;: émettez-le pour lui attribuer son numéro et son PDF.</translation>
    </message>
    <message>
        <source>The PDF cannot be shown: %1</source>
        <translation>Le PDF ne peut pas être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>The PDF %1 cannot be read.</source>
        <translation>Le PDF %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Save the invoice as</source>
        <translation>Enregistrer la facture sous</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Aucune application n&apos;a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Envoyer par e-mail</translation>
    </message>
    <message>
        <source>No mail program could be opened. The PDF is %1.</source>
        <translation>Aucune messagerie n&apos;a pu être ouverte. Le PDF est enregistré sous %1.</translation>
    </message>
    <message>
        <source>Your mail program opens a message to %1. Attach the PDF by dragging %2 from the folder that just opened into the message.</source>
        <translation>Votre messagerie ouvre un message pour %1. Joignez le PDF en faisant glisser %2 du dossier qui vient de s&apos;ouvrir vers le message.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>Your mail program opens a message to %1. Attach the PDF: %2</source>
        <translation>Votre messagerie ouvre un message pour %1. Joignez le PDF&#xa0;: %2</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <source>Issue this draft of %1 to %2?

It gets the next invoice number now. An issued invoice can never be edited or deleted afterwards: only a credit note can correct it.</source>
        <translation>Émettre ce brouillon de %1 pour %2&#xa0;?

Il reçoit dès maintenant le prochain numéro de facture. Une facture émise ne peut plus jamais être modifiée ni supprimée&#xa0;: seul un avoir peut la corriger.</translation>
    </message>
    <message>
        <source>Invoice %1 issued.</source>
        <translation>Facture %1 émise.</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Issue a credit note of %1 for invoice %2 (%3)?

The credit note gets its own number and is permanent: it can never be edited or deleted. Invoice %2 itself stays as it was issued.</source>
        <translation>Émettre un avoir de %1 sur la facture %2 (%3)&#xa0;?

L&apos;avoir reçoit son propre numéro et est définitif&#xa0;: il ne pourra jamais être modifié ni supprimé. La facture %2 elle-même reste telle qu&apos;elle a été émise.</translation>
    </message>
    <message>
        <source>Credit note %1 issued for invoice %2.</source>
        <translation>Avoir %1 émis pour la facture %2.</translation>
    </message>
    <message>
        <source>Archive of the invoices from %1 to %2</source>
        <translation>Archive des factures du %1 au %2</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>Archive ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Rendering the invoices…</source>
        <translation>Génération des factures…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Rendering invoice %1 of %2…</source>
        <translation>Génération de la facture %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) archived in %1.</source>
        <translation>
            <numerusform>%n document archivé dans %1.</numerusform>
            <numerusform>%n documents archivés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Folder for the FEC of %1</source>
        <translation>Dossier du FEC %1</translation>
    </message>
    <message>
        <source>Writing the FEC of %1…</source>
        <translation>Écriture du FEC %1…</translation>
    </message>
    <message>
        <source>FEC of %1 written: %2</source>
        <translation>FEC %1 écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Invoices and payments from %1 to %2</source>
        <translation>Factures et paiements du %1 au %2</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the CSV…</source>
        <translation>Écriture du CSV…</translation>
    </message>
    <message>
        <source>CSV written: %1</source>
        <translation>CSV écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation>&amp;Nouvelle facture…</translation>
    </message>
    <message>
        <source>Edit &amp;draft…</source>
        <translation>Modifier le &amp;brouillon…</translation>
    </message>
    <message>
        <source>Discard dra&amp;ft…</source>
        <translation>Supprimer le b&amp;rouillon…</translation>
    </message>
    <message>
        <source>Put a client&apos;s ended calls that are not invoiced yet on a new draft invoice</source>
        <translation>Placer les appels terminés et non encore facturés d&apos;un client sur un nouveau brouillon de facture</translation>
    </message>
    <message>
        <source>Remove calls from the selected draft or add other calls of the same client</source>
        <translation>Retirer des appels du brouillon sélectionné ou ajouter d&apos;autres appels du même client</translation>
    </message>
    <message>
        <source>Delete the selected draft; its calls can be invoiced again</source>
        <translation>Supprimer le brouillon sélectionné&#xa0;; ses appels pourront de nouveau être facturés</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>Draft saved (%1). It gets its number when you issue it.</source>
        <translation>Brouillon enregistré (%1). Il recevra son numéro lorsque vous l&apos;émettrez.</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>Modifier le brouillon</translation>
    </message>
    <message numerus="yes">
        <source>Draft saved: %n call(s), %1.</source>
        <translation>
            <numerusform>Brouillon enregistré&#xa0;: %n appel, %1.</numerusform>
            <numerusform>Brouillon enregistré&#xa0;: %n appels, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Discard this draft of %1 to %2?

A draft has no number yet, so discarding it leaves no gap in the numbering. Its calls are not lost: they can be put on another invoice.</source>
        <translation>Supprimer ce brouillon de %1 pour %2&#xa0;?

Un brouillon n&apos;a pas encore de numéro&#xa0;: le supprimer ne crée aucun trou dans la numérotation. Ses appels ne sont pas perdus&#xa0;: ils pourront figurer sur une autre facture.</translation>
    </message>
    <message>
        <source>Draft discarded. Its calls can be invoiced again.</source>
        <translation>Brouillon supprimé. Ses appels peuvent de nouveau être facturés.</translation>
    </message>
</context>
<context>
    <name>minutier::Labels</name>
    <message>
        <source>Former client</source>
        <translation>Ancien client</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Network contact</source>
        <translation>Contact du réseau</translation>
    </message>
    <message>
        <source>Premium client</source>
        <translation>Client premium</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>To invoice</source>
        <translation>À facturer</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>minutier::LogoChooser</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Logo for the invoices</source>
        <translation>Logo des factures</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>This file is too large for a logo (more than 20 MB).</source>
        <translation>Ce fichier est trop volumineux pour un logo (plus de 20 Mo).</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG image that can be read.</source>
        <translation>%1 n&apos;est pas une image PNG, JPEG ou SVG lisible.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>This file cannot be used as a logo.</source>
        <translation>Ce fichier ne peut pas être utilisé comme logo.</translation>
    </message>
    <message>
        <source>Optional: PNG, JPEG or SVG, top left of the invoices.</source>
        <translation>Facultatif&#xa0;: PNG, JPEG ou SVG, en haut à gauche des factures.</translation>
    </message>
    <message>
        <source>Printed top left of the invoices rendered from now on; invoices already saved keep their PDF.</source>
        <translation>Figure en haut à gauche des factures générées à partir de maintenant&#xa0;; les factures déjà enregistrées conservent leur PDF.</translation>
    </message>
</context>
<context>
    <name>minutier::MainWindow</name>
    <message>
        <source>Minutier</source>
        <translation>Minutier</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Open slots</source>
        <translation>Créneaux</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Appel enregistré.</translation>
    </message>
    <message>
        <source>Minutier — on call</source>
        <translation>Minutier — en appel</translation>
    </message>
    <message>
        <source>An open slot starts now: the call is ready.</source>
        <translation>Un créneau ouvert commence maintenant&#xa0;: l&apos;appel est prêt.</translation>
    </message>
    <message>
        <source>%1 · database %2</source>
        <translation>%1 · base de données %2</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>Base de données %1</translation>
    </message>
    <message>
        <source>All set. Add a client, then start a call.</source>
        <translation>Tout est prêt. Ajoutez un client, puis démarrez un appel.</translation>
    </message>
    <message>
        <source>A call with %1 started on %2 was interrupted (the computer or Minutier stopped) after %3.

Save it to bill it up to that moment (%4), or discard it? A discarded call stays in the history, unbilled.</source>
        <translation>Un appel avec %1 commencé le %2 a été interrompu (arrêt de l&apos;ordinateur ou de Minutier) après %3.

L&apos;enregistrer pour le facturer jusqu&apos;à ce moment (%4), ou l&apos;abandonner&#xa0;? Un appel abandonné reste dans l&apos;historique, sans être facturé.</translation>
    </message>
    <message>
        <source>Interrupted call</source>
        <translation>Appel interrompu</translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation>Appel en cours</translation>
    </message>
    <message>
        <source>A call is in progress. Stop it and save it before closing?</source>
        <translation>Un appel est en cours. L&apos;arrêter et l&apos;enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Refunded %1: credit note %2 issued.</source>
        <translation>Remboursement de %1&#xa0;: avoir %2 émis.</translation>
    </message>
    <message>
        <source>Refunded %1.</source>
        <translation>Remboursement de %1 effectué.</translation>
    </message>
    <message>
        <source>Pending card payments could not be checked: %1</source>
        <translation>Les paiements par carte en attente n&apos;ont pas pu être vérifiés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted card operation(s) completed</source>
        <translation>
            <numerusform>%n opération par carte interrompue finalisée</numerusform>
            <numerusform>%n opérations par carte interrompues finalisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n a échoué</numerusform>
            <numerusform>%n ont échoué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unknown (Stripe unreachable; checked again in a few minutes)</source>
        <translation>
            <numerusform>%n toujours inconnue (Stripe injoignable&#xa0;; nouvelle vérification dans quelques minutes)</numerusform>
            <numerusform>%n toujours inconnues (Stripe injoignable&#xa0;; nouvelle vérification dans quelques minutes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minutier::MicLevelMonitor</name>
    <message>
        <source>No microphone was found.</source>
        <translation>Aucun micro n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; cannot be opened.</source>
        <translation>Le micro «&#xa0;%1&#xa0;» ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; stopped.</source>
        <translation>Le micro «&#xa0;%1&#xa0;» s&apos;est arrêté.</translation>
    </message>
</context>
<context>
    <name>minutier::MonthlyTotalsModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Minutes billed</source>
        <translation>Minutes facturées</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Free calls</source>
        <translation>Appels gratuits</translation>
    </message>
</context>
<context>
    <name>minutier::OfferDialog</name>
    <message>
        <source>New offer</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation>Modifier l&apos;offre</translation>
    </message>
</context>
<context>
    <name>minutier::OfferForm</name>
    <message>
        <source>Prices include VAT</source>
        <translation>Les prix sont TTC</translation>
    </message>
    <message>
        <source>Offer name</source>
        <translation>Nom de l&apos;offre</translation>
    </message>
    <message>
        <source>e.g. Short consultation</source>
        <translation>ex. Consultation courte</translation>
    </message>
    <message>
        <source>Rate per minute</source>
        <translation>Tarif à la minute</translation>
    </message>
    <message>
        <source>e.g. 3.00</source>
        <translation>ex. 3,00</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Free minutes</source>
        <translation>Minutes offertes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Billing increment</source>
        <translation>Pas de facturation</translation>
    </message>
    <message>
        <source>Per second (no rounding)</source>
        <translation>À la seconde (sans arrondi)</translation>
    </message>
    <message>
        <source>Per started minute</source>
        <translation>Par minute entamée</translation>
    </message>
    <message>
        <source>First minute, then per 30 s</source>
        <translation>Première minute, puis par tranche de 30 s</translation>
    </message>
    <message>
        <source>Per started 15 s</source>
        <translation>Par tranche de 15 s entamée</translation>
    </message>
    <message>
        <source>First minute, then per second</source>
        <translation>Première minute, puis à la seconde</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation>Minimum de facturation</translation>
    </message>
    <message>
        <source>Optional, e.g. 5.00</source>
        <translation>Facultatif, ex. 5,00</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Rate per minute</source>
        <translation>&amp;Tarif à la minute</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <source>&amp;Free minutes</source>
        <translation>Minutes &amp;offertes</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Facturation</translation>
    </message>
    <message>
        <source>&amp;VAT rate (%)</source>
        <translation>Taux de T&amp;VA (%)</translation>
    </message>
    <message>
        <source>&amp;Minimum charge</source>
        <translation>&amp;Minimum de facturation</translation>
    </message>
    <message>
        <source>Give the offer a name.</source>
        <translation>Donnez un nom à l&apos;offre.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Choisissez une devise.</translation>
    </message>
    <message>
        <source>Enter the rate per minute as a number, e.g. 3.00 (up to 4 decimals).</source>
        <translation>Saisissez le tarif à la minute sous forme de nombre, ex. 3,00 (4 décimales au maximum).</translation>
    </message>
    <message>
        <source>The billing increment is not valid.</source>
        <translation>Le pas de facturation n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Enter the VAT rate as a percentage, e.g. 20 or 5.5.</source>
        <translation>Saisissez le taux de TVA en pourcentage, ex. 20 ou 5,5.</translation>
    </message>
    <message>
        <source>Enter the minimum charge as an amount, e.g. 5.00.</source>
        <translation>Saisissez le minimum de facturation sous forme de montant, ex. 5,00.</translation>
    </message>
    <message>
        <source>Enter a rate to see what a call costs.</source>
        <translation>Saisissez un tarif pour voir le coût d&apos;un appel.</translation>
    </message>
    <message>
        <source>A %1 call costs %2 (%3 excl. VAT + %4 VAT).</source>
        <translation>Un appel de %1 coûte %2 (%3 HT + %4 de TVA).</translation>
    </message>
    <message>
        <source>A %1 call costs %2.</source>
        <translation>Un appel de %1 coûte %2.</translation>
    </message>
</context>
<context>
    <name>minutier::OnboardingWizard</name>
    <message>
        <source>Welcome to Minutier</source>
        <translation>Bienvenue dans Minutier</translation>
    </message>
    <message>
        <source>Your business identity</source>
        <translation>L&apos;identité de votre entreprise</translation>
    </message>
    <message>
        <source>It is printed on every invoice. Your SIRET is checked as you type.</source>
        <translation>Elle figure sur chaque facture. Votre SIRET est vérifié pendant la saisie.</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Your first offer</source>
        <translation>Votre première offre</translation>
    </message>
    <message>
        <source>Set your per-minute rate. The example below shows what a call costs.</source>
        <translation>Définissez votre tarif à la minute. L&apos;exemple ci-dessous indique le coût d&apos;un appel.</translation>
    </message>
    <message>
        <source>Minutier</source>
        <translation>Minutier</translation>
    </message>
</context>
<context>
    <name>minutier::PaymentLinkDialog</name>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Start the call</source>
        <translation>Démarrer l&apos;appel</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message>
        <source>Amount held: %1</source>
        <translation>Montant pré-autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Send this link to the client, or let them scan the code. The card is only authorised now; the exact amount of the call is captured at the end.</source>
        <translation>Envoyez ce lien au client ou faites-lui scanner le code. La carte est seulement pré-autorisée maintenant&#xa0;; le montant exact de l&apos;appel est encaissé à la fin.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Creating the payment link…</source>
        <translation>Création du lien de paiement…</translation>
    </message>
    <message>
        <source>Waiting for the client to pay… (%1)</source>
        <translation>En attente du paiement du client… (%1)</translation>
    </message>
    <message>
        <source>Authorized: %1</source>
        <translation>Autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The hold must be captured before %1.</source>
        <translation>La pré-autorisation doit être encaissée avant le %1.</translation>
    </message>
    <message>
        <source>Waiting for the client to pay…</source>
        <translation>En attente du paiement du client…</translation>
    </message>
    <message>
        <source>The link is valid until %1.</source>
        <translation>Le lien est valable jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>The link has expired without payment. Create a new one.</source>
        <translation>Le lien a expiré sans paiement. Créez-en un nouveau.</translation>
    </message>
    <message>
        <source>The client&apos;s bank asks for authentication; the client finishes it on the payment page.</source>
        <translation>La banque du client demande une authentification&#xa0;; le client la termine sur la page de paiement.</translation>
    </message>
    <message>
        <source>The payment failed.</source>
        <translation>Le paiement a échoué.</translation>
    </message>
    <message>
        <source>The payment failed: %1</source>
        <translation>Le paiement a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>This hold is already settled.</source>
        <translation>Cette pré-autorisation est déjà réglée.</translation>
    </message>
    <message>
        <source>The payment link could not be created: %1</source>
        <translation>Le lien de paiement n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>minutier::PaymentService</name>
    <message>
        <source>The card has insufficient funds.</source>
        <translation>Provision insuffisante sur la carte.</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>La carte a expiré.</translation>
    </message>
    <message>
        <source>The card&apos;s security code is incorrect.</source>
        <translation>Le cryptogramme de la carte est incorrect.</translation>
    </message>
    <message>
        <source>The card was declined by the bank.</source>
        <translation>La carte a été refusée par la banque.</translation>
    </message>
    <message>
        <source>The bank asks the client to authenticate (3-D Secure): send a payment link instead.</source>
        <translation>La banque demande au client de s&apos;authentifier (3-D Secure)&#xa0;: envoyez plutôt un lien de paiement.</translation>
    </message>
    <message>
        <source>The card&apos;s limit has been reached.</source>
        <translation>Le plafond de la carte est atteint.</translation>
    </message>
    <message>
        <source>The card was declined by the bank, without a reason given.</source>
        <translation>La carte a été refusée par la banque, sans motif.</translation>
    </message>
    <message>
        <source>The card was declined.</source>
        <translation>La carte a été refusée.</translation>
    </message>
</context>
<context>
    <name>minutier::PaymentSettings</name>
    <message>
        <source>Stripe refused this key (it is wrong, incomplete or revoked). Copy it again from the Stripe dashboard.</source>
        <translation>Stripe a refusé cette clé (erronée, incomplète ou révoquée). Copiez-la à nouveau depuis le tableau de bord Stripe.</translation>
    </message>
    <message>
        <source>The key works but may not read payments: give the restricted key access to PaymentIntents, Checkout Sessions and Refunds.</source>
        <translation>La clé fonctionne mais n&apos;est pas autorisée à lire les paiements&#xa0;: donnez à la clé restreinte l&apos;accès à PaymentIntents, Checkout Sessions et Refunds.</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>Test non effectué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stripe could not be reached: check the network connection and the API address.</source>
        <translation>Stripe est injoignable&#xa0;: vérifiez la connexion réseau et l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Enregistrer la clé</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Supprimer la clé</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Prestataire de paiement</translation>
    </message>
    <message>
        <source>None (bank transfer, IBAN on the invoice)</source>
        <translation>Aucun (virement bancaire, IBAN sur la facture)</translation>
    </message>
    <message>
        <source>Stripe (card held before the call)</source>
        <translation>Stripe (empreinte bancaire avant l&apos;appel)</translation>
    </message>
    <message>
        <source>Stripe key</source>
        <translation>Clé Stripe</translation>
    </message>
    <message>
        <source>rk_live_… (paste the key, it is not shown again)</source>
        <translation>rk_live_… (collez la clé, elle ne sera plus affichée)</translation>
    </message>
    <message>
        <source>Stripe API address</source>
        <translation>Adresse de l&apos;API Stripe</translation>
    </message>
    <message>
        <source>Use a restricted key (rk_…) with write access to PaymentIntents, Checkout Sessions and Refunds only: create it in the Stripe dashboard under Developers › API keys. The key is kept in the system keychain, never in Minutier&apos;s files.</source>
        <translation>Utilisez une clé restreinte (rk_…) disposant d&apos;un accès en écriture à PaymentIntents, Checkout Sessions et Refunds uniquement&#xa0;: créez-la dans le tableau de bord Stripe, sous Developers › API keys. La clé est conservée dans le trousseau du système, jamais dans les fichiers de Minutier.</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Clé</translation>
    </message>
    <message>
        <source>API a&amp;ddress (advanced)</source>
        <translation>A&amp;dresse de l&apos;API (avancé)</translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation>&amp;Prestataire</translation>
    </message>
    <message>
        <source>This API address is refused: %1</source>
        <translation>Cette adresse d&apos;API est refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>API address saved.</source>
        <translation>Adresse de l&apos;API enregistrée.</translation>
    </message>
    <message>
        <source>Reading the key from the system keychain…</source>
        <translation>Lecture de la clé dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Stripe is set up (key from the MINUTIER_STRIPE_KEY environment variable).</source>
        <translation>Stripe est configuré (clé issue de la variable d&apos;environnement MINUTIER_STRIPE_KEY).</translation>
    </message>
    <message>
        <source>Stripe is set up: the key is in the system keychain.</source>
        <translation>Stripe est configuré&#xa0;: la clé se trouve dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Calls are invoiced payable by bank transfer, with your IBAN on the invoice.</source>
        <translation>Les appels sont facturés payables par virement bancaire, avec votre IBAN sur la facture.</translation>
    </message>
    <message>
        <source>No Stripe key stored yet: paste it above and save.</source>
        <translation>Aucune clé Stripe enregistrée pour le moment&#xa0;: collez-la ci-dessus et enregistrez.</translation>
    </message>
    <message>
        <source>No system keychain is available, so no key can be stored (Minutier never stores it in a plain file). Install or unlock GNOME Keyring or KWallet. Calls are invoiced payable by bank transfer meanwhile.</source>
        <translation>Aucun trousseau du système n&apos;est disponible&#xa0;: aucune clé ne peut donc être enregistrée (Minutier ne l&apos;enregistre jamais dans un fichier en clair). Installez ou déverrouillez GNOME Keyring ou KWallet. En attendant, les appels sont facturés payables par virement bancaire.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the key cannot be stored or read (Minutier never stores it in a plain file). Install or unlock GNOME Keyring or KWallet.</source>
        <translation>Aucun trousseau du système n&apos;est disponible&#xa0;: la clé ne peut donc être ni enregistrée ni lue (Minutier ne l&apos;enregistre jamais dans un fichier en clair). Installez ou déverrouillez GNOME Keyring ou KWallet.</translation>
    </message>
    <message>
        <source>Stripe is not usable: %1</source>
        <translation>Stripe n&apos;est pas utilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paste the key first.</source>
        <translation>Collez d&apos;abord la clé.</translation>
    </message>
    <message>
        <source>This is not a Stripe key: it starts with rk_live_, rk_test_, sk_live_ or sk_test_.</source>
        <translation>Ce n&apos;est pas une clé Stripe&#xa0;: une clé Stripe commence par rk_live_, rk_test_, sk_live_ ou sk_test_.</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The key could not be stored: no system keychain is available. Nothing was saved elsewhere.</source>
        <translation>La clé n&apos;a pas pu être enregistrée&#xa0;: aucun trousseau du système n&apos;est disponible. Rien n&apos;a été enregistré ailleurs.</translation>
    </message>
    <message>
        <source>The key could not be stored: %1</source>
        <translation>La clé n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key saved in the system keychain.</source>
        <translation>Clé enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Key removed from the system keychain.</source>
        <translation>Clé supprimée du trousseau du système.</translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation>La clé n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paste a key first (or save one), then test.</source>
        <translation>Collez d&apos;abord une clé (ou enregistrez-en une), puis lancez le test.</translation>
    </message>
    <message>
        <source>Asking Stripe…</source>
        <translation>Interrogation de Stripe…</translation>
    </message>
    <message>
        <source>Connection works: Stripe accepted the key (live mode).</source>
        <translation>La connexion fonctionne&#xa0;: Stripe a accepté la clé (mode production).</translation>
    </message>
    <message>
        <source>Connection works: Stripe accepted the key (test mode: no real card is charged).</source>
        <translation>La connexion fonctionne&#xa0;: Stripe a accepté la clé (mode test&#xa0;: aucune carte réelle n&apos;est débitée).</translation>
    </message>
    <message>
        <source>Connection works: Stripe accepted the key.</source>
        <translation>La connexion fonctionne&#xa0;: Stripe a accepté la clé.</translation>
    </message>
</context>
<context>
    <name>minutier::PaymentText</name>
    <message>
        <source>The card was declined.</source>
        <translation>La carte a été refusée.</translation>
    </message>
    <message>
        <source>The payment provider returned an error.</source>
        <translation>Le prestataire de paiement a renvoyé une erreur.</translation>
    </message>
    <message>
        <source>The payment provider answered: %1</source>
        <translation>Le prestataire de paiement a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stripe cannot be reached right now (network). Nothing was charged twice: the operation is checked again automatically.</source>
        <translation>Stripe est injoignable pour le moment (réseau). Rien n&apos;a été débité deux fois&#xa0;: l&apos;opération sera vérifiée à nouveau automatiquement.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the Stripe key cannot be read. Unlock or install a keychain (GNOME Keyring, KWallet), then try again.</source>
        <translation>Le trousseau du système n&apos;est pas disponible&#xa0;: la clé Stripe ne peut donc pas être lue. Déverrouillez ou installez un trousseau (GNOME Keyring, KWallet), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>minutier::PriceExplanation</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>first minute free</source>
        <translation>première minute offerte</translation>
    </message>
    <message>
        <source>first %1 minutes free</source>
        <translation>%1 premières minutes offertes</translation>
    </message>
    <message>
        <source>billed per started minute</source>
        <translation>facturé par minute entamée</translation>
    </message>
    <message>
        <source>billed per started block of %1 s</source>
        <translation>facturé par tranche de %1 s entamée</translation>
    </message>
    <message>
        <source>first %1 s indivisible, then billed per %2 s</source>
        <translation>%1 s initiales indivisibles, puis facturé par tranche de %2 s</translation>
    </message>
    <message>
        <source>then %1 from minute %2</source>
        <translation>puis %1 à partir de la minute %2</translation>
    </message>
    <message>
        <source>minimum charge of %1 applied</source>
        <translation>minimum de facturation de %1 appliqué</translation>
    </message>
    <message>
        <source>minimum charge %1</source>
        <translation>minimum de facturation %1</translation>
    </message>
    <message>
        <source>capped at the pre-authorised %1</source>
        <translation>plafonné au montant pré-autorisé de %1</translation>
    </message>
    <message>
        <source>%1 excl. VAT</source>
        <translation>%1 HT</translation>
    </message>
    <message>
        <source>%1 incl. VAT</source>
        <translation>%1 TTC</translation>
    </message>
    <message>
        <source>no VAT</source>
        <translation>sans TVA</translation>
    </message>
    <message>
        <source>VAT %1%</source>
        <translation>TVA %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>A %1 call costs %2</source>
        <translation>Un appel de %1 coûte %2</translation>
    </message>
    <message>
        <source>A %1 call costs %2 incl. VAT (%3 excl. VAT)</source>
        <translation>Un appel de %1 coûte %2 TTC (%3 HT)</translation>
    </message>
</context>
<context>
    <name>minutier::ProfileDialog</name>
    <message>
        <source>Business identity</source>
        <translation>Identité de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
</context>
<context>
    <name>minutier::ProfileForm</name>
    <message>
        <source>Sole trader (adds &quot;EI&quot; after the name)</source>
        <translation>Entrepreneur individuel (ajoute «&#xa0;EI&#xa0;» après le nom)</translation>
    </message>
    <message>
        <source>VAT exemption (franchise en base, art. 293 B du CGI)</source>
        <translation>Franchise en base de TVA (art. 293 B du CGI)</translation>
    </message>
    <message>
        <source>Liable to VAT</source>
        <translation>Assujetti à la TVA</translation>
    </message>
    <message>
        <source>e.g. Claire Martin Conseil</source>
        <translation>ex. Claire Martin Conseil</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Dénomination</translation>
    </message>
    <message>
        <source>14 digits, e.g. 732 829 320 00074</source>
        <translation>14 chiffres, ex. 732 829 320 00074</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation>Rue, code postal et ville</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>FR + 2-digit key + SIREN</source>
        <translation>FR + clé à 2 chiffres + SIREN</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Optional: printed on invoices for bank transfers</source>
        <translation>Facultatif&#xa0;: figure sur les factures pour les virements</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>&amp;Dénomination</translation>
    </message>
    <message>
        <source>&amp;SIRET</source>
        <translation>&amp;SIRET</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>VAT regime</source>
        <translation>Régime de TVA</translation>
    </message>
    <message>
        <source>&amp;VAT number</source>
        <translation>Numéro de &amp;TVA</translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>Enter your legal name.</source>
        <translation>Saisissez votre dénomination.</translation>
    </message>
    <message>
        <source>The SIRET is not valid: 14 digits with a valid check digit are expected.</source>
        <translation>Le SIRET n&apos;est pas valide&#xa0;: 14 chiffres avec une clé de contrôle valide sont attendus.</translation>
    </message>
    <message>
        <source>Enter your business address.</source>
        <translation>Saisissez l&apos;adresse de votre entreprise.</translation>
    </message>
    <message>
        <source>A VAT number is required when you are liable to VAT.</source>
        <translation>Un numéro de TVA est obligatoire lorsque vous êtes assujetti à la TVA.</translation>
    </message>
    <message>
        <source>The VAT number is not valid.</source>
        <translation>Le numéro de TVA n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The VAT number does not match the SIREN of your SIRET.</source>
        <translation>Le numéro de TVA ne correspond pas au SIREN de votre SIRET.</translation>
    </message>
    <message>
        <source>The IBAN is not valid (check digits do not match).</source>
        <translation>L&apos;IBAN n&apos;est pas valide (la clé de contrôle ne correspond pas).</translation>
    </message>
    <message>
        <source>Your SIRET is printed on every invoice.</source>
        <translation>Votre SIRET figure sur chaque facture.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) of 14</source>
        <translation>
            <numerusform>%n chiffre sur 14</numerusform>
            <numerusform>%n chiffres sur 14</numerusform>
        </translation>
    </message>
    <message>
        <source>Check digit wrong: please check for a typo.</source>
        <translation>Clé de contrôle erronée&#xa0;: vérifiez la saisie.</translation>
    </message>
    <message>
        <source>✓ Valid SIRET (SIREN %1)</source>
        <translation>✓ SIRET valide (SIREN %1)</translation>
    </message>
    <message>
        <source>Invoices will state &quot;TVA non applicable, art. 293 B du CGI&quot;.</source>
        <translation>Les factures porteront la mention «&#xa0;TVA non applicable, art. 293 B du CGI&#xa0;».</translation>
    </message>
    <message>
        <source>Required when liable to VAT.</source>
        <translation>Obligatoire si vous êtes assujetti à la TVA.</translation>
    </message>
    <message>
        <source>Not a valid VAT number.</source>
        <translation>Numéro de TVA non valide.</translation>
    </message>
    <message>
        <source>Does not match your SIREN.</source>
        <translation>Ne correspond pas à votre SIREN.</translation>
    </message>
    <message>
        <source>✓ Valid VAT number</source>
        <translation>✓ Numéro de TVA valide</translation>
    </message>
    <message>
        <source>✓ Valid IBAN</source>
        <translation>✓ IBAN valide</translation>
    </message>
    <message>
        <source>Not a valid IBAN.</source>
        <translation>IBAN non valide.</translation>
    </message>
</context>
<context>
    <name>minutier::SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Card: %1 captured</source>
        <translation>Carte&#xa0;: %1 encaissé</translation>
    </message>
    <message>
        <source>Card: refunded</source>
        <translation>Carte&#xa0;: remboursé</translation>
    </message>
    <message>
        <source>Card: %1 refunded</source>
        <translation>Carte&#xa0;: %1 remboursé</translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation>Non débité</translation>
    </message>
    <message>
        <source>Card: awaiting capture</source>
        <translation>Carte&#xa0;: en attente d&apos;encaissement</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Bank transfer: unpaid</source>
        <translation>Virement bancaire&#xa0;: impayé</translation>
    </message>
    <message>
        <source>Bank transfer: paid</source>
        <translation>Virement bancaire&#xa0;: payé</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
</context>
<context>
    <name>minutier::SettingsView</name>
    <message>
        <source>&amp;Mute the chimes</source>
        <translation>&amp;Couper les signaux sonores</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Edit &amp;identity…</source>
        <translation>Modifier l&apos;&amp;identité…</translation>
    </message>
    <message>
        <source>Invoice numbering pattern</source>
        <translation>Modèle de numérotation des factures</translation>
    </message>
    <message>
        <source>{YYYY} year, {MM} month, {NNNN} sequence (never reused, no gaps).</source>
        <translation>{YYYY} année, {MM} mois, {NNNN} numéro de séquence (jamais réutilisé, sans trou).</translation>
    </message>
    <message>
        <source>Save &amp;pattern</source>
        <translation>Enregistrer le &amp;modèle</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>&amp;New offer…</source>
        <translation>&amp;Nouvelle offre…</translation>
    </message>
    <message>
        <source>Edit o&amp;ffer…</source>
        <translation>Modifier l&apos;o&amp;ffre…</translation>
    </message>
    <message>
        <source>Default offer for %1</source>
        <translation>Offre par défaut pour %1</translation>
    </message>
    <message>
        <source>Default offer per relationship</source>
        <translation>Offre par défaut par relation</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation>Volume des signaux sonores</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Appearance and language apply at the next start.</source>
        <translation>L&apos;apparence et la langue s&apos;appliquent au prochain démarrage.</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Business identity</source>
        <translation>Identité de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Invoice numbering</source>
        <translation>Numérotation des factures</translation>
    </message>
    <message>
        <source>Appearance, language and sounds</source>
        <translation>Apparence, langue et sons</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <source>VAT: franchise en base (art. 293 B du CGI)</source>
        <translation>TVA&#xa0;: franchise en base (art. 293 B du CGI)</translation>
    </message>
    <message>
        <source>VAT number %1</source>
        <translation>Numéro de TVA %1</translation>
    </message>
    <message>
        <source>Not set yet: invoices need your legal name, SIRET and address.</source>
        <translation>Non renseignée&#xa0;: les factures nécessitent votre dénomination, votre SIRET et votre adresse.</translation>
    </message>
    <message>
        <source>First offer</source>
        <translation>Première offre</translation>
    </message>
    <message>
        <source>Enter your business identity first.</source>
        <translation>Renseignez d&apos;abord l&apos;identité de votre entreprise.</translation>
    </message>
    <message>
        <source>The pattern must contain {NNNN} (the sequence number).</source>
        <translation>Le modèle doit contenir {NNNN} (le numéro de séquence).</translation>
    </message>
    <message>
        <source>Saved. The next invoice uses %1.</source>
        <translation>Enregistré. La prochaine facture utilisera %1.</translation>
    </message>
    <message>
        <source>Default offer</source>
        <translation>Offre par défaut</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Prestataire de paiement</translation>
    </message>
</context>
<context>
    <name>minutier::SlotDialog</name>
    <message>
        <source>Open-ended (no maximum length)</source>
        <translation>Durée libre (sans durée maximale)</translation>
    </message>
    <message>
        <source>New open slot</source>
        <translation>Nouveau créneau ouvert</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Durée maximale</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Maximum hold</source>
        <translation>Pré-autorisation maximale</translation>
    </message>
    <message>
        <source>e.g. 90.00</source>
        <translation>ex. 90,00</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message>
        <source>Optional: https://… (else paid by invoice)</source>
        <translation>Facultatif&#xa0;: https://… (sinon réglé sur facture)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Offre</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Maximum length</source>
        <translation>Durée &amp;maximale</translation>
    </message>
    <message>
        <source>Maximum &amp;hold</source>
        <translation>&amp;Pré-autorisation maximale</translation>
    </message>
    <message>
        <source>&amp;Payment link</source>
        <translation>&amp;Lien de paiement</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>Choisissez un client.</translation>
    </message>
    <message>
        <source>Enter the maximum hold as an amount, e.g. 90.00.</source>
        <translation>Saisissez la pré-autorisation maximale sous forme de montant, ex. 90,00.</translation>
    </message>
    <message>
        <source>The payment link must be an https:// address.</source>
        <translation>Le lien de paiement doit être une adresse https://.</translation>
    </message>
    <message>
        <source>Search a client…</source>
        <translation>Rechercher un client…</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Clients correspondants</translation>
    </message>
    <message>
        <source>Choose a client from the list (type part of the name, then pick it).</source>
        <translation>Choisissez un client dans la liste (saisissez une partie du nom, puis sélectionnez-le).</translation>
    </message>
</context>
<context>
    <name>minutier::SlotsModel</name>
    <message>
        <source>(deleted client)</source>
        <translation>(client supprimé)</translation>
    </message>
    <message numerus="yes">
        <source>up to %n min</source>
        <translation>
            <numerusform>jusqu&apos;à %n min</numerusform>
            <numerusform>jusqu&apos;à %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>open-ended, hold %1</source>
        <translation>durée libre, pré-autorisation %1</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>durée libre</translation>
    </message>
    <message>
        <source>Bank transfer / invoice</source>
        <translation>Virement / facture</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Rappel effectué</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
</context>
<context>
    <name>minutier::SlotsView</name>
    <message>
        <source>&amp;New slot…</source>
        <translation>&amp;Nouveau créneau…</translation>
    </message>
    <message>
        <source>Save &amp;invitation (.ics)…</source>
        <translation>Enregistrer l&apos;&amp;invitation (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Prepare the call</source>
        <translation>&amp;Préparer l&apos;appel</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Open slots</source>
        <translation>Créneaux ouverts</translation>
    </message>
    <message>
        <source>Publish a time when a client can call you, for a maximum length or open-ended. Send the invitation; Minutier reminds you when the slot starts and prepares the call.</source>
        <translation>Proposez un horaire auquel un client peut vous appeler, pour une durée maximale ou libre. Envoyez l&apos;invitation&#xa0;; Minutier vous prévient au début du créneau et prépare l&apos;appel.</translation>
    </message>
    <message>
        <source>Save invitation</source>
        <translation>Enregistrer l&apos;invitation</translation>
    </message>
    <message>
        <source>Calendar invitations (*.ics)</source>
        <translation>Invitations de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Delete slot</source>
        <translation>Supprimer le créneau</translation>
    </message>
    <message>
        <source>Delete this open slot? The client keeps the invitation already sent; tell them it is cancelled.</source>
        <translation>Supprimer ce créneau ouvert&#xa0;? Le client conserve l&apos;invitation déjà envoyée&#xa0;; prévenez-le de l&apos;annulation.</translation>
    </message>
    <message>
        <source>No open slot yet.</source>
        <translation>Aucun créneau ouvert pour le moment.</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n créneau</numerusform>
            <numerusform>%n créneaux</numerusform>
        </translation>
    </message>
    <message>
        <source>your consultant</source>
        <translation>votre consultant</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Appel avec %1</translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation>Tarif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open-ended call; up to %1 is held on your card and only the minutes used are charged.</source>
        <translation>Appel à durée libre&#xa0;: une empreinte bancaire de %1 au maximum est réalisée sur votre carte et seules les minutes utilisées sont facturées.</translation>
    </message>
    <message>
        <source>Open-ended call: only the minutes used are charged.</source>
        <translation>Appel à durée libre&#xa0;: seules les minutes utilisées sont facturées.</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n minute(s); only the minutes used are charged.</source>
        <translation>
            <numerusform>Jusqu&apos;à %n minute&#xa0;; seules les minutes utilisées sont facturées.</numerusform>
            <numerusform>Jusqu&apos;à %n minutes&#xa0;; seules les minutes utilisées sont facturées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please authorise the payment before the call: %1</source>
        <translation>Merci d&apos;autoriser le paiement avant l&apos;appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Payment &amp;link…</source>
        <translation>&amp;Lien de paiement…</translation>
    </message>
    <message>
        <source>Create the payment link of the selected slot</source>
        <translation>Créer le lien de paiement du créneau sélectionné</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message>
        <source>The offer of this slot no longer exists.</source>
        <translation>L&apos;offre de ce créneau n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This slot has no amount to hold: give it a maximum length or a maximum hold.</source>
        <translation>Ce créneau n&apos;a aucun montant à pré-autoriser&#xa0;: indiquez une durée maximale ou une pré-autorisation maximale.</translation>
    </message>
    <message>
        <source>Call — %1</source>
        <translation>Appel — %1</translation>
    </message>
</context>
<context>
    <name>minutier::TrayTicker</name>
    <message>
        <source>&amp;Start call</source>
        <translation>&amp;Démarrer l&apos;appel</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Minutier — no call in progress</source>
        <translation>Minutier — aucun appel en cours</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Hold reached: time still counts, nothing more is charged</source>
        <translation>Pré-autorisation atteinte&#xa0;: le temps est toujours compté, plus rien n&apos;est facturé</translation>
    </message>
    <message>
        <source>%1 % of the hold used</source>
        <translation>%1&#xa0;% de la pré-autorisation utilisés</translation>
    </message>
    <message>
        <source>%1 of free time left</source>
        <translation>%1 de temps offert restant</translation>
    </message>
    <message>
        <source>The call could not be saved</source>
        <translation>L&apos;appel n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Free minutes over</source>
        <translation>Minutes offertes épuisées</translation>
    </message>
    <message>
        <source>The call is now charged.</source>
        <translation>L&apos;appel est désormais facturé.</translation>
    </message>
    <message>
        <source>80 % of the hold used</source>
        <translation>80&#xa0;% de la pré-autorisation utilisés</translation>
    </message>
    <message>
        <source>The cost so far is %1.</source>
        <translation>Le coût actuel est de %1.</translation>
    </message>
    <message>
        <source>Hold reached</source>
        <translation>Pré-autorisation atteinte</translation>
    </message>
    <message>
        <source>Time still counts, but nothing more is charged.</source>
        <translation>Le temps est toujours compté, mais plus rien n&apos;est facturé.</translation>
    </message>
</context>
<context>
    <name>minutier::cli::CliContext</name>
    <message>
        <source>Legal name (as registered).</source>
        <translation>Nom légal (tel qu&apos;immatriculé).</translation>
    </message>
    <message>
        <source>SIRET, 14 digits.</source>
        <translation>SIRET, 14 chiffres.</translation>
    </message>
    <message>
        <source>Postal address (use \n between lines).</source>
        <translation>Adresse postale (utilisez \n entre les lignes).</translation>
    </message>
    <message>
        <source>franchise (art. 293 B du CGI) or standard.</source>
        <translation>franchise (art. 293 B du CGI) ou standard.</translation>
    </message>
    <message>
        <source>Intra-community VAT number (standard regime).</source>
        <translation>Numéro de TVA intracommunautaire (régime standard).</translation>
    </message>
    <message>
        <source>IBAN printed on invoices for bank transfers.</source>
        <translation>IBAN figurant sur les factures pour les virements.</translation>
    </message>
    <message>
        <source>Business e-mail address.</source>
        <translation>Adresse e-mail professionnelle.</translation>
    </message>
    <message>
        <source>A company rather than a sole trader (no &quot;EI&quot; after the name).</source>
        <translation>Une société plutôt qu&apos;un entrepreneur individuel (pas de «&#xa0;EI&#xa0;» après le nom).</translation>
    </message>
    <message>
        <source>Invoice numbering pattern, default F-{YYYY}-{NNNN}.</source>
        <translation>Modèle de numérotation des factures, par défaut F-{YYYY}-{NNNN}.</translation>
    </message>
    <message>
        <source>Set the business identity printed on invoices.</source>
        <translation>Définir l&apos;identité de l&apos;entreprise figurant sur les factures.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>--vat-regime must be &apos;franchise&apos; or &apos;standard&apos;</source>
        <translation>--vat-regime doit valoir &apos;franchise&apos; ou &apos;standard&apos;</translation>
    </message>
    <message>
        <source>SIRET &apos;%1&apos; is not valid: 14 digits with a valid checksum are expected</source>
        <translation>SIRET &apos;%1&apos; non valide&#xa0;: 14 chiffres avec une clé de contrôle valide sont attendus</translation>
    </message>
    <message>
        <source>Print the business identity as JSON.</source>
        <translation>Afficher l&apos;identité de l&apos;entreprise au format JSON.</translation>
    </message>
    <message>
        <source>no business identity yet: run &apos;minutier-cli profile set&apos;</source>
        <translation>aucune identité d&apos;entreprise pour l&apos;instant&#xa0;: lancez &apos;minutier-cli profile set&apos;</translation>
    </message>
    <message>
        <source>Client name.</source>
        <translation>Nom du client.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <source>former|prospect|network|premium|audience (default network).</source>
        <translation>former|prospect|network|premium|audience (network par défaut).</translation>
    </message>
    <message>
        <source>Company name.</source>
        <translation>Nom de la société.</translation>
    </message>
    <message>
        <source>SIREN of a business client.</source>
        <translation>SIREN d&apos;un client professionnel.</translation>
    </message>
    <message>
        <source>VAT number of a business client.</source>
        <translation>Numéro de TVA d&apos;un client professionnel.</translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation>Adresse postale.</translation>
    </message>
    <message>
        <source>Invoice language: fr or en.</source>
        <translation>Langue de facturation&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>Add a client; prints {&quot;id&quot;}.</source>
        <translation>Ajouter un client&#xa0;; affiche {&quot;id&quot;}.</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name est obligatoire</translation>
    </message>
    <message>
        <source>--kind must be one of former, prospect, network, premium, audience</source>
        <translation>--kind doit valoir former, prospect, network, premium ou audience</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Sortie JSON.</translation>
    </message>
    <message>
        <source>List clients.</source>
        <translation>Lister les clients.</translation>
    </message>
    <message>
        <source>Offer name.</source>
        <translation>Nom de l&apos;offre.</translation>
    </message>
    <message>
        <source>Billing increments I/N in seconds, default 1/1.</source>
        <translation>Pas de facturation I/N en secondes, 1/1 par défaut.</translation>
    </message>
    <message>
        <source>From a billable minute on, another rate: MINUTE:RATE (repeatable).</source>
        <translation>À partir d&apos;une minute facturable donnée, un autre tarif&#xa0;: MINUTE:RATE (répétable).</translation>
    </message>
    <message>
        <source>Minimum charge.</source>
        <translation>Minimum de facturation.</translation>
    </message>
    <message>
        <source>VAT rate in percent (e.g. 20, 5.5); default 0.</source>
        <translation>Taux de TVA en pourcentage (ex. 20, 5.5)&#xa0;; 0 par défaut.</translation>
    </message>
    <message>
        <source>--name and --rate are required</source>
        <translation>--name et --rate sont obligatoires</translation>
    </message>
    <message>
        <source>--tier must look like MINUTE:RATE, e.g. 30:2.50</source>
        <translation>--tier doit être de la forme MINUTE:RATE, ex. 30:2.50</translation>
    </message>
    <message>
        <source>Include archived offers.</source>
        <translation>Inclure les offres archivées.</translation>
    </message>
    <message>
        <source>List offers.</source>
        <translation>Lister les offres.</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Saisie non valide</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Amount too large</source>
        <translation>Montant trop élevé</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>The database is damaged or is not a Minutier database (left untouched)</source>
        <translation>La base de données est endommagée ou n&apos;est pas une base Minutier (non modifiée)</translation>
    </message>
    <message>
        <source>The database was written by a newer Minutier (left untouched)</source>
        <translation>La base de données a été écrite par une version plus récente de Minutier (non modifiée)</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Erreur de base de données</translation>
    </message>
    <message>
        <source>File error</source>
        <translation>Erreur de fichier</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation>Paiement refusé</translation>
    </message>
    <message>
        <source>Payment provider error</source>
        <translation>Erreur du prestataire de paiement</translation>
    </message>
    <message>
        <source>Keychain error</source>
        <translation>Erreur du trousseau</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Erreur interne</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>minutier-cli: %1: %2</source>
        <translation>minutier-cli&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>minutier-cli: %1</source>
        <translation>minutier-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>Client id.</source>
        <translation>Identifiant du client.</translation>
    </message>
    <message>
        <source>Offer id (its price is frozen onto the session).</source>
        <translation>Identifiant de l&apos;offre (son prix est figé sur l&apos;appel).</translation>
    </message>
    <message>
        <source>Duration of the call in milliseconds.</source>
        <translation>Durée de l&apos;appel en millisecondes.</translation>
    </message>
    <message>
        <source>When the call started (ISO 8601); default: now minus the duration.</source>
        <translation>Début de l&apos;appel (ISO 8601)&#xa0;; par défaut&#xa0;: maintenant moins la durée.</translation>
    </message>
    <message>
        <source>Record a call that happened elsewhere; prints its amounts.</source>
        <translation>Enregistrer un appel effectué ailleurs&#xa0;; affiche ses montants.</translation>
    </message>
    <message>
        <source>--client, --offer and --duration-ms are required</source>
        <translation>--client, --offer et --duration-ms sont obligatoires</translation>
    </message>
    <message>
        <source>--duration-ms must be a whole number of milliseconds &gt;= 0</source>
        <translation>--duration-ms doit être un nombre entier de millisecondes &gt;= 0</translation>
    </message>
    <message>
        <source>--started-at must be an ISO 8601 date and time, e.g. 2026-11-24T14:30:00+01:00</source>
        <translation>--started-at doit être une date et heure ISO 8601, ex. 2026-11-24T14:30:00+01:00</translation>
    </message>
    <message>
        <source>Only this client&apos;s sessions.</source>
        <translation>Uniquement les appels de ce client.</translation>
    </message>
    <message>
        <source>Started on or after this date (YYYY-MM-DD).</source>
        <translation>Commencés à cette date ou après (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Started on or before this date (YYYY-MM-DD).</source>
        <translation>Commencés à cette date ou avant (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>List sessions, newest first.</source>
        <translation>Lister les appels, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>--from must be a date YYYY-MM-DD</source>
        <translation>--from doit être une date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--to must be a date YYYY-MM-DD</source>
        <translation>--to doit être une date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Usage: minutier-cli [--database PATH|postgresql://...] &lt;command&gt; [options]</source>
        <translation>Usage&#xa0;: minutier-cli [--database CHEMIN|postgresql://...] &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;minutier-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Lancez &apos;minutier-cli &lt;commande&gt; --help&apos; pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>The database is chosen by --database, else $MINUTIER_DATABASE, else the default file.</source>
        <translation>La base de données est choisie par --database, sinon $MINUTIER_DATABASE, sinon le fichier par défaut.</translation>
    </message>
    <message>
        <source>minutier-cli: unknown command &apos;%1&apos;</source>
        <translation>minutier-cli&#xa0;: commande inconnue &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>minutier-cli: %n interrupted call(s) found; see &apos;minutier-cli call recover&apos;.</source>
        <translation>
            <numerusform>minutier-cli&#xa0;: %n appel interrompu trouvé&#xa0;; voir &apos;minutier-cli call recover&apos;.</numerusform>
            <numerusform>minutier-cli&#xa0;: %n appels interrompus trouvés&#xa0;; voir &apos;minutier-cli call recover&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop after this many seconds (decimals allowed).</source>
        <translation>S&apos;arrêter après ce nombre de secondes (décimales autorisées).</translation>
    </message>
    <message>
        <source>Held amount, gross (e.g. 30.00): the cost never goes above it.</source>
        <translation>Montant pré-autorisé, TTC (ex. 30.00)&#xa0;: le coût ne le dépasse jamais.</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>Run the call meter in the terminal until Ctrl+C, SIGTERM or --for; prints a line per second, then the saved session.</source>
        <translation>Lancer le compteur d&apos;appel dans le terminal jusqu&apos;à Ctrl+C, SIGTERM ou --for&#xa0;; affiche une ligne par seconde, puis l&apos;appel enregistré.</translation>
    </message>
    <message>
        <source>--client and --offer are required</source>
        <translation>--client et --offer sont obligatoires</translation>
    </message>
    <message>
        <source>--for must be a positive number of seconds</source>
        <translation>--for doit être un nombre positif de secondes</translation>
    </message>
    <message>
        <source>--hold must be an amount such as 30.00</source>
        <translation>--hold doit être un montant tel que 30.00</translation>
    </message>
    <message>
        <source>(hold reached: no further charge)</source>
        <translation>(pré-autorisation atteinte&#xa0;: plus rien n&apos;est facturé)</translation>
    </message>
    <message>
        <source>minutier-cli: heartbeat not saved: %1</source>
        <translation>minutier-cli&#xa0;: signal de vie non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The free minutes are over.</source>
        <translation>Les minutes offertes sont épuisées.</translation>
    </message>
    <message>
        <source>80 % of the hold is used.</source>
        <translation>80&#xa0;% de la pré-autorisation est utilisé.</translation>
    </message>
    <message>
        <source>The hold is reached: time keeps counting, nothing more is charged.</source>
        <translation>La pré-autorisation est atteinte&#xa0;: le temps continue d&apos;être compté, plus rien n&apos;est facturé.</translation>
    </message>
    <message>
        <source>minutier-cli: the machine seems to have slept %1 s; that time is not counted.</source>
        <translation>minutier-cli&#xa0;: la machine semble avoir été en veille %1 s&#xa0;; ce temps n&apos;est pas compté.</translation>
    </message>
    <message>
        <source>Call saved.</source>
        <translation>Appel enregistré.</translation>
    </message>
    <message>
        <source>Bill this interrupted session up to its last heartbeat.</source>
        <translation>Facturer cet appel interrompu jusqu&apos;à son dernier signal de vie.</translation>
    </message>
    <message>
        <source>Discard this interrupted session (it is kept, marked discarded).</source>
        <translation>Abandonner cet appel interrompu (il est conservé, marqué comme abandonné).</translation>
    </message>
    <message>
        <source>List the calls a crash interrupted, or settle one of them.</source>
        <translation>Lister les appels interrompus par un plantage, ou en régler un.</translation>
    </message>
    <message>
        <source>--bill and --discard cannot be combined</source>
        <translation>--bill et --discard ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>No interrupted call.</source>
        <translation>Aucun appel interrompu.</translation>
    </message>
    <message>
        <source>last heartbeat %1</source>
        <translation>dernier signal de vie %1</translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation>--from et --to sont obligatoires</translation>
    </message>
    <message>
        <source>--from and --to must be dates YYYY-MM-DD</source>
        <translation>--from et --to doivent être des dates YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to est antérieur à --from</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Premier jour (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>Dernier jour (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>Export the invoices, credit notes and card payments of a period as CSV.</source>
        <translation>Exporter les factures, avoirs et paiements par carte d&apos;une période au format CSV.</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out est obligatoire</translation>
    </message>
    <message>
        <source>Fiscal (calendar) year.</source>
        <translation>Exercice fiscal (année civile).</translation>
    </message>
    <message>
        <source>The folder to write &lt;SIREN&gt;FEC&lt;YYYYMMDD&gt;.txt into.</source>
        <translation>Le dossier dans lequel écrire &lt;SIREN&gt;FEC&lt;YYYYMMDD&gt;.txt.</translation>
    </message>
    <message>
        <source>Export the Fichier des Écritures Comptables (FEC) of a fiscal year.</source>
        <translation>Exporter le fichier des écritures comptables (FEC) d&apos;un exercice.</translation>
    </message>
    <message>
        <source>--year YYYY is required</source>
        <translation>--year YYYY est obligatoire</translation>
    </message>
    <message>
        <source>The ZIP file to write.</source>
        <translation>Le fichier ZIP à écrire.</translation>
    </message>
    <message>
        <source>Archive the documents of a period: a ZIP of their Factur-X PDFs and a CSV index.</source>
        <translation>Archiver les documents d&apos;une période&#xa0;: un ZIP de leurs PDF Factur-X et un index CSV.</translation>
    </message>
    <message>
        <source>An ended session to invoice (repeat for several sessions of the same client).</source>
        <translation>Un appel terminé à facturer (à répéter pour plusieurs appels du même client).</translation>
    </message>
    <message>
        <source>Issue an invoice for ended sessions; the number is final and the invoice cannot be changed afterwards.</source>
        <translation>Émettre une facture pour des appels terminés&#xa0;; le numéro est définitif et la facture ne peut plus être modifiée ensuite.</translation>
    </message>
    <message>
        <source>at least one --session is required</source>
        <translation>au moins un --session est obligatoire</translation>
    </message>
    <message>
        <source>Amount to credit, VAT included, in the invoice&apos;s currency (default: the whole invoice).</source>
        <translation>Montant à créditer, TTC, dans la devise de la facture (par défaut&#xa0;: la facture entière).</translation>
    </message>
    <message>
        <source>The invoice number.</source>
        <translation>Le numéro de facture.</translation>
    </message>
    <message>
        <source>Issue a credit note (avoir) that cites an invoice; it gets its own number and cannot be changed afterwards.</source>
        <translation>Émettre un avoir qui cite une facture&#xa0;; il reçoit son propre numéro et ne peut plus être modifié ensuite.</translation>
    </message>
    <message>
        <source>give exactly one invoice number</source>
        <translation>indiquez exactement un numéro de facture</translation>
    </message>
    <message>
        <source>--amount: %1</source>
        <translation>--amount&#xa0;: %1</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>pdf (PDF/A-1b) or facturx (PDF/A-3b with the EN 16931 XML; default).</source>
        <translation>pdf (PDF/A-1b) ou facturx (PDF/A-3b avec le XML EN 16931&#xa0;; par défaut).</translation>
    </message>
    <message>
        <source>The invoice or credit note number.</source>
        <translation>Le numéro de la facture ou de l&apos;avoir.</translation>
    </message>
    <message>
        <source>Render an issued invoice or credit note as a PDF in the client&apos;s language.</source>
        <translation>Générer une facture ou un avoir émis au format PDF dans la langue du client.</translation>
    </message>
    <message>
        <source>--format must be pdf or facturx</source>
        <translation>--format doit valoir pdf ou facturx</translation>
    </message>
    <message>
        <source>Number or client name contains.</source>
        <translation>Texte contenu dans le numéro ou le nom du client.</translation>
    </message>
    <message>
        <source>Only this client&apos;s invoices.</source>
        <translation>Uniquement les factures de ce client.</translation>
    </message>
    <message>
        <source>Issued on or after this date (YYYY-MM-DD).</source>
        <translation>Émis à cette date ou après (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Issued on or before this date (YYYY-MM-DD).</source>
        <translation>Émis à cette date ou avant (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>issued, paid, partly_refunded or refunded (repeatable).</source>
        <translation>issued, paid, partly_refunded ou refunded (répétable).</translation>
    </message>
    <message>
        <source>List invoices and credit notes, newest first.</source>
        <translation>Lister les factures et avoirs, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation>statut inconnu %1</translation>
    </message>
    <message>
        <source>Recompute the hash chain of issued documents and payment events; exits 1 naming the first altered record.</source>
        <translation>Recalculer la chaîne d&apos;empreintes des documents émis et des événements de paiement&#xa0;; se termine avec le code 1 en indiquant le premier enregistrement altéré.</translation>
    </message>
    <message>
        <source>minutier-cli: the chain is broken at entry %1 (%2): %3</source>
        <translation>minutier-cli&#xa0;: la chaîne est rompue à l&apos;entrée %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Store the Stripe key (read from stdin) in the system keychain. A restricted key (rk_) with PaymentIntents, Checkout Sessions and Refunds write access is recommended.</source>
        <translation>Enregistrer la clé Stripe (lue sur stdin) dans le trousseau du système. Une clé restreinte (rk_) avec accès en écriture à PaymentIntents, Checkout Sessions et Refunds est recommandée.</translation>
    </message>
    <message>
        <source>Session id.</source>
        <translation>Identifiant de l&apos;appel.</translation>
    </message>
    <message>
        <source>Amount to hold, e.g. 30.00 (default: the session&apos;s cap).</source>
        <translation>Montant à pré-autoriser, ex. 30.00 (par défaut&#xa0;: le plafond de l&apos;appel).</translation>
    </message>
    <message>
        <source>Hold the price of this many minutes at the session&apos;s offer.</source>
        <translation>Pré-autoriser le prix de ce nombre de minutes selon l&apos;offre de l&apos;appel.</translation>
    </message>
    <message>
        <source>Text shown on the payment page.</source>
        <translation>Texte affiché sur la page de paiement.</translation>
    </message>
    <message>
        <source>Wait up to this many seconds for the client to pay.</source>
        <translation>Attendre le paiement du client pendant ce nombre de secondes au maximum.</translation>
    </message>
    <message>
        <source>Create a payment link (Stripe Checkout, card held, captured after the call).</source>
        <translation>Créer un lien de paiement (Stripe Checkout, empreinte bancaire, encaissement après l&apos;appel).</translation>
    </message>
    <message>
        <source>--session is required</source>
        <translation>--session est obligatoire</translation>
    </message>
    <message>
        <source>--minutes must be a whole number of minutes</source>
        <translation>--minutes doit être un nombre entier de minutes</translation>
    </message>
    <message>
        <source>give --amount or --minutes (the session has no cap)</source>
        <translation>indiquez --amount ou --minutes (l&apos;appel n&apos;a pas de plafond)</translation>
    </message>
    <message>
        <source>--wait must be a number of seconds</source>
        <translation>--wait doit être un nombre de secondes</translation>
    </message>
    <message>
        <source>Amount to hold, e.g. 30.00.</source>
        <translation>Montant à pré-autoriser, ex. 30.00.</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR.</source>
        <translation>Code ISO 4217, ex. EUR.</translation>
    </message>
    <message>
        <source>The client&apos;s saved payment method (pm_...).</source>
        <translation>Le moyen de paiement enregistré du client (pm_...).</translation>
    </message>
    <message>
        <source>The client&apos;s Stripe customer (cus_...).</source>
        <translation>Le client Stripe (cus_...).</translation>
    </message>
    <message>
        <source>Session the hold belongs to.</source>
        <translation>Appel auquel appartient la pré-autorisation.</translation>
    </message>
    <message>
        <source>Hold (pre-authorise) an amount on a saved card.</source>
        <translation>Pré-autoriser un montant sur une carte enregistrée.</translation>
    </message>
    <message>
        <source>--amount, --currency and --payment-method are required</source>
        <translation>--amount, --currency et --payment-method sont obligatoires</translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos;</source>
        <translation>devise inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The bank asks the client to authenticate (3-D Secure): send a payment link instead.</source>
        <translation>La banque demande au client de s&apos;authentifier (3-D Secure)&#xa0;: envoyez plutôt un lien de paiement.</translation>
    </message>
    <message>
        <source>PaymentIntent id (pi_...).</source>
        <translation>Identifiant du PaymentIntent (pi_...).</translation>
    </message>
    <message>
        <source>Amount to capture, e.g. 12.50 (default: all that is held).</source>
        <translation>Montant à encaisser, ex. 12.50 (par défaut&#xa0;: la totalité du montant pré-autorisé).</translation>
    </message>
    <message>
        <source>Capture a held amount (once: repeating it does not charge again).</source>
        <translation>Encaisser un montant pré-autorisé (une seule fois&#xa0;: le répéter ne débite pas à nouveau).</translation>
    </message>
    <message>
        <source>--payment-intent is required</source>
        <translation>--payment-intent est obligatoire</translation>
    </message>
    <message>
        <source>Release (cancel) a hold.</source>
        <translation>Libérer (annuler) une pré-autorisation.</translation>
    </message>
    <message>
        <source>Show a PaymentIntent as Stripe sees it.</source>
        <translation>Afficher un PaymentIntent tel que Stripe le voit.</translation>
    </message>
    <message>
        <source>Capture the session&apos;s gross across its holds and release the rest (below the minimum charge: release all, not charged).</source>
        <translation>Encaisser le montant TTC de l&apos;appel sur ses pré-autorisations et libérer le reste (sous le minimum de facturation&#xa0;: tout libérer, sans débit).</translation>
    </message>
    <message>
        <source>Amount to refund (default: all).</source>
        <translation>Montant à rembourser (par défaut&#xa0;: la totalité).</translation>
    </message>
    <message>
        <source>Refund a captured session, fully or partly.</source>
        <translation>Rembourser un appel encaissé, totalement ou partiellement.</translation>
    </message>
    <message>
        <source>Settle payment operations left unconfirmed by a crash or a network failure.</source>
        <translation>Régulariser les opérations de paiement restées non confirmées après un plantage ou une panne réseau.</translation>
    </message>
    <message>
        <source>minutier-cli: cannot read the input or write the output</source>
        <translation>minutier-cli&#xa0;: impossible de lire l&apos;entrée ou d&apos;écrire la sortie</translation>
    </message>
    <message>
        <source>minutier-cli: %1 of %2 lines could not be priced (see their &quot;error&quot;)</source>
        <translation>minutier-cli&#xa0;: %1 lignes sur %2 n&apos;ont pas pu être tarifées (voir leur &quot;error&quot;)</translation>
    </message>
    <message>
        <source>Per-minute rate, e.g. 3.00 (up to 4 decimals).</source>
        <translation>Tarif à la minute, ex. 3.00 (4 décimales au maximum).</translation>
    </message>
    <message>
        <source>ISO 4217 currency, e.g. EUR.</source>
        <translation>Devise ISO 4217, ex. EUR.</translation>
    </message>
    <message>
        <source>Call duration in milliseconds.</source>
        <translation>Durée de l&apos;appel en millisecondes.</translation>
    </message>
    <message>
        <source>Pre-authorised amount (gross): the price never exceeds it.</source>
        <translation>Montant pré-autorisé (TTC)&#xa0;: le prix ne le dépasse jamais.</translation>
    </message>
    <message>
        <source>The rate and the minimum include VAT.</source>
        <translation>Le tarif et le minimum sont TTC.</translation>
    </message>
    <message>
        <source>Read one JSON object per line on stdin and write one JSON line per input, in order; a bad line gives {&quot;error&quot;:...} and the batch goes on.</source>
        <translation>Lire un objet JSON par ligne sur stdin et écrire une ligne JSON par entrée, dans l&apos;ordre&#xa0;; une ligne incorrecte donne {&quot;error&quot;:...} et le lot continue.</translation>
    </message>
    <message>
        <source>Price a call with the Minutier rule; prints one JSON object.</source>
        <translation>Calculer le prix d&apos;un appel selon la règle Minutier&#xa0;; affiche un objet JSON.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--batch reads everything from stdin: --%1 cannot be combined with it</source>
        <translation>--batch lit tout sur stdin&#xa0;: --%1 ne peut pas être combiné avec cette option</translation>
    </message>
    <message>
        <source>--rate, --currency and --duration-ms are required (or --batch)</source>
        <translation>--rate, --currency et --duration-ms sont obligatoires (ou --batch)</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 est indiqué plus d&apos;une fois</translation>
    </message>
    <message>
        <source>The postgresql://user@host[:port]/database URL the password is for.</source>
        <translation>L&apos;URL postgresql://user@host[:port]/database à laquelle correspond le mot de passe.</translation>
    </message>
    <message>
        <source>Store the password of a PostgreSQL database (read from stdin) in the system keychain, where Minutier and minutier-cli find it when they open that URL.</source>
        <translation>Enregistrer le mot de passe d&apos;une base de données PostgreSQL (lu sur stdin) dans le trousseau du système, où Minutier et minutier-cli le trouvent lorsqu&apos;ils ouvrent cette URL.</translation>
    </message>
    <message>
        <source>--url is required</source>
        <translation>--url est obligatoire</translation>
    </message>
    <message>
        <source>Check that the database (--database, $MINUTIER_DATABASE or the default file) can be opened and show its schema version; nothing is written.</source>
        <translation>Vérifier que la base de données (--database, $MINUTIER_DATABASE ou le fichier par défaut) peut être ouverte et afficher la version de son schéma&#xa0;; rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>Amount received, in the invoice&apos;s currency (default: all that is due).</source>
        <translation>Montant reçu, dans la devise de la facture (par défaut&#xa0;: la totalité du montant dû).</translation>
    </message>
    <message>
        <source>Day the transfer arrived (default: today).</source>
        <translation>Jour de réception du virement (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>The transfer&apos;s reference.</source>
        <translation>La référence du virement.</translation>
    </message>
    <message>
        <source>Record a payment received by bank transfer for an issued invoice.</source>
        <translation>Enregistrer un paiement reçu par virement bancaire pour une facture émise.</translation>
    </message>
    <message>
        <source>--date: expected YYYY-MM-DD</source>
        <translation>--date&#xa0;: format attendu YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <source>Notes about the client (never printed on invoices).</source>
        <translation>Notes sur le client (jamais imprimées sur les factures).</translation>
    </message>
    <message>
        <source>The client&apos;s own offer (empty: none).</source>
        <translation>L&apos;offre propre au client (vide&#xa0;: aucune).</translation>
    </message>
    <message>
        <source>Change a client: only the fields given change; prints {&quot;id&quot;}.</source>
        <translation>Modifier un client&#xa0;: seuls les champs donnés changent&#xa0;; affiche {&quot;id&quot;}.</translation>
    </message>
    <message>
        <source>give one client id</source>
        <translation>indiquez un identifiant de client</translation>
    </message>
    <message>
        <source>The client&apos;s reference to quote (EN 16931 BT-10, e.g. a Chorus Pro service code).</source>
        <translation>La référence du client à rappeler (EN 16931 BT-10, p. ex. un code service Chorus Pro).</translation>
    </message>
    <message>
        <source>The client&apos;s purchase order or commitment number (BT-13).</source>
        <translation>Le numéro de bon de commande ou d&apos;engagement du client (BT-13).</translation>
    </message>
    <message>
        <source>Import nothing when a row is bad (by default the good rows are kept and the bad ones reported).</source>
        <translation>N&apos;importer rien si une ligne est erronée (par défaut, les bonnes lignes sont gardées et les erronées signalées).</translation>
    </message>
    <message>
        <source>CSV file (header line with at least &quot;name&quot;), or - for standard input.</source>
        <translation>Fichier CSV (ligne d&apos;en-tête avec au moins «&#xa0;name&#xa0;»), ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Import clients from a CSV file; bad rows are reported with their line.</source>
        <translation>Importer des clients depuis un fichier CSV&#xa0;; les lignes erronées sont signalées avec leur numéro.</translation>
    </message>
    <message>
        <source>give one CSV file (or - for standard input)</source>
        <translation>indiquez un fichier CSV (ou - pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n client importé.</numerusform>
            <numerusform>%n clients importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 skipped: %2</source>
        <translation>ligne %1 ignorée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Write to this file (default: standard output).</source>
        <translation>Écrire dans ce fichier (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <source>Only clients of this relationship (former, prospect, network, premium, audience).</source>
        <translation>Seulement les clients de cette relation (former, prospect, network, premium, audience).</translation>
    </message>
    <message>
        <source>Export clients as CSV (the format &apos;clients import&apos; and the desktop read back).</source>
        <translation>Exporter les clients en CSV (le format que relisent «&#xa0;clients import&#xa0;» et l&apos;application).</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) written to %1.</source>
        <translation>
            <numerusform>%n client écrit dans %1.</numerusform>
            <numerusform>%n clients écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the default offer of each client relationship.</source>
        <translation>Afficher l&apos;offre par défaut de chaque relation client.</translation>
    </message>
    <message>
        <source>(first active offer)</source>
        <translation>(première offre active)</translation>
    </message>
    <message>
        <source>former, prospect, network, premium or audience.</source>
        <translation>former, prospect, network, premium ou audience.</translation>
    </message>
    <message>
        <source>No default for this relationship (the first active offer is used).</source>
        <translation>Pas d&apos;offre par défaut pour cette relation (la première offre active s&apos;applique).</translation>
    </message>
    <message>
        <source>Offer id.</source>
        <translation>Identifiant de l&apos;offre.</translation>
    </message>
    <message>
        <source>Set the default offer of a client relationship (e.g. prospects get the first minutes free).</source>
        <translation>Définir l&apos;offre par défaut d&apos;une relation client (p. ex. les 5 premières minutes offertes aux prospects).</translation>
    </message>
    <message>
        <source>--kind is required</source>
        <translation>--kind est obligatoire</translation>
    </message>
    <message>
        <source>give one offer id, or --clear</source>
        <translation>indiquez un identifiant d&apos;offre, ou --clear</translation>
    </message>
    <message>
        <source>the offer %1 is archived</source>
        <translation>l&apos;offre %1 est archivée</translation>
    </message>
    <message>
        <source>Monthly totals of the ended calls: calls, billed time, revenue, share of free calls.</source>
        <translation>Totaux mensuels des appels terminés&#xa0;: appels, temps facturé, chiffre d&apos;affaires, part des appels gratuits.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min billed</source>
        <translation>%1 min facturées</translation>
    </message>
    <message>
        <source>%1 % free</source>
        <translation>%1&#xa0;% gratuits</translation>
    </message>
    <message>
        <source>net %1, VAT %2, gross %3 %4</source>
        <translation>HT %1, TVA %2, TTC %3 %4</translation>
    </message>
    <message>
        <source>give exactly one draft id</source>
        <translation>indiquez exactement un identifiant de brouillon</translation>
    </message>
    <message>
        <source>An ended session to put on the draft (repeat for several sessions of the same client).</source>
        <translation>Un appel terminé à mettre sur le brouillon (à répéter pour plusieurs appels du même client).</translation>
    </message>
    <message>
        <source>The client, with --all-uninvoiced.</source>
        <translation>Le client, avec --all-uninvoiced.</translation>
    </message>
    <message>
        <source>Every session of --client that may be invoiced (ended, not invoiced, on no other draft).</source>
        <translation>Tous les appels de --client qui peuvent être facturés (terminés, non facturés, sur aucun autre brouillon).</translation>
    </message>
    <message>
        <source>Create an invoice draft: no number is taken until it is issued; it can be edited or discarded.</source>
        <translation>Créer un brouillon de facture&#xa0;: aucun numéro n&apos;est pris avant l&apos;émission&#xa0;; il peut être modifié ou supprimé.</translation>
    </message>
    <message>
        <source>--all-uninvoiced and --client go together</source>
        <translation>--all-uninvoiced et --client vont ensemble</translation>
    </message>
    <message>
        <source>give either --session or --client with --all-uninvoiced, not both</source>
        <translation>indiquez soit --session, soit --client avec --all-uninvoiced, pas les deux</translation>
    </message>
    <message>
        <source>at least one --session (or --client ID --all-uninvoiced) is required</source>
        <translation>au moins un --session (ou --client ID --all-uninvoiced) est obligatoire</translation>
    </message>
    <message>
        <source>A session to add (ended, same client, on no other draft; repeatable).</source>
        <translation>Un appel à ajouter (terminé, même client, sur aucun autre brouillon&#xa0;; répétable).</translation>
    </message>
    <message>
        <source>A session to take off the draft (repeatable).</source>
        <translation>Un appel à retirer du brouillon (répétable).</translation>
    </message>
    <message>
        <source>The draft id.</source>
        <translation>L&apos;identifiant du brouillon.</translation>
    </message>
    <message>
        <source>Discard a draft: no number is used and its sessions may be invoiced again.</source>
        <translation>Supprimer un brouillon&#xa0;: aucun numéro n&apos;est consommé et ses appels peuvent être facturés de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Draft %1 discarded; its %n session(s) may be invoiced again.</source>
        <translation>
            <numerusform>Brouillon %1 supprimé&#xa0;; son appel peut être facturé de nouveau.</numerusform>
            <numerusform>Brouillon %1 supprimé&#xa0;; ses %n appels peuvent être facturés de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue a draft: the sessions are checked again, the number is taken and the invoice cannot be changed afterwards.</source>
        <translation>Émettre un brouillon&#xa0;: les appels sont revérifiés, le numéro est pris et la facture ne peut plus être modifiée ensuite.</translation>
    </message>
    <message>
        <source>Only this client&apos;s drafts.</source>
        <translation>Seulement les brouillons de ce client.</translation>
    </message>
    <message>
        <source>List the invoice drafts (not issued yet).</source>
        <translation>Lister les brouillons de facture (pas encore émis).</translation>
    </message>
    <message>
        <source>The client.</source>
        <translation>Le client.</translation>
    </message>
    <message>
        <source>Count the sessions of this draft as free (what an edit of it may take).</source>
        <translation>Compter les appels de ce brouillon comme libres (ce qu&apos;une modification peut reprendre).</translation>
    </message>
    <message>
        <source>List a client&apos;s sessions that a new invoice or draft may take: ended, not invoiced, on no draft; oldest first.</source>
        <translation>Lister les appels d&apos;un client qu&apos;une nouvelle facture ou un brouillon peut reprendre&#xa0;: terminés, non facturés, sur aucun brouillon&#xa0;; du plus ancien au plus récent.</translation>
    </message>
    <message>
        <source>--client is required</source>
        <translation>--client est obligatoire</translation>
    </message>
    <message>
        <source>The slot file (default: the desktop&apos;s, %1).</source>
        <translation>Le fichier des créneaux (par défaut celui de l&apos;application, %1).</translation>
    </message>
    <message numerus="yes">
        <source>up to %n min</source>
        <translation>
            <numerusform>jusqu&apos;à %n min</numerusform>
            <numerusform>jusqu&apos;à %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>open-ended, hold %1 %2</source>
        <translation>durée libre, empreinte %1 %2</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>durée libre</translation>
    </message>
    <message>
        <source>When the slot starts, in the future: ISO 8601, local time unless an offset is given (2026-12-01T14:00, 2026-12-01T14:00+01:00).</source>
        <translation>Début du créneau, dans le futur&#xa0;: ISO 8601, heure locale sauf décalage indiqué (2026-12-01T14:00, 2026-12-01T14:00+01:00).</translation>
    </message>
    <message>
        <source>Maximum length in minutes (%1 to %2).</source>
        <translation>Durée maximale en minutes (de %1 à %2).</translation>
    </message>
    <message>
        <source>Open-ended slot: the amount held on the client&apos;s card, VAT included, in the offer&apos;s currency (e.g. 90.00).</source>
        <translation>Créneau à durée libre&#xa0;: le montant bloqué sur la carte du client, TTC, dans la devise de l&apos;offre (p. ex. 90.00).</translation>
    </message>
    <message>
        <source>A payment link (https://) to put in the invitation.</source>
        <translation>Un lien de paiement (https://) à mettre dans l&apos;invitation.</translation>
    </message>
    <message>
        <source>A note for the client.</source>
        <translation>Une note pour le client.</translation>
    </message>
    <message>
        <source>Publish an open slot for a client: for at most --max-minutes, or open-ended (bounded by --max-hold when given). Prints the slot.</source>
        <translation>Publier un créneau pour un client&#xa0;: pour au plus --max-minutes, ou à durée libre (bornée par --max-hold s&apos;il est donné). Affiche le créneau.</translation>
    </message>
    <message>
        <source>--client, --offer and --start are required</source>
        <translation>--client, --offer et --start sont obligatoires</translation>
    </message>
    <message>
        <source>give --max-minutes or --max-hold, not both (a hold bounds an open-ended slot)</source>
        <translation>indiquez --max-minutes ou --max-hold, pas les deux (une empreinte borne un créneau à durée libre)</translation>
    </message>
    <message>
        <source>--start must be an ISO 8601 date and time, e.g. 2026-12-01T14:00 or 2026-12-01T14:00+01:00</source>
        <translation>--start doit être une date et une heure ISO 8601, p. ex. 2026-12-01T14:00 ou 2026-12-01T14:00+01:00</translation>
    </message>
    <message>
        <source>--start must be in the future</source>
        <translation>--start doit être dans le futur</translation>
    </message>
    <message>
        <source>--max-minutes must be a whole number from %1 to %2</source>
        <translation>--max-minutes doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>--payment-url must be an https:// address</source>
        <translation>--payment-url doit être une adresse https://</translation>
    </message>
    <message>
        <source>--max-hold must be a positive amount, e.g. 90.00</source>
        <translation>--max-hold doit être un montant positif, p. ex. 90.00</translation>
    </message>
    <message>
        <source>List the open slots, by start time.</source>
        <translation>Lister les créneaux, par heure de début.</translation>
    </message>
    <message>
        <source>The slot id.</source>
        <translation>L&apos;identifiant du créneau.</translation>
    </message>
    <message>
        <source>Delete an open slot. The client keeps an invitation already sent: tell them it is cancelled.</source>
        <translation>Supprimer un créneau. Le client garde une invitation déjà envoyée&#xa0;: prévenez-le de l&apos;annulation.</translation>
    </message>
    <message>
        <source>give exactly one slot id</source>
        <translation>indiquez exactement un identifiant de créneau</translation>
    </message>
    <message>
        <source>The .ics file to write (default: standard output).</source>
        <translation>Le fichier .ics à écrire (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <source>Write the calendar invitation (.ics) of an open slot, to send to the client.</source>
        <translation>Écrire l&apos;invitation (.ics) d&apos;un créneau, à envoyer au client.</translation>
    </message>
    <message>
        <source>The payment term agreed with the client, in days after the invoice date (0: on receipt, at most 60); &apos;default&apos;: 30 days for a business, on receipt otherwise.</source>
        <translation>Le délai de paiement convenu avec le client, en jours après la date de facture (0 : à réception, 60 au plus) ; « default » : 30 jours pour une entreprise, à réception sinon.</translation>
    </message>
    <message>
        <source>payable on receipt</source>
        <translation>payable à réception</translation>
    </message>
    <message>
        <source>Add sessions to a draft or take them off (the lines are rebuilt from the frozen amounts; to take them all off, discard the draft), or change its references and payment term.</source>
        <translation>Ajouter des séances à un brouillon ou en retirer (les lignes sont recalculées à partir des montants figés ; pour toutes les retirer, abandonnez le brouillon), ou changer ses références et son délai de paiement.</translation>
    </message>
    <message>
        <source>give at least one --add, --remove, --buyer-reference, --order-reference or --payment-days</source>
        <translation>donnez au moins une option --add, --remove, --buyer-reference, --order-reference ou --payment-days</translation>
    </message>
    <message numerus="yes">
        <source>payable within %n day(s)</source>
        <translation>
            <numerusform>payable sous %n jour</numerusform>
            <numerusform>payable sous %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an offer (a named per-minute price; the currency is EUR unless --currency says otherwise); prints {&quot;id&quot;}.</source>
        <translation>Ajouter une offre (un prix à la minute nommé ; la devise est l&apos;euro sauf si --currency en indique une autre) ; affiche {&quot;id&quot;}.</translation>
    </message>
    <message>
        <source>Free minutes at the start of a call.</source>
        <translation>Minutes offertes au début d&apos;un appel.</translation>
    </message>
</context>
</TS>
