-- Database-level tenant isolation (PostgreSQL). The application sets tenantry.user_id on every
-- connection it hands out (empty when no one is signed in); the policies let the application
-- role see only rows of the orgs that user reaches. The role that runs the migrations (and owns
-- the functions below) keeps full access through its own policy; no other role sees anything.
-- Tables that are not tenant-owned stay outside: users, api_tokens and the session tables (read
-- before anyone is authenticated), organizations (the tenant registry itself) and audit_chains
-- (each chain's sequence number and last hash, locked by every append, whoever the actor).

-- The active user the connection works for, or NULL.
CREATE FUNCTION tenantry_principal() RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT id FROM users
  WHERE id = NULLIF(current_setting('tenantry.user_id', true), '')::uuid AND status = 'ACTIVE'
$$;

-- An active SuperAdmin reaches every org.
CREATE FUNCTION tenantry_is_super_admin() RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT EXISTS (SELECT 1 FROM users WHERE id = tenantry_principal() AND super_admin)
$$;

-- The orgs the connection's user reaches: direct memberships, and the unarchived clients of an
-- unarchived MSP-enabled org they belong to (OrgAdmins every client, ServiceProvider technicians
-- those their client access names). Mirrors the application's grant paths.
CREATE FUNCTION tenantry_visible_orgs() RETURNS uuid[]
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
       OR a.all_clients <> EXISTS (SELECT 1 FROM msp_client_access_clients l
                                   WHERE l.msp_org_id = a.msp_org_id AND l.user_id = a.user_id
                                     AND l.client_org_id = r.client_org_id)
  ) visible
$$;

-- A row is visible when the connection's user reaches one of its org columns. The sub-selects in
-- the predicate run once per statement (init plans), not once per row.
DO $$
DECLARE
  reach CONSTANT text := '(SELECT tenantry_is_super_admin()) OR %1$I = ANY ((SELECT tenantry_visible_orgs())::uuid[])';
  tenant_table RECORD;
  predicate text;
BEGIN
  FOR tenant_table IN
    SELECT * FROM (VALUES
      ('memberships', ARRAY['org_id']),
      ('msp_relationships', ARRAY['msp_org_id', 'client_org_id']),
      ('msp_client_access', ARRAY['msp_org_id']),
      ('msp_client_access_clients', ARRAY['msp_org_id'])
    ) AS t (name, org_columns)
  LOOP
    SELECT string_agg(format(reach, org_column), ' OR ') INTO predicate FROM unnest(tenant_table.org_columns) AS org_column;
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table.name);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tenant_table.name);
    EXECUTE format('CREATE POLICY schema_owner ON %I TO %I USING (true) WITH CHECK (true)',
                   tenant_table.name, current_user);
    IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
      EXECUTE format('CREATE POLICY tenant_rows ON %I TO %I USING (%s) WITH CHECK (%s)',
                     tenant_table.name, '${appRole}', predicate, predicate);
    END IF;
  END LOOP;

  -- Audit entries: read only in reachable orgs; appended to any chain an event names (a change
  -- through an MSP relationship is recorded on both sides); never updated or deleted.
  ALTER TABLE audit_entries ENABLE ROW LEVEL SECURITY;
  ALTER TABLE audit_entries FORCE ROW LEVEL SECURITY;
  EXECUTE format('CREATE POLICY schema_owner ON audit_entries TO %I USING (true) WITH CHECK (true)', current_user);
  IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
    EXECUTE format('CREATE POLICY tenant_reads ON audit_entries FOR SELECT TO %I USING (%s)',
                   '${appRole}', format(reach, 'org_id'));
    EXECUTE format('CREATE POLICY appends ON audit_entries FOR INSERT TO %I WITH CHECK (true)', '${appRole}');
  END IF;
END $$;
