package io.tenantry.scanning;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import io.tenantry.platform.ProblemException;

/**
 * Decides where outbound webhook calls may go: https to public addresses only, unless the operator's
 * allow-list names the host or a CIDR holding every address it resolves to (which also permits plain
 * http). Every resolved address is checked, so a name with one private address is refused.
 */
final class OutboundGuard {

	/**
	 * Special-purpose ranges (IANA's registries) that no public webhook lives in: "this network",
	 * shared address space, documentation, benchmarking, reserved, NAT64, 6to4, Teredo, unique-local.
	 */
	private static final List<String> NON_PUBLIC = List.of("0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24",
			"192.0.2.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4", "64:ff9b::/96",
			"64:ff9b:1::/48", "100::/64", "2001::/32", "2001:db8::/32", "2002::/16", "fc00::/7");

	private final List<String> allowedHosts;

	OutboundGuard(List<String> allowedHosts) {
		this.allowedHosts = allowedHosts.stream().map((host) -> host.trim().toLowerCase(Locale.ROOT)).toList();
	}

	/** The URI if a call may go there; otherwise a 422 problem naming why. */
	URI check(String url) {
		URI uri;
		try {
			uri = URI.create(url.trim());
		}
		catch (IllegalArgumentException ex) {
			throw refused("is not a valid URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		String host = uri.getHost();
		if (host == null || uri.getUserInfo() != null || !(scheme.equals("https") || scheme.equals("http"))) {
			throw refused("must be an https URL with a host");
		}
		InetAddress[] addresses = resolve(host);
		boolean allowListed = allowListed(host, addresses);
		if (!allowListed && !scheme.equals("https")) {
			throw refused("must use https");
		}
		if (!allowListed) {
			for (InetAddress address : addresses) {
				if (isInternal(address)) {
					throw refused("resolves to the internal address " + address.getHostAddress());
				}
			}
		}
		return uri;
	}

	private boolean allowListed(String host, InetAddress[] addresses) {
		String name = stripBrackets(host).toLowerCase(Locale.ROOT);
		if (this.allowedHosts.contains(name)) {
			return true;
		}
		for (InetAddress address : addresses) {
			if (this.allowedHosts.stream().noneMatch((entry) -> entry.contains("/") && inCidr(address, entry)
					|| entry.equals(address.getHostAddress()))) {
				return false;
			}
		}
		return addresses.length > 0;
	}

	static boolean isInternal(InetAddress address) {
		return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()
				|| NON_PUBLIC.stream().anyMatch((cidr) -> inCidr(address, cidr));
	}

	static boolean inCidr(InetAddress address, String cidr) {
		String[] parts = cidr.split("/", 2);
		try {
			byte[] network = InetAddress.getByName(parts[0]).getAddress();
			byte[] candidate = address.getAddress();
			int bits = Integer.parseInt(parts[1]);
			if (network.length != candidate.length || bits < 0 || bits > network.length * 8) {
				return false;
			}
			for (int i = 0; i < bits; i++) {
				int mask = 0x80 >>> (i % 8);
				if ((network[i / 8] & mask) != (candidate[i / 8] & mask)) {
					return false;
				}
			}
			return true;
		}
		catch (UnknownHostException | NumberFormatException ex) {
			return false;
		}
	}

	private static InetAddress[] resolve(String host) {
		try {
			return InetAddress.getAllByName(stripBrackets(host));
		}
		catch (UnknownHostException ex) {
			throw refused("has a host that does not resolve");
		}
	}

	private static String stripBrackets(String host) {
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

	private static ProblemException refused(String why) {
		return ProblemException.unprocessable("webhook_refused", "The webhook URL " + why + ".");
	}

}
