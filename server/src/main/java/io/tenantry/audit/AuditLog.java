package io.tenantry.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.tenantry.platform.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads, verifies and exports chains for callers allowed to read them. {@code orgId == null}
 * means the platform chain, which only SuperAdmins read.
 */
@Service
public class AuditLog {

	private final AuditRepository repository;

	private final AuditReadPolicy policy;

	AuditLog(AuditRepository repository, AuditReadPolicy policy) {
		this.repository = repository;
		this.policy = policy;
	}

	/** Entries newest first, as the filter asks. */
	@Transactional(readOnly = true)
	public List<AuditEntry> entries(AuditActor caller, @Nullable UUID orgId, AuditFilter filter) {
		return this.repository.page(requireReader(caller, orgId), filter);
	}

	/** Recomputes the whole chain and names its first broken sequence number. */
	@Transactional(readOnly = true)
	public ChainVerification verify(AuditActor caller, @Nullable UUID orgId) {
		UUID chain = requireReader(caller, orgId);
		ChainCheck check = new ChainCheck();
		this.repository.forEach(chain, check::accept);
		check.expectLast(this.repository.lastSeq(chain));
		return check.result();
	}

	/** Checks the caller may read the chain, before any byte of an export is written. */
	public void requireExportable(AuditActor caller, @Nullable UUID orgId) {
		requireReader(caller, orgId);
	}

	/** Writes the chain as JSON Lines, oldest first, one {@link AuditHashing#exportLine} per entry. */
	@Transactional(readOnly = true)
	public void export(AuditActor caller, @Nullable UUID orgId, OutputStream out) {
		this.repository.forEach(requireReader(caller, orgId), (entry) -> {
			try {
				out.write((AuditHashing.exportLine(entry) + "\n").getBytes(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private UUID requireReader(AuditActor caller, @Nullable UUID orgId) {
		if (orgId == null) {
			if (!caller.superAdmin()) {
				throw ProblemException.forbidden("Only SuperAdmins read the platform audit trail.");
			}
			return AuditRepository.PLATFORM;
		}
		this.policy.requireReader(caller, orgId);
		return orgId;
	}

}
