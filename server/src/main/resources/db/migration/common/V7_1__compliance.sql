-- Frameworks and their controls are a shared catalogue; everything else here belongs to one org,
-- with org_id leading its primary key.
CREATE TABLE compliance_frameworks (
  id          VARCHAR(64)   NOT NULL PRIMARY KEY,
  name        VARCHAR(200)  NOT NULL,
  description VARCHAR(2000),
  -- Frameworks that imports create (Prowler checks, Maester tests) take titles and severities from the files.
  import_owned BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE TABLE compliance_controls (
  control_id   VARCHAR(200)  NOT NULL PRIMARY KEY,
  framework_id VARCHAR(64)   NOT NULL REFERENCES compliance_frameworks (id),
  title        VARCHAR(1000) NOT NULL,
  description  VARCHAR(4000),
  severity     VARCHAR(16)   NOT NULL
);
CREATE INDEX compliance_controls_framework ON compliance_controls (framework_id);

CREATE TABLE compliance_scans (
  org_id           UUID         NOT NULL REFERENCES organizations (id),
  id               UUID         NOT NULL,
  state            VARCHAR(16)  NOT NULL,
  source           VARCHAR(16)  NOT NULL,
  format           VARCHAR(32),
  tenant           VARCHAR(300),
  started_at       TIMESTAMP WITH TIME ZONE,
  completed_at     TIMESTAMP WITH TIME ZONE,
  passed           INTEGER      NOT NULL DEFAULT 0,
  failed           INTEGER      NOT NULL DEFAULT 0,
  compliance_score NUMERIC(4, 1),
  created_by       UUID,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (org_id, id)
);
CREATE INDEX compliance_scans_latest ON compliance_scans (org_id, completed_at);

-- One row per finding, as the scanner reported it.
CREATE TABLE compliance_scan_results (
  org_id     UUID          NOT NULL,
  scan_id    UUID          NOT NULL,
  seq        INTEGER       NOT NULL,
  control_id VARCHAR(200)  NOT NULL REFERENCES compliance_controls (control_id),
  status     VARCHAR(16)   NOT NULL,
  resource   VARCHAR(1000),
  message    VARCHAR(8000),
  PRIMARY KEY (org_id, scan_id, seq),
  FOREIGN KEY (org_id, scan_id) REFERENCES compliance_scans (org_id, id)
);

-- Each control's status in a scan, rolled up from its results (FAIL > PASS > ERROR > MANUAL > NOT_APPLICABLE).
CREATE TABLE compliance_scan_controls (
  org_id     UUID         NOT NULL,
  scan_id    UUID         NOT NULL,
  control_id VARCHAR(200) NOT NULL REFERENCES compliance_controls (control_id),
  status     VARCHAR(16)  NOT NULL,
  PRIMARY KEY (org_id, scan_id, control_id),
  FOREIGN KEY (org_id, scan_id) REFERENCES compliance_scans (org_id, id)
);
CREATE INDEX compliance_scan_controls_history ON compliance_scan_controls (org_id, control_id);

CREATE TABLE compliance_overrides (
  org_id           UUID          NOT NULL REFERENCES organizations (id),
  id               UUID          NOT NULL,
  control_id       VARCHAR(200)  NOT NULL REFERENCES compliance_controls (control_id),
  status           VARCHAR(16)   NOT NULL,
  reason           VARCHAR(2000) NOT NULL,
  expires_at       TIMESTAMP WITH TIME ZONE,
  created_by       UUID          NOT NULL,
  created_by_email VARCHAR(320)  NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (org_id, id)
);
CREATE INDEX compliance_overrides_control ON compliance_overrides (org_id, control_id);

-- What the client dashboard reads: one row per org, rewritten when a scan completes or an override changes.
CREATE TABLE compliance_org_summary (
  org_id             UUID         NOT NULL PRIMARY KEY REFERENCES organizations (id),
  last_scan_id       UUID,
  last_scan_at       TIMESTAMP WITH TIME ZONE,
  compliance_score   NUMERIC(4, 1),
  passing            INTEGER      NOT NULL DEFAULT 0,
  failing            INTEGER      NOT NULL DEFAULT 0,
  critical_failing   INTEGER      NOT NULL DEFAULT 0,
  high_failing       INTEGER      NOT NULL DEFAULT 0,
  -- When an applied override expires, the row is recomputed on its next read.
  recompute_at       TIMESTAMP WITH TIME ZONE,
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
