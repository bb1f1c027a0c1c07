package io.tenantry.portal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.tenantry.access.Capability;

/**
 * What a change request asks for. Member kinds the platform executes on approval, and deciding
 * them needs {@code members:manage}; anything else the MSP carries out itself.
 */
public enum ChangeKind {

	ADD_MEMBER("add-member", true), REMOVE_MEMBER("remove-member", true), CHANGE_ROLE("change-role", true),
	OTHER("other", false);

	private final String value;

	private final boolean memberChange;

	ChangeKind(String value, boolean memberChange) {
		this.value = value;
		this.memberChange = memberChange;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	/** Whether approval executes it (through the organizations module) rather than only recording it. */
	public boolean executable() {
		return this.memberChange;
	}

	/** What the MSP side needs in the client to decide it. */
	public Capability decisionCapability() {
		return this.memberChange ? Capability.MEMBERS_MANAGE : Capability.CHANGEREQUEST_CREATE;
	}

	@JsonCreator
	public static ChangeKind of(String value) {
		for (ChangeKind kind : values()) {
			if (kind.value.equals(value)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("Unknown kind " + value);
	}

}
