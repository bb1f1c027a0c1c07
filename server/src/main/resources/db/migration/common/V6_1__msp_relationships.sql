-- MSP relationships: an MSP org reaches a client org at a tier. Not transitive.
CREATE TABLE msp_relationships (
  msp_org_id    UUID       NOT NULL REFERENCES organizations (id),
  client_org_id UUID       NOT NULL REFERENCES organizations (id),
  tier          VARCHAR(2) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (msp_org_id, client_org_id),
  CHECK (msp_org_id <> client_org_id)
);
CREATE INDEX msp_relationships_client ON msp_relationships (client_org_id);

-- Which clients a ServiceProvider technician reaches: with all_clients, every client but the
-- listed ones; without, only the listed ones. No row means no client.
CREATE TABLE msp_client_access (
  msp_org_id  UUID    NOT NULL REFERENCES organizations (id),
  user_id     UUID    NOT NULL REFERENCES users (id),
  all_clients BOOLEAN NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (msp_org_id, user_id)
);

CREATE TABLE msp_client_access_clients (
  msp_org_id    UUID NOT NULL,
  user_id       UUID NOT NULL,
  client_org_id UUID NOT NULL,
  PRIMARY KEY (msp_org_id, user_id, client_org_id),
  FOREIGN KEY (msp_org_id, user_id) REFERENCES msp_client_access (msp_org_id, user_id) ON DELETE CASCADE,
  FOREIGN KEY (msp_org_id, client_org_id) REFERENCES msp_relationships (msp_org_id, client_org_id) ON DELETE CASCADE
);
