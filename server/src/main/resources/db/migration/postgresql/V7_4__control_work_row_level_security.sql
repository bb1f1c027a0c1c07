-- Row-level security for the control work tables, with the same reach predicate as V7_2: the
-- application role sees and writes rows only of the orgs the connection's user reaches.
DO $$
DECLARE
  predicate CONSTANT text := '(SELECT tenantry_is_super_admin()) OR org_id = ANY ((SELECT tenantry_visible_orgs())::uuid[])';
  tenant_table text;
BEGIN
  FOREACH tenant_table IN ARRAY ARRAY['compliance_comments', 'compliance_assignments', 'compliance_roadmap_items',
                                      'compliance_remediations']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('CREATE POLICY schema_owner ON %I TO %I USING (true) WITH CHECK (true)', tenant_table, current_user);
    IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
      EXECUTE format('CREATE POLICY tenant_rows ON %I TO %I USING (%s) WITH CHECK (%s)',
                     tenant_table, '${appRole}', predicate, predicate);
    END IF;
  END LOOP;
END $$;
