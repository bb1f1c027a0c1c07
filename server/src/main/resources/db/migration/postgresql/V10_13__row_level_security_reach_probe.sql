-- The policies probe the stored reach (V10_12) as a set, instead of having tenantry_visible_orgs()
-- copy it into an array that each policy of each statement unnests again: for an MSP of 1,000
-- clients that copy cost more than the probe. A connection may read its own user's rows of
-- tenantry_reach (orgs it reaches anyway) and nothing else; a live API key's org, read at every
-- statement as before, is the policies' second term. What each policy lets through is unchanged.
ALTER TABLE tenantry_reach ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenantry_reach FORCE ROW LEVEL SECURITY;
CREATE POLICY schema_owner ON tenantry_reach TO CURRENT_USER USING (true) WITH CHECK (true);

CREATE FUNCTION tenantry_key_org() RETURNS uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  RETURN (SELECT k.org_id FROM api_keys k
          WHERE k.id = NULLIF(current_setting('tenantry.user_id', true), '')::uuid
            AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now()));
END $$;

DO $$
DECLARE
  -- A column tested against the visible orgs, as V10_7 wrote every such test.
  visible CONSTANT text := '([A-Za-z_][A-Za-z_0-9.]*) IN \( SELECT unnest\(tenantry_visible_orgs\(\)\) AS org_id\)';
  probe CONSTANT text := '(\1 IN ( SELECT tenantry_reach.org_id FROM tenantry_reach) OR \1 = ( SELECT tenantry_key_org()))';
  policy RECORD;
BEGIN
  IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
    EXECUTE format('GRANT SELECT ON tenantry_reach TO %I', '${appRole}');
    EXECUTE format('CREATE POLICY own_reach ON tenantry_reach FOR SELECT TO %I '
                   'USING (principal_id = (SELECT tenantry_principal()))', '${appRole}');
  END IF;
  FOR policy IN
    SELECT * FROM pg_policies
    WHERE schemaname = current_schema() AND concat(qual, with_check) LIKE '%tenantry_visible_orgs()%'
  LOOP
    IF policy.qual IS NOT NULL THEN
      EXECUTE format('ALTER POLICY %I ON %I USING (%s)', policy.policyname, policy.tablename,
                     regexp_replace(policy.qual, visible, probe, 'g'));
    END IF;
    IF policy.with_check IS NOT NULL THEN
      EXECUTE format('ALTER POLICY %I ON %I WITH CHECK (%s)', policy.policyname, policy.tablename,
                     regexp_replace(policy.with_check, visible, probe, 'g'));
    END IF;
  END LOOP;
END $$;

-- Fails if any policy still calls it in another form.
DROP FUNCTION tenantry_visible_orgs();
