-- Audit trail: one hash chain per org, and the platform chain under the nil UUID. Entries are
-- append-only; each chain's head row is locked by every append, so appends to a chain take turns.
CREATE TABLE audit_chains (
  org_id    UUID     NOT NULL PRIMARY KEY,
  last_seq  BIGINT   NOT NULL,
  last_hash CHAR(64) NOT NULL
);

CREATE TABLE audit_entries (
  org_id              UUID         NOT NULL,
  seq                 BIGINT       NOT NULL CHECK (seq > 0),
  at                  TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_id            UUID,
  actor_email         VARCHAR(320),
  ip                  VARCHAR(64),
  user_agent          VARCHAR(512),
  action              VARCHAR(100) NOT NULL,
  target              VARCHAR(500),
  details             TEXT         NOT NULL,
  on_behalf_of_org_id UUID,
  on_behalf_of_tier   VARCHAR(8),
  prev_hash           CHAR(64)     NOT NULL,
  hash                CHAR(64)     NOT NULL,
  PRIMARY KEY (org_id, seq)
);
