-- The audit log is append-only in the database itself (H2 twin of the PostgreSQL trigger): an
-- UPDATE or DELETE of audit_log fails in caravan.store.AppendOnly.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  FOR EACH ROW CALL 'caravan.store.AppendOnly';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  FOR EACH ROW CALL 'caravan.store.AppendOnly';
