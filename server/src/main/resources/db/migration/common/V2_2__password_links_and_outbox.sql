-- Single-use links that set a password (invitations and resets). Only a SHA-256 of each token is stored.
CREATE TABLE password_links (
  token_hash CHAR(64)    NOT NULL PRIMARY KEY,
  user_id    UUID        NOT NULL REFERENCES users (id),
  purpose    VARCHAR(16) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX password_links_user ON password_links (user_id);

-- Mails kept for SuperAdmins to read when no SMTP server is configured.
CREATE TABLE mail_outbox (
  id         UUID          NOT NULL PRIMARY KEY,
  recipient  VARCHAR(320)  NOT NULL,
  subject    VARCHAR(300)  NOT NULL,
  body       VARCHAR(8000) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX mail_outbox_created ON mail_outbox (created_at);
