-- The title and severity a scan's own file gave the controls of a framework that imports define
-- (Prowler checks, Maester tests, custom controls), kept with that scan: another org's file of the
-- same control then changes nothing this org sees, nor its summary's alert counts. Null where the
-- catalogue's entry stands (shipped frameworks, scans stored before this column).
ALTER TABLE compliance_scan_controls ADD COLUMN title VARCHAR(1000);
ALTER TABLE compliance_scan_controls ADD COLUMN severity VARCHAR(16);
