-- Block lists are tenant rows of the MSP like the allow lists (V6_91), and client staff may read
-- the rows that name their org like the allow lists' (V9_95). A technician's reach reads the
-- block list from its own table (V10_5) since tenantry_visible_orgs() of V10_11.
ALTER TABLE msp_client_access_exclusions ENABLE ROW LEVEL SECURITY;
ALTER TABLE msp_client_access_exclusions FORCE ROW LEVEL SECURITY;
CREATE POLICY schema_owner ON msp_client_access_exclusions TO CURRENT_USER USING (true) WITH CHECK (true);
DO $$
DECLARE
  reach CONSTANT text := '(SELECT tenantry_is_super_admin()) OR msp_org_id = ANY ((SELECT tenantry_visible_orgs())::uuid[])';
BEGIN
  IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
    EXECUTE format('CREATE POLICY tenant_rows ON msp_client_access_exclusions TO %I USING (%s) WITH CHECK (%s)',
                   '${appRole}', reach, reach);
    EXECUTE format('CREATE POLICY msp_access_naming_clients ON msp_client_access_exclusions FOR SELECT TO %I USING ('
                   'client_org_id = ANY ((SELECT tenantry_visible_orgs())::uuid[]))', '${appRole}');
  END IF;
END $$;
