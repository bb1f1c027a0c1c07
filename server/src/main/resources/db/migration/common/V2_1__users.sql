-- Users and their API tokens. email_key is the lower-cased email: emails are unique regardless of case.
CREATE TABLE users (
  id            UUID         NOT NULL PRIMARY KEY,
  email         VARCHAR(320) NOT NULL,
  email_key     VARCHAR(320) NOT NULL,
  name          VARCHAR(200) NOT NULL,
  password_hash VARCHAR(255),
  status        VARCHAR(16)  NOT NULL,
  super_admin   BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT users_email_key UNIQUE (email_key)
);

-- Only a SHA-256 of each bearer token is stored.
CREATE TABLE api_tokens (
  token_hash CHAR(64) NOT NULL PRIMARY KEY,
  user_id    UUID     NOT NULL REFERENCES users (id),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);
