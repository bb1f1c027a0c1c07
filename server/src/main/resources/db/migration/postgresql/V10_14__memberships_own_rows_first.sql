-- A user's own memberships are all in their stored reach (V10_12 counts every membership of the
-- user), so testing a row's user first lets through nothing the policy did not: it spares the
-- access check of one org, which reads the caller's membership there, a hashed set of the
-- caller's whole reach (1,001 orgs for an MSP of 1,000 clients). Inactive users name no principal.
-- Writes keep their check as it was.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_policies
             WHERE schemaname = current_schema() AND tablename = 'memberships' AND policyname = 'tenant_rows') THEN
    ALTER POLICY tenant_rows ON memberships USING (
      (SELECT tenantry_is_super_admin())
      OR user_id = (SELECT tenantry_principal())
      OR org_id IN (SELECT tenantry_reach.org_id FROM tenantry_reach)
      OR org_id = (SELECT tenantry_key_org()));
  END IF;
END $$;
