package io.tenantry.compliance;

import java.util.List;

/** Every client of an MSP that the caller reaches, with its compliance at a glance. */
public record ClientDashboard(List<ClientSummary> clients) {
}
