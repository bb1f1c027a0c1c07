-- The orgs each user reaches are stored, not worked out on every statement: for an MSP of 1,000
-- clients V10_11's reach took as long as the read it guarded, and an import sends dozens of
-- batched inserts. tenantry_reach holds V10_11's answer per user; a change to any table the answer
-- is made of works it out again, in the same transaction, for the users the change concerns. The
-- policies probe the stored answer as a set instead of calling tenantry_visible_orgs(); the
-- signed-in user's status and a live API key's org are still read as they are at each statement.
-- What each policy lets through is unchanged.
CREATE TABLE tenantry_reach (
  principal_id UUID NOT NULL,
  org_id       UUID NOT NULL,
  PRIMARY KEY (principal_id, org_id)
);
-- A connection reads its own active user's rows (orgs it reaches anyway) and nothing else; only
-- the functions below, which run as the schema's owner, write it.
ALTER TABLE tenantry_reach ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenantry_reach FORCE ROW LEVEL SECURITY;
CREATE POLICY schema_owner ON tenantry_reach TO CURRENT_USER USING (true) WITH CHECK (true);
DO $$
BEGIN
  IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON tenantry_reach FROM %I', '${appRole}');
    EXECUTE format('CREATE POLICY own_reach ON tenantry_reach FOR SELECT TO %I '
                   'USING (principal_id = (SELECT tenantry_principal()))', '${appRole}');
  END IF;
END $$;

-- V10_11's reach of a user, whatever the user's status.
CREATE FUNCTION tenantry_reach_of(principal uuid) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  WITH mine AS (
    SELECT m.org_id, m.role, m.user_id FROM memberships m WHERE m.user_id = principal
  ), msp AS (
    SELECT mine.* FROM mine JOIN organizations o ON o.id = mine.org_id
    WHERE o.msp_portal_enabled AND NOT o.archived AND mine.role IN ('ORG_ADMIN', 'SERVICE_PROVIDER')
  )
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
$$;

-- Works the users' reach out again. Every refresh takes one transaction-long lock first: a change
-- that commits while another transaction refreshes is then seen by that refresh's statements
-- (each reads what has committed by its start), so two changes made side by side cannot leave an
-- answer that misses either of them.
CREATE FUNCTION tenantry_refresh_reach(principals uuid[]) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF cardinality(principals) = 0 THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('tenantry_reach'));
  DELETE FROM tenantry_reach WHERE principal_id = ANY (principals);
  INSERT INTO tenantry_reach (principal_id, org_id)
  SELECT DISTINCT p.id, reached.org_id
  FROM unnest(principals) AS p (id), LATERAL tenantry_reach_of(p.id) AS reached (org_id);
END $$;

-- The users whose reach a change of rows (the statement's transition table, `changed`) concerns:
-- those named in the rows, the members of an MSP whose clients changed, and for an org the members
-- of it and of the MSPs it is a client of. Which users a change concerns is read after the lock, so it
-- includes members added by transactions that committed meanwhile.
CREATE FUNCTION tenantry_reach_changed() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  principals uuid[];
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('tenantry_reach'));
  IF TG_TABLE_NAME = 'msp_relationships' THEN
    SELECT array_agg(DISTINCT m.user_id) INTO principals
    FROM changed c JOIN memberships m ON m.org_id = c.msp_org_id;
  ELSIF TG_TABLE_NAME = 'organizations' THEN
    SELECT array_agg(DISTINCT m.user_id) INTO principals
    FROM memberships m
    WHERE m.org_id IN (SELECT c.id FROM changed c
                       UNION
                       SELECT r.msp_org_id FROM changed c JOIN msp_relationships r ON r.client_org_id = c.id);
  ELSE
    SELECT array_agg(DISTINCT c.user_id) INTO principals FROM changed c;
  END IF;
  PERFORM tenantry_refresh_reach(COALESCE(principals, '{}'));
  RETURN NULL;
END $$;

CREATE FUNCTION tenantry_reach_truncated() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  PERFORM tenantry_refresh_reach((SELECT COALESCE(array_agg(principal_id), '{}') FROM tenantry_reach));
  RETURN NULL;
END $$;

-- The tables tenantry_reach_of() reads. Updates never change the columns that name whom a row
-- concerns, so the rows after an update name them all.
DO $$
DECLARE
  reach_input text;
BEGIN
  FOREACH reach_input IN ARRAY ARRAY['memberships', 'organizations', 'msp_relationships', 'msp_client_access',
                                     'msp_client_access_clients', 'msp_client_access_exclusions'] LOOP
    EXECUTE format('CREATE TRIGGER reach_inserted AFTER INSERT ON %I REFERENCING NEW TABLE AS changed '
                   'FOR EACH STATEMENT EXECUTE FUNCTION tenantry_reach_changed()', reach_input);
    EXECUTE format('CREATE TRIGGER reach_updated AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed '
                   'FOR EACH STATEMENT EXECUTE FUNCTION tenantry_reach_changed()', reach_input);
    EXECUTE format('CREATE TRIGGER reach_deleted AFTER DELETE ON %I REFERENCING OLD TABLE AS changed '
                   'FOR EACH STATEMENT EXECUTE FUNCTION tenantry_reach_changed()', reach_input);
    EXECUTE format('CREATE TRIGGER reach_truncated AFTER TRUNCATE ON %I '
                   'FOR EACH STATEMENT EXECUTE FUNCTION tenantry_reach_truncated()', reach_input);
  END LOOP;
END $$;

INSERT INTO tenantry_reach (principal_id, org_id)
SELECT DISTINCT u.id, reached.org_id FROM users u, LATERAL tenantry_reach_of(u.id) AS reached (org_id);

-- Another user's reach is not the application's to read, nor a refresh its to start.
REVOKE EXECUTE ON FUNCTION tenantry_reach_of(uuid), tenantry_refresh_reach(uuid[]) FROM PUBLIC;

-- The policies' second term: the org of the live API key the connection names (V10_9).
CREATE FUNCTION tenantry_key_org() RETURNS uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  RETURN (SELECT k.org_id FROM api_keys k
          WHERE k.id = NULLIF(current_setting('tenantry.user_id', true), '')::uuid
            AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now()));
END $$;

DO $$
DECLARE
  -- A column tested against the visible orgs, as V10_7 wrote every such test.
  visible CONSTANT text := '([A-Za-z_][A-Za-z_0-9.]*) IN \( SELECT unnest\(tenantry_visible_orgs\(\)\) AS org_id\)';
  probe CONSTANT text := '(\1 IN ( SELECT tenantry_reach.org_id FROM tenantry_reach) OR \1 = ( SELECT tenantry_key_org()))';
  policy RECORD;
BEGIN
  FOR policy IN
    SELECT * FROM pg_policies
    WHERE schemaname = current_schema() AND concat(qual, with_check) LIKE '%tenantry_visible_orgs()%'
  LOOP
    IF policy.qual IS NOT NULL THEN
      EXECUTE format('ALTER POLICY %I ON %I USING (%s)', policy.policyname, policy.tablename,
                     regexp_replace(policy.qual, visible, probe, 'g'));
    END IF;
    IF policy.with_check IS NOT NULL THEN
      EXECUTE format('ALTER POLICY %I ON %I WITH CHECK (%s)', policy.policyname, policy.tablename,
                     regexp_replace(policy.with_check, visible, probe, 'g'));
    END IF;
  END LOOP;
END $$;

-- Fails if any policy still calls it in another form.
DROP FUNCTION tenantry_visible_orgs();
