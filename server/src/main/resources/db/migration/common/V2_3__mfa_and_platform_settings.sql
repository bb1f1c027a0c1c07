-- TOTP secrets, AES-GCM encrypted with the platform's MFA key. confirmed_at is null while enrolment is pending.
CREATE TABLE mfa_credentials (
  user_id          UUID         NOT NULL PRIMARY KEY REFERENCES users (id),
  secret_encrypted VARCHAR(512) NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  confirmed_at     TIMESTAMP WITH TIME ZONE
);

-- One-time recovery codes; only a SHA-256 of each (80 random bits) is stored.
CREATE TABLE mfa_recovery_codes (
  user_id   UUID     NOT NULL REFERENCES users (id),
  code_hash CHAR(64) NOT NULL,
  used_at   TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (user_id, code_hash)
);

-- Platform-wide settings that SuperAdmins change at run time.
CREATE TABLE platform_settings (
  setting_name  VARCHAR(100)  NOT NULL PRIMARY KEY,
  setting_value VARCHAR(1000) NOT NULL
);
INSERT INTO platform_settings (setting_name, setting_value) VALUES ('requireMfaForPrivileged', 'false');
