-- The invoices view: the credit notes citing an invoice are summed per row (credited status and
-- amount), and drafts are dated by their creation.
CREATE INDEX invoices_credited ON invoices (credited_invoice_id);
CREATE INDEX invoices_created ON invoices (created_at);
