-- Why a triggered scan failed (unreachable webhook, results that did not parse, timeout), for its page.
ALTER TABLE compliance_scans ADD COLUMN failure_reason VARCHAR(1000);
