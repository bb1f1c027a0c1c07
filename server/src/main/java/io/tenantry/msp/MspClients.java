package io.tenantry.msp;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.access.Tier;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.Membership;
import io.tenantry.organizations.OrgDirectory;
import io.tenantry.organizations.Organization;
import io.tenantry.platform.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An MSP's client relationships and their tiers; every call needs {@code msp:manage} in the MSP org. */
@Service
public class MspClients {

	private final MspSurface surface;

	private final RelationshipRepository relationships;

	private final OrgDirectory directory;

	private final ApplicationEventPublisher events;

	private final AccessService access;

	private final Clock clock;

	MspClients(MspSurface surface, RelationshipRepository relationships, OrgDirectory directory,
			ApplicationEventPublisher events, AccessService access, Clock clock) {
		this.surface = surface;
		this.access = access;
		this.relationships = relationships;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/** The MSP's clients by name. */
	public List<MspClient> list(CurrentUser caller, UUID mspOrgId) {
		this.surface.requireManage(caller, mspOrgId);
		Map<UUID, MspRelationship> byClient = this.relationships.ofMsps(Set.of(mspOrgId))
			.stream()
			.collect(Collectors.toMap(MspRelationship::clientOrgId, Function.identity()));
		return this.directory.findAll(byClient.keySet())
			.stream()
			.map((client) -> MspClient.of(client.id(), client.name(), byClient.get(client.id()).tier()))
			.toList();
	}

	/**
	 * The MSP's clients that the caller reaches, for views every MSP member may open (the Client
	 * Dashboard): a technician sees the clients granted to it, an MSP OrgAdmin or SuperAdmin all.
	 */
	public List<MspClient> reachable(CurrentUser caller, UUID mspOrgId) {
		ClientReach reach = clientReach(caller, mspOrgId);
		Map<UUID, Tier> tiers = this.relationships.ofMsps(Set.of(mspOrgId))
			.stream()
			.filter((relationship) -> reach.includes(relationship.clientOrgId()))
			.collect(Collectors.toMap(MspRelationship::clientOrgId, MspRelationship::tier));
		return this.directory.findAll(tiers.keySet())
			.stream()
			.filter((client) -> !client.archived())
			.map((client) -> MspClient.of(client.id(), client.name(), tiers.get(client.id())))
			.toList();
	}

	/** Which of the MSP's clients the caller reaches; 404 unless the caller reaches the MSP org. */
	public ClientReach clientReach(CurrentUser caller, UUID mspOrgId) {
		// Holders of msp:manage (the MSP's OrgAdmins, SuperAdmins) reach every unarchived client; anyone
		// else those its grants reach, which takes every grant path to work out.
		if (this.surface.checkManage(caller, mspOrgId).held()) {
			return ClientReach.EVERY_CLIENT;
		}
		return new ClientReach(this.access.reachable(caller, false)
			.stream()
			.map(OrgAccess::orgId)
			.collect(Collectors.toUnmodifiableSet()));
	}

	/** The clients of one MSP a caller reaches: every unarchived one, or those of {@code only}. */
	public record ClientReach(@Nullable Set<UUID> only) {

		static final ClientReach EVERY_CLIENT = new ClientReach(null);

		public boolean includes(UUID clientOrgId) {
			return this.only == null || this.only.contains(clientOrgId);
		}

	}

	/**
	 * The MSP's clients, and the orgs that could become clients: unarchived, not the MSP, not yet
	 * related, and ones the caller may relate (see {@link #add}).
	 */
	public record ClientsPage(List<MspClient> clients, List<Organization> candidates) {
	}

	public ClientsPage page(CurrentUser caller, UUID mspOrgId) {
		List<MspClient> clients = list(caller, mspOrgId);
		Set<UUID> related = clients.stream().map(MspClient::clientOrgId).collect(Collectors.toSet());
		List<Organization> relatable = caller.superAdmin() ? this.directory.unarchived()
				: this.directory.findAll(administeredOrgIds(caller));
		List<Organization> candidates = relatable.stream()
			.filter((org) -> !org.archived() && !org.id().equals(mspOrgId) && !related.contains(org.id()))
			.sorted(Comparator.comparing((Organization org) -> org.name().toLowerCase()))
			.toList();
		return new ClientsPage(clients, candidates);
	}

	/**
	 * Makes an org a client. The client side must have consented: a SuperAdmin may relate any org,
	 * an MSP OrgAdmin only one it manages members of through a direct membership (its own admins
	 * made it one of them). Any other org is unknown to the caller (404), so that no MSP takes
	 * over a tenant, or another MSP and its clients, by naming its id.
	 */
	@Transactional
	public MspClient add(CurrentUser caller, UUID mspOrgId, AddClient command) {
		Organization msp = this.surface.requireManage(caller, mspOrgId);
		Organization client = this.directory.find(command.clientOrgId())
			.filter((org) -> caller.superAdmin() || administeredOrgIds(caller).contains(org.id()))
			.orElseThrow(() -> ProblemException.notFound("No organization " + command.clientOrgId() + "."));
		MspRelationship relationship = MspRelationship.establish(msp, client, command.tier(), this.clock.instant());
		if (this.relationships.find(mspOrgId, client.id()).isPresent()) {
			throw ProblemException.conflict("This organization is already a client of the MSP.");
		}
		this.relationships.insert(relationship);
		this.events.publishEvent(new ClientAdded(mspOrgId, msp.name(), client.id(), command.tier()));
		return MspClient.of(client.id(), client.name(), relationship.tier());
	}

	@Transactional
	public MspClient changeTier(CurrentUser caller, UUID mspOrgId, UUID clientOrgId, ChangeTier command) {
		Organization msp = this.surface.requireManage(caller, mspOrgId);
		MspRelationship relationship = relationship(mspOrgId, clientOrgId);
		Organization client = this.directory.find(clientOrgId).orElseThrow();
		Tier previous = relationship.changeTier(command.tier(), client);
		this.relationships.updateTier(relationship);
		if (previous != command.tier()) {
			this.events.publishEvent(new ClientTierChanged(mspOrgId, msp.name(), clientOrgId, previous, command.tier()));
		}
		return MspClient.of(clientOrgId, client.name(), relationship.tier());
	}

	@Transactional
	public void remove(CurrentUser caller, UUID mspOrgId, UUID clientOrgId) {
		Organization msp = this.surface.requireManage(caller, mspOrgId);
		MspRelationship relationship = relationship(mspOrgId, clientOrgId);
		this.relationships.delete(relationship);
		this.events.publishEvent(new ClientRemoved(mspOrgId, msp.name(), clientOrgId, relationship.tier()));
	}

	/** The orgs where the caller's own membership lets it manage members. */
	private Set<UUID> administeredOrgIds(CurrentUser caller) {
		return this.directory.membershipsOf(caller.id())
			.stream()
			.filter((membership) -> membership.role().capabilities().contains(Capability.MEMBERS_MANAGE))
			.map(Membership::orgId)
			.collect(Collectors.toSet());
	}

	private MspRelationship relationship(UUID mspOrgId, UUID clientOrgId) {
		return this.relationships.find(mspOrgId, clientOrgId)
			.orElseThrow(() -> ProblemException.notFound("No client " + clientOrgId + " of this MSP."));
	}

}
