-- The application connects as its own role, which owns no table (so row-level security always
-- applies to it). Give that role data access to everything later migrations create.
DO $$
BEGIN
  IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), '${appRole}');
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                   current_schema(), '${appRole}');
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I',
                   current_schema(), '${appRole}');
  END IF;
END $$;
