-- Issued invoices and credit notes are immutable (French invoicing law): the database itself refuses
-- to change or delete them. The payment side may only move the status forward
-- (issued -> paid / partly_refunded / refunded, paid -> partly_refunded / refunded,
-- partly_refunded -> refunded) and record what was paid (paid_minor, payment_reference).
-- Numbers are taken from invoice_counters, which only ever step by one and are never deleted.

CREATE FUNCTION minutier_invoices_immutable() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draft' THEN
            RAISE EXCEPTION 'issued invoices cannot be deleted';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status <> 'draft' THEN
        IF (NEW.id, NEW.kind, NEW.series, NEW.number, NEW.sequence, NEW.client_id, NEW.issued_at, NEW.service_date,
            NEW.due_date, NEW.currency, NEW.net_minor, NEW.vat_minor, NEW.gross_minor, NEW.seller, NEW.buyer,
            NEW.language, NEW.credited_invoice_id, NEW.created_at)
            IS DISTINCT FROM
           (OLD.id, OLD.kind, OLD.series, OLD.number, OLD.sequence, OLD.client_id, OLD.issued_at, OLD.service_date,
            OLD.due_date, OLD.currency, OLD.net_minor, OLD.vat_minor, OLD.gross_minor, OLD.seller, OLD.buyer,
            OLD.language, OLD.credited_invoice_id, OLD.created_at) THEN
            RAISE EXCEPTION 'issued invoices are immutable: only the payment status may move forward';
        END IF;
        IF NOT (NEW.status = OLD.status
            OR (OLD.status = 'issued' AND NEW.status IN ('paid', 'partly_refunded', 'refunded'))
            OR (OLD.status = 'paid' AND NEW.status IN ('partly_refunded', 'refunded'))
            OR (OLD.status = 'partly_refunded' AND NEW.status = 'refunded')) THEN
            RAISE EXCEPTION 'issued invoices are immutable: status % cannot become %', OLD.status, NEW.status;
        END IF;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER invoices_immutable BEFORE UPDATE OR DELETE ON invoices
FOR EACH ROW EXECUTE FUNCTION minutier_invoices_immutable();

CREATE FUNCTION minutier_invoice_lines_immutable() RETURNS trigger AS $$
BEGIN
    IF (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft' THEN
        RAISE EXCEPTION 'the lines of an issued invoice are immutable';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER invoice_lines_immutable BEFORE UPDATE OR DELETE ON invoice_lines
FOR EACH ROW EXECUTE FUNCTION minutier_invoice_lines_immutable();

CREATE FUNCTION minutier_invoice_counters_forward_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'invoice counters cannot be deleted';
    END IF;
    IF NEW.series IS DISTINCT FROM OLD.series OR NEW.period IS DISTINCT FROM OLD.period
        OR NEW.last_value IS DISTINCT FROM OLD.last_value + 1 THEN
        RAISE EXCEPTION 'invoice numbers only move forward by one';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER invoice_counters_forward_only BEFORE UPDATE OR DELETE ON invoice_counters
FOR EACH ROW EXECUTE FUNCTION minutier_invoice_counters_forward_only();
