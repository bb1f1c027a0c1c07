-- A technician's block list (all clients but these) names orgs, not relationships: removing a
-- client and adding it again must not lift the block, as the cascade from msp_relationships did.
-- Allow lists stay in msp_client_access_clients and still go with a removed client (default deny).
CREATE TABLE msp_client_access_exclusions (
  msp_org_id    UUID NOT NULL,
  user_id       UUID NOT NULL,
  client_org_id UUID NOT NULL REFERENCES organizations (id),
  PRIMARY KEY (msp_org_id, user_id, client_org_id),
  FOREIGN KEY (msp_org_id, user_id) REFERENCES msp_client_access (msp_org_id, user_id) ON DELETE CASCADE
);

INSERT INTO msp_client_access_exclusions (msp_org_id, user_id, client_org_id)
SELECT l.msp_org_id, l.user_id, l.client_org_id
FROM msp_client_access_clients l
JOIN msp_client_access a ON a.msp_org_id = l.msp_org_id AND a.user_id = l.user_id
WHERE a.all_clients;

DELETE FROM msp_client_access_clients
WHERE EXISTS (SELECT 1 FROM msp_client_access a
              WHERE a.msp_org_id = msp_client_access_clients.msp_org_id
                AND a.user_id = msp_client_access_clients.user_id AND a.all_clients);
