-- Organizations (tenants) and their members. Archiving keeps every row; nothing is deleted.
CREATE TABLE organizations (
  id                    UUID         NOT NULL PRIMARY KEY,
  name                  VARCHAR(200) NOT NULL,
  msp_portal_enabled    BOOLEAN      NOT NULL DEFAULT FALSE,
  archived              BOOLEAN      NOT NULL DEFAULT FALSE,
  license_type          VARCHAR(32)  NOT NULL DEFAULT 'per-user-all-features',
  license_limit         INTEGER      NOT NULL DEFAULT 0 CHECK (license_limit >= 0),
  scan_stale_after_days INTEGER      NOT NULL DEFAULT 7 CHECK (scan_stale_after_days > 0),
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE memberships (
  org_id     UUID        NOT NULL REFERENCES organizations (id),
  user_id    UUID        NOT NULL REFERENCES users (id),
  role       VARCHAR(32) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (org_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);
