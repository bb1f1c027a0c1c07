-- Block lists are tenant rows of the MSP like the allow lists (V6_91), and client staff may read
-- the rows that name their org like the allow lists' (V9_95). A technician's reach reads the
-- block list from its own table now (V10_5).
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

CREATE OR REPLACE FUNCTION tenantry_visible_orgs() RETURNS uuid[]
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
       OR (a.all_clients AND NOT EXISTS (SELECT 1 FROM msp_client_access_exclusions x
                                         WHERE x.msp_org_id = a.msp_org_id AND x.user_id = a.user_id
                                           AND x.client_org_id = r.client_org_id))
       OR (NOT a.all_clients AND EXISTS (SELECT 1 FROM msp_client_access_clients l
                                         WHERE l.msp_org_id = a.msp_org_id AND l.user_id = a.user_id
                                           AND l.client_org_id = r.client_org_id))
  ) visible
$$;
