-- The payment term agreed with the client, in days after the invoice date (NULL: the default, 30
-- days for a business, on receipt otherwise): set on a draft, kept when it is issued, then as
-- immutable as the due date it gave.
ALTER TABLE invoices ADD COLUMN payment_days INTEGER CHECK (payment_days IS NULL OR payment_days BETWEEN 0 AND 60);

CREATE FUNCTION minutier_invoice_payment_days_immutable() RETURNS trigger AS $$
BEGIN
    IF OLD.status <> 'draft' AND NEW.payment_days IS DISTINCT FROM OLD.payment_days THEN
        RAISE EXCEPTION 'issued invoices are immutable: only the payment status may move forward';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER invoices_payment_days_immutable BEFORE UPDATE ON invoices
FOR EACH ROW EXECUTE FUNCTION minutier_invoice_payment_days_immutable();
