-- API keys (see V10_9) are principals of their own: a connection that names a live key's id as
-- tenantry.user_id reaches that key's org, and nothing else. The rest of the function is V10_6's.
CREATE OR REPLACE FUNCTION tenantry_visible_orgs() RETURNS uuid[]
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  WITH mine AS (
    SELECT m.org_id, m.role, m.user_id FROM memberships m WHERE m.user_id = tenantry_principal()
  ), msp AS (
    SELECT mine.* FROM mine JOIN organizations o ON o.id = mine.org_id
    WHERE o.msp_portal_enabled AND NOT o.archived AND mine.role IN ('ORG_ADMIN', 'SERVICE_PROVIDER')
  )
  SELECT COALESCE(array_agg(DISTINCT visible.org_id), '{}') FROM (
    SELECT org_id FROM mine
    UNION
    SELECT r.client_org_id FROM msp
    JOIN msp_relationships r ON r.msp_org_id = msp.org_id
    JOIN organizations c ON c.id = r.client_org_id AND NOT c.archived
    LEFT JOIN msp_client_access a ON a.msp_org_id = msp.org_id AND a.user_id = msp.user_id
    WHERE msp.role = 'ORG_ADMIN'
       OR (a.all_clients AND NOT EXISTS (SELECT 1 FROM msp_client_access_exclusions x
                                         WHERE x.msp_org_id = a.msp_org_id AND x.user_id = a.user_id
                                           AND x.client_org_id = r.client_org_id))
       OR (NOT a.all_clients AND EXISTS (SELECT 1 FROM msp_client_access_clients l
                                         WHERE l.msp_org_id = a.msp_org_id AND l.user_id = a.user_id
                                           AND l.client_org_id = r.client_org_id))
    UNION
    SELECT k.org_id FROM api_keys k
    WHERE k.id = NULLIF(current_setting('tenantry.user_id', true), '')::uuid
      AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())
  ) visible
$$;

-- A bearer key arrives before anyone is signed in, so every connection may read the keys (names,
-- prefixes, times and SHA-256 hashes, no secrets) to find the one presented; writes stay with the
-- principals who reach the org.
ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY schema_owner ON api_keys TO CURRENT_USER USING (true) WITH CHECK (true);
DO $$
DECLARE
  -- The hashed probe of V10_7: the visible set is built once per statement.
  reach CONSTANT text := '(SELECT tenantry_is_super_admin()) OR org_id IN (SELECT unnest(tenantry_visible_orgs()) AS org_id)';
BEGIN
  IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
    EXECUTE format('CREATE POLICY tenant_rows ON api_keys TO %I USING (%s) WITH CHECK (%s)', '${appRole}', reach, reach);
    EXECUTE format('CREATE POLICY key_lookups ON api_keys FOR SELECT TO %I USING (true)', '${appRole}');
  END IF;
END $$;
