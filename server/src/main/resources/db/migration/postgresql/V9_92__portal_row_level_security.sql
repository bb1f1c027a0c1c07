-- Portal settings are tenant rows like any other (see V6_91). Branding is read before anyone
-- signs in (the portal's sign-in page and theme are branded by host name), so every connection may
-- read it; only users who reach the org may write it.
DO $$
DECLARE
  reach CONSTANT text := '(SELECT tenantry_is_super_admin()) OR org_id = ANY ((SELECT tenantry_visible_orgs())::uuid[])';
  tenant_table text;
BEGIN
  FOREACH tenant_table IN ARRAY ARRAY['portal_settings', 'portal_branding'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('CREATE POLICY schema_owner ON %I TO %I USING (true) WITH CHECK (true)', tenant_table, current_user);
  END LOOP;
  IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
    EXECUTE format('CREATE POLICY tenant_rows ON portal_settings TO %I USING (%s) WITH CHECK (%s)',
                   '${appRole}', reach, reach);
    EXECUTE format('CREATE POLICY public_reads ON portal_branding FOR SELECT TO %I USING (true)', '${appRole}');
    EXECUTE format('CREATE POLICY tenant_inserts ON portal_branding FOR INSERT TO %I WITH CHECK (%s)', '${appRole}', reach);
    EXECUTE format('CREATE POLICY tenant_updates ON portal_branding FOR UPDATE TO %I USING (%s) WITH CHECK (%s)',
                   '${appRole}', reach, reach);
  END IF;
END $$;
