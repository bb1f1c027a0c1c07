-- API keys: org-bound credentials for agents and scripts (read compliance, import scans). Only a
-- SHA-256 of each key is kept; a key works until it expires or is revoked, whoever created it.
CREATE TABLE api_keys (
  org_id       UUID         NOT NULL REFERENCES organizations (id),
  id           UUID         NOT NULL,
  name         VARCHAR(100) NOT NULL,
  prefix       VARCHAR(16)  NOT NULL,
  key_hash     CHAR(64)     NOT NULL,
  created_by   UUID         NOT NULL REFERENCES users (id),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE,
  last_used_at TIMESTAMP WITH TIME ZONE,
  revoked_at   TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (org_id, id)
);
CREATE UNIQUE INDEX api_keys_hash ON api_keys (key_hash);
CREATE UNIQUE INDEX api_keys_id ON api_keys (id);
