-- Work on a control, per org: comments, who is assigned, roadmap items (planned remediation) and the
-- remediations triggered through the org's remediation webhook. org_id leads every primary key.
CREATE TABLE compliance_comments (
  org_id       UUID          NOT NULL REFERENCES organizations (id),
  id           UUID          NOT NULL,
  control_id   VARCHAR(200)  NOT NULL REFERENCES compliance_controls (control_id),
  body         VARCHAR(4000) NOT NULL,
  author_id    UUID          NOT NULL REFERENCES users (id),
  author_email VARCHAR(320)  NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (org_id, id)
);
CREATE INDEX compliance_comments_control ON compliance_comments (org_id, control_id, created_at);

-- At most one assignee per control.
CREATE TABLE compliance_assignments (
  org_id      UUID         NOT NULL REFERENCES organizations (id),
  control_id  VARCHAR(200) NOT NULL REFERENCES compliance_controls (control_id),
  assignee_id UUID         NOT NULL REFERENCES users (id),
  assigned_by UUID         NOT NULL REFERENCES users (id),
  assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (org_id, control_id)
);

CREATE TABLE compliance_roadmap_items (
  org_id           UUID          NOT NULL REFERENCES organizations (id),
  id               UUID          NOT NULL,
  control_id       VARCHAR(200)  NOT NULL REFERENCES compliance_controls (control_id),
  title            VARCHAR(300)  NOT NULL,
  target_date      DATE          NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  notes            VARCHAR(4000),
  created_by       UUID          NOT NULL REFERENCES users (id),
  created_by_email VARCHAR(320)  NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at     TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (org_id, id)
);
CREATE INDEX compliance_roadmap_items_control ON compliance_roadmap_items (org_id, control_id);

-- Each call of the remediation webhook, SENT when it answered 2xx, FAILED otherwise (detail says why).
CREATE TABLE compliance_remediations (
  org_id             UUID          NOT NULL REFERENCES organizations (id),
  id                 UUID          NOT NULL,
  control_id         VARCHAR(200)  NOT NULL REFERENCES compliance_controls (control_id),
  status             VARCHAR(16)   NOT NULL,
  detail             VARCHAR(1000) NOT NULL,
  requested_by       UUID          NOT NULL REFERENCES users (id),
  requested_by_email VARCHAR(320)  NOT NULL,
  requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (org_id, id)
);
CREATE INDEX compliance_remediations_control ON compliance_remediations (org_id, control_id, requested_at);
