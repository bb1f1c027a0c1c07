-- Evidence bundles are tenant rows like any other (see V6_91): the application role sees and
-- writes only those of the orgs the connection's user reaches.
ALTER TABLE evidence_bundles ENABLE ROW LEVEL SECURITY;
ALTER TABLE evidence_bundles FORCE ROW LEVEL SECURITY;
CREATE POLICY schema_owner ON evidence_bundles TO CURRENT_USER USING (true) WITH CHECK (true);
DO $$
DECLARE
  reach CONSTANT text := '(SELECT tenantry_is_super_admin()) OR org_id = ANY ((SELECT tenantry_visible_orgs())::uuid[])';
BEGIN
  IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
    EXECUTE format('CREATE POLICY tenant_rows ON evidence_bundles TO %I USING (%s) WITH CHECK (%s)',
                   '${appRole}', reach, reach);
  END IF;
END $$;
