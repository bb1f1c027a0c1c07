package io.tenantry.compliance;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.tenantry.access.Tier;
import org.jspecify.annotations.Nullable;

/** Every client of an MSP that the caller reaches, with its compliance at a glance; worst score first. */
public record ClientDashboard(List<ClientSummary> clients) {

	/** The clients shown with the page's filters: only stale ones, only one tier, or by name instead of worst first. */
	public ClientDashboard filtered(boolean staleOnly, @Nullable Tier tier, boolean byName) {
		Stream<ClientSummary> shown = this.clients.stream()
			.filter((client) -> !staleOnly || client.scanStatus() == ScanStatus.STALE)
			.filter((client) -> tier == null || tier == client.tier());
		if (byName) {
			shown = shown.sorted(Comparator.comparing(ClientSummary::name, String.CASE_INSENSITIVE_ORDER));
		}
		return new ClientDashboard(shown.toList());
	}

}
