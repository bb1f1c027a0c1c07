-- Row-level security for the scanning tables (see V6_91). Callbacks arrive without a signed-in user
-- and the schedule and timeout sweeps span orgs, so every connection may read schedules and pending
-- runs (ids, times and token hashes, no secrets) to find the user the work then runs as; writes, and
-- the settings with the webhook secret, stay with the users who reach the org.
DO $$
DECLARE
  reach CONSTANT text := '(SELECT tenantry_is_super_admin()) OR org_id = ANY ((SELECT tenantry_visible_orgs())::uuid[])';
  tenant_table text;
BEGIN
  FOREACH tenant_table IN ARRAY ARRAY['scan_settings', 'scan_schedules', 'scan_runs'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('CREATE POLICY schema_owner ON %I TO %I USING (true) WITH CHECK (true)', tenant_table, current_user);
    IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
      EXECUTE format('CREATE POLICY tenant_rows ON %I TO %I USING (%s) WITH CHECK (%s)',
                     tenant_table, '${appRole}', reach, reach);
    END IF;
  END LOOP;
  IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
    EXECUTE format('CREATE POLICY sweep_reads ON scan_schedules FOR SELECT TO %I USING (true)', '${appRole}');
    EXECUTE format('CREATE POLICY sweep_reads ON scan_runs FOR SELECT TO %I USING (true)', '${appRole}');
  END IF;
END $$;
