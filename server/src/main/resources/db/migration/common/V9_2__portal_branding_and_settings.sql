-- A client's white-label identity for its portal and mails. portal_host (lower case) maps a
-- host name to the org, so it is unique across orgs. The logo is kept only as PNG or JPEG.
CREATE TABLE portal_branding (
  org_id        UUID         NOT NULL PRIMARY KEY REFERENCES organizations (id),
  product_name  VARCHAR(80)  NOT NULL,
  primary_color VARCHAR(7)   NOT NULL,
  support_email VARCHAR(320),
  portal_host   VARCHAR(253),
  logo          BYTEA,
  logo_type     VARCHAR(20),
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX portal_branding_host ON portal_branding (portal_host);

-- Which portal modules a client's portal users see; no row means all of them.
CREATE TABLE portal_settings (
  org_id     UUID    NOT NULL PRIMARY KEY REFERENCES organizations (id),
  dashboard  BOOLEAN NOT NULL,
  scorecard  BOOLEAN NOT NULL,
  licences   BOOLEAN NOT NULL,
  users      BOOLEAN NOT NULL,
  security   BOOLEAN NOT NULL,
  reports    BOOLEAN NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
