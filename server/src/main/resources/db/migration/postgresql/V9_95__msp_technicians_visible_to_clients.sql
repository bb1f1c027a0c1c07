-- Client staff may read which technicians of the MSPs that manage their org reach it (their
-- ServiceProvider memberships in those MSP orgs, the MSPs' access rows, and the allow- or
-- block-list rows that name the client), nothing else of them: a new change request is mailed to
-- those technicians as well as to the MSPs' OrgAdmins (V9_93).
DO $$
DECLARE
  msps_of_visible CONSTANT text := '(SELECT r.msp_org_id FROM msp_relationships r '
                                   'WHERE r.client_org_id = ANY ((SELECT tenantry_visible_orgs())::uuid[]))';
BEGIN
  IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
    EXECUTE format('CREATE POLICY msp_technicians_of_clients ON memberships FOR SELECT TO %I USING ('
                   'role = ''SERVICE_PROVIDER'' AND org_id IN %s)', '${appRole}', msps_of_visible);
    EXECUTE format('CREATE POLICY msp_access_of_clients ON msp_client_access FOR SELECT TO %I USING ('
                   'msp_org_id IN %s)', '${appRole}', msps_of_visible);
    EXECUTE format('CREATE POLICY msp_access_naming_clients ON msp_client_access_clients FOR SELECT TO %I USING ('
                   'client_org_id = ANY ((SELECT tenantry_visible_orgs())::uuid[]))', '${appRole}');
  END IF;
END $$;
