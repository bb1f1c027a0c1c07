-- Evidence bundles: a completed scan packaged for download, shared with the client's portal users
-- or kept for the MSP and the client's staff.
CREATE TABLE evidence_bundles (
  org_id     UUID         NOT NULL,
  id         UUID         NOT NULL,
  scan_id    UUID         NOT NULL,
  title      VARCHAR(200) NOT NULL,
  shared     BOOLEAN      NOT NULL,
  created_by UUID         NOT NULL REFERENCES users (id),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (org_id, id),
  FOREIGN KEY (org_id, scan_id) REFERENCES compliance_scans (org_id, id)
);
CREATE INDEX evidence_bundles_list ON evidence_bundles (org_id, created_at);
