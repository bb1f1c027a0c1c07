-- The functions the row-level security policies call, in PL/pgSQL: a SQL function that cannot be
-- inlined (SECURITY DEFINER) is planned again on every statement, while PL/pgSQL keeps its plans
-- for the connection. The orgs a principal reaches are V6_91's, with block lists read from their
-- own table (V10_5) and a live API key reaching its org (V10_9).
CREATE OR REPLACE FUNCTION tenantry_principal() RETURNS uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  RETURN (SELECT id FROM users
          WHERE id = NULLIF(current_setting('tenantry.user_id', true), '')::uuid AND status = 'ACTIVE');
END $$;

CREATE OR REPLACE FUNCTION tenantry_is_super_admin() RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM users WHERE id = tenantry_principal() AND super_admin);
END $$;

CREATE OR REPLACE FUNCTION tenantry_visible_orgs() RETURNS uuid[]
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  principal CONSTANT uuid := tenantry_principal();
  visible uuid[];
BEGIN
  WITH mine AS (
    SELECT m.org_id, m.role, m.user_id FROM memberships m WHERE m.user_id = principal
  ), msp AS (
    SELECT mine.* FROM mine JOIN organizations o ON o.id = mine.org_id
    WHERE o.msp_portal_enabled AND NOT o.archived AND mine.role IN ('ORG_ADMIN', 'SERVICE_PROVIDER')
  )
  SELECT COALESCE(array_agg(DISTINCT reached.org_id), '{}') INTO visible FROM (
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
    UNION
    SELECT k.org_id FROM api_keys k
    WHERE k.id = NULLIF(current_setting('tenantry.user_id', true), '')::uuid
      AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())
  ) reached;
  RETURN visible;
END $$;
