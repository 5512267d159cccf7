-- The buyer's references an invoice carries (EN 16931 BT-10 buyer reference, BT-13 purchase order),
-- set on a draft; as immutable as the rest once the invoice is issued.
ALTER TABLE invoices ADD COLUMN buyer_reference TEXT;
ALTER TABLE invoices ADD COLUMN order_reference TEXT;

CREATE FUNCTION minutier_invoice_references_immutable() RETURNS trigger AS $$
BEGIN
    IF OLD.status <> 'draft' AND (NEW.buyer_reference, NEW.order_reference)
        IS DISTINCT FROM (OLD.buyer_reference, OLD.order_reference) THEN
        RAISE EXCEPTION 'issued invoices are immutable: only the payment status may move forward';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER invoices_references_immutable BEFORE UPDATE ON invoices
FOR EACH ROW EXECUTE FUNCTION minutier_invoice_references_immutable();
