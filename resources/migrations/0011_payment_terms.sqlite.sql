-- The payment term agreed with the client, in days after the invoice date (NULL: the default, 30
-- days for a business, on receipt otherwise): set on a draft, kept when it is issued, then as
-- immutable as the due date it gave.
ALTER TABLE invoices ADD COLUMN payment_days INTEGER CHECK (payment_days IS NULL OR payment_days BETWEEN 0 AND 60);

CREATE TRIGGER invoices_immutable_payment_days BEFORE UPDATE OF payment_days ON invoices
WHEN OLD.status <> 'draft' AND NEW.payment_days IS NOT OLD.payment_days
BEGIN
    SELECT RAISE(ABORT, 'issued invoices are immutable: only the payment status may move forward');
END;
