-- Client staff may read who administers the MSPs that manage their org (the OrgAdmin memberships
-- of those MSP orgs, nothing else of them): a new change request is mailed to those people.
DO $$
BEGIN
  IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
    EXECUTE format('CREATE POLICY msp_admins_of_clients ON memberships FOR SELECT TO %I USING ('
                   'role = ''ORG_ADMIN'' AND org_id IN (SELECT r.msp_org_id FROM msp_relationships r '
                   'WHERE r.client_org_id = ANY ((SELECT tenantry_visible_orgs())::uuid[])))', '${appRole}');
  END IF;
END $$;
