-- The policies' reach test, `org_id = ANY (<the visible orgs as an array>)`, compares each row with
-- the array's elements one by one: for an MSP of 1,000 clients a dashboard read of 1,000 rows made
-- a million comparisons. `org_id IN (SELECT unnest(<the same array>))` is planned as a hashed
-- subplan, built once per statement and probed once per row. The visible orgs and every policy's
-- meaning stay as they are (tenantry_visible_orgs() keeps computing the reach); only the test of
-- membership in that set changes, in every policy of the schema that uses it, whichever migration
-- created it.
DO $$
DECLARE
  scan CONSTANT text := ' = ANY (( SELECT tenantry_visible_orgs() AS tenantry_visible_orgs)::uuid[])';
  probe CONSTANT text := ' IN ( SELECT unnest(tenantry_visible_orgs()) AS org_id)';
  policy RECORD;
BEGIN
  FOR policy IN
    SELECT * FROM pg_policies
    WHERE schemaname = current_schema() AND (strpos(qual, scan) > 0 OR strpos(with_check, scan) > 0)
  LOOP
    IF policy.qual IS NOT NULL THEN
      EXECUTE format('ALTER POLICY %I ON %I USING (%s)', policy.policyname, policy.tablename,
                     replace(policy.qual, scan, probe));
    END IF;
    IF policy.with_check IS NOT NULL THEN
      EXECUTE format('ALTER POLICY %I ON %I WITH CHECK (%s)', policy.policyname, policy.tablename,
                     replace(policy.with_check, scan, probe));
    END IF;
  END LOOP;
  -- Every use of the visible orgs must now be a probe (a policy deparsed in another form would fail here).
  IF EXISTS (SELECT 1 FROM pg_policies, LATERAL (VALUES (concat(qual, ' ', with_check))) AS p (text)
             WHERE schemaname = current_schema()
               AND (SELECT count(*) FROM regexp_matches(p.text, 'tenantry_visible_orgs\(\)', 'g'))
                   <> (SELECT count(*) FROM regexp_matches(p.text, 'unnest\(tenantry_visible_orgs\(\)\)', 'g'))) THEN
    RAISE EXCEPTION 'a policy still scans the visible orgs as an array';
  END IF;
END $$;
