-- Issued invoices and credit notes are immutable (French invoicing law): the database itself refuses
-- to change or delete them. The payment side may only move the status forward
-- (issued -> paid / partly_refunded / refunded, paid -> partly_refunded / refunded,
-- partly_refunded -> refunded) and record what was paid (paid_minor, payment_reference).
-- Numbers are taken from invoice_counters, which only ever step by one and are never deleted.

CREATE TRIGGER invoices_immutable_update BEFORE UPDATE ON invoices
WHEN OLD.status <> 'draft' AND NOT (
    NEW.id IS OLD.id AND NEW.kind IS OLD.kind AND NEW.series IS OLD.series AND NEW.number IS OLD.number
    AND NEW.sequence IS OLD.sequence AND NEW.client_id IS OLD.client_id AND NEW.issued_at IS OLD.issued_at
    AND NEW.service_date IS OLD.service_date AND NEW.due_date IS OLD.due_date AND NEW.currency IS OLD.currency
    AND NEW.net_minor IS OLD.net_minor AND NEW.vat_minor IS OLD.vat_minor AND NEW.gross_minor IS OLD.gross_minor
    AND NEW.seller IS OLD.seller AND NEW.buyer IS OLD.buyer AND NEW.language IS OLD.language
    AND NEW.credited_invoice_id IS OLD.credited_invoice_id AND NEW.created_at IS OLD.created_at
    AND (NEW.status = OLD.status
        OR (OLD.status = 'issued' AND NEW.status IN ('paid', 'partly_refunded', 'refunded'))
        OR (OLD.status = 'paid' AND NEW.status IN ('partly_refunded', 'refunded'))
        OR (OLD.status = 'partly_refunded' AND NEW.status = 'refunded')))
BEGIN
    SELECT RAISE(ABORT, 'issued invoices are immutable: only the payment status may move forward');
END;

CREATE TRIGGER invoices_immutable_delete BEFORE DELETE ON invoices
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'issued invoices cannot be deleted');
END;

CREATE TRIGGER invoice_lines_immutable_update BEFORE UPDATE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'the lines of an issued invoice are immutable');
END;

CREATE TRIGGER invoice_lines_immutable_delete BEFORE DELETE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'the lines of an issued invoice cannot be deleted');
END;

CREATE TRIGGER invoice_counters_forward_only BEFORE UPDATE ON invoice_counters
WHEN NEW.series IS NOT OLD.series OR NEW.period IS NOT OLD.period OR NEW.last_value IS NOT OLD.last_value + 1
BEGIN
    SELECT RAISE(ABORT, 'invoice numbers only move forward by one');
END;

CREATE TRIGGER invoice_counters_no_delete BEFORE DELETE ON invoice_counters
BEGIN
    SELECT RAISE(ABORT, 'invoice counters cannot be deleted');
END;
