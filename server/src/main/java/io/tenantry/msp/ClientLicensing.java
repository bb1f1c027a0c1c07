package io.tenantry.msp;

import java.util.List;
import java.util.UUID;

import io.tenantry.access.Tier;

/** The licensing view of an MSP: its KPIs and one row per client. Limits are informational. */
public record ClientLicensing(Kpis kpis, List<Row> clients) {

	/** Status of a client's seats against its limit. */
	public enum Status {

		OK, OVER_LIMIT, UNLIMITED

	}

	/** Client organizations, members across them, summed limits (unlimited excluded), clients over their limit. */
	public record Kpis(int clientOrganizations, int totalLicensedUsers, int seatCapacity, int overLimit) {
	}

	/** One client: {@code seatLimit} 0 means unlimited. */
	public record Row(UUID orgId, String name, Tier tier, String licenseType, int seatLimit, int users, Status status) {

		static Row of(UUID orgId, String name, Tier tier, String licenseType, int seatLimit, int users) {
			Status status = (seatLimit == 0) ? Status.UNLIMITED : (users > seatLimit) ? Status.OVER_LIMIT : Status.OK;
			return new Row(orgId, name, tier, licenseType, seatLimit, users, status);
		}

		/** Share of the limit in use, in percent capped at 100, for usage bars; 0 when unlimited. */
		public int usagePercent() {
			return (this.seatLimit == 0) ? 0 : Math.min(100, this.users * 100 / this.seatLimit);
		}

	}

	static ClientLicensing of(List<Row> rows) {
		return new ClientLicensing(new Kpis(rows.size(), rows.stream().mapToInt(Row::users).sum(),
				rows.stream().mapToInt(Row::seatLimit).sum(),
				(int) rows.stream().filter((row) -> row.status() == Status.OVER_LIMIT).count()), rows);
	}

}
