-- Change requests: a client asks its MSP for a change; the MSP approves (executing member changes)
-- or rejects it, once. details holds the kind's JSON (member email and role, or free text).
CREATE TABLE change_requests (
  org_id           UUID         NOT NULL REFERENCES organizations (id),
  id               UUID         NOT NULL,
  kind             VARCHAR(20)  NOT NULL,
  target           VARCHAR(320),
  details          TEXT         NOT NULL,
  status           VARCHAR(10)  NOT NULL,
  requested_by     UUID         NOT NULL REFERENCES users (id),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_by       UUID         REFERENCES users (id),
  decided_at       TIMESTAMP WITH TIME ZONE,
  decision_comment VARCHAR(2000),
  PRIMARY KEY (org_id, id)
);
CREATE INDEX change_requests_queue ON change_requests (org_id, status, created_at);
