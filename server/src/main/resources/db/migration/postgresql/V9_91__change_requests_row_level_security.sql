-- Change requests are tenant rows: the application role sees and writes only those of the orgs the
-- connection's user reaches (see V6_91); the migration role keeps its own unrestricted policy.
ALTER TABLE change_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE change_requests FORCE ROW LEVEL SECURITY;
CREATE POLICY schema_owner ON change_requests TO CURRENT_USER USING (true) WITH CHECK (true);
DO $$
DECLARE
  reach CONSTANT text := '(SELECT tenantry_is_super_admin()) OR org_id = ANY ((SELECT tenantry_visible_orgs())::uuid[])';
BEGIN
  IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
    EXECUTE format('CREATE POLICY tenant_rows ON change_requests TO %I USING (%s) WITH CHECK (%s)',
                   '${appRole}', reach, reach);
  END IF;
END $$;
