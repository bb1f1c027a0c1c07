-- API keys (see V10_9) are principals of their own: a connection that names a live key's id as
-- tenantry.user_id reaches that key's org, and nothing else (tenantry_visible_orgs() of V10_11).

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
