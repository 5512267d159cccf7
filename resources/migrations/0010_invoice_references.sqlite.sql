-- The buyer's references an invoice carries (EN 16931 BT-10 buyer reference, BT-13 purchase order),
-- set on a draft; as immutable as the rest once the invoice is issued.
ALTER TABLE invoices ADD COLUMN buyer_reference TEXT;
ALTER TABLE invoices ADD COLUMN order_reference TEXT;

CREATE TRIGGER invoices_immutable_references BEFORE UPDATE OF buyer_reference, order_reference ON invoices
WHEN OLD.status <> 'draft'
    AND (NEW.buyer_reference IS NOT OLD.buyer_reference OR NEW.order_reference IS NOT OLD.order_reference)
BEGIN
    SELECT RAISE(ABORT, 'issued invoices are immutable: only the payment status may move forward');
END;
