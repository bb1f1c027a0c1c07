-- Per-org scanning settings: the webhook that runs a scan (its secret AES-GCM encrypted, base64 of
-- nonce || ciphertext || tag) and the webhook remediations are sent to.
CREATE TABLE scan_settings (
  org_id          UUID          NOT NULL PRIMARY KEY REFERENCES organizations (id),
  webhook_url     VARCHAR(2000),
  webhook_secret  VARCHAR(2000),
  remediation_url VARCHAR(2000),
  updated_by      UUID          NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- When an org's scheduled scans run next, and as whom (the user who set the schedule).
CREATE TABLE scan_schedules (
  org_id      UUID         NOT NULL PRIMARY KEY REFERENCES organizations (id),
  schedule    VARCHAR(16)  NOT NULL,
  run_as      UUID         NOT NULL,
  next_run_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX scan_schedules_due ON scan_schedules (next_run_at);

-- A triggered scan waiting for its results: the SHA-256 of its one-time callback token, who
-- triggered it, and when it times out. finished_at is set once the token is used or the scan ends.
CREATE TABLE scan_runs (
  org_id       UUID         NOT NULL,
  scan_id      UUID         NOT NULL,
  requested_by UUID         NOT NULL,
  token_hash   VARCHAR(64)  NOT NULL UNIQUE,
  deadline_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at  TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (org_id, scan_id),
  FOREIGN KEY (org_id, scan_id) REFERENCES compliance_scans (org_id, id)
);
CREATE INDEX scan_runs_deadline ON scan_runs (deadline_at);
