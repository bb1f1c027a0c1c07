package io.tenantry.audit;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The client address of a request: the remote address, or, when that is a trusted proxy, the
 * nearest untrusted address of {@code X-Forwarded-For} (read right to left, as proxies append).
 */
final class TrustedProxies {

	private final List<Block> blocks;

	TrustedProxies(List<String> cidrs) {
		this.blocks = cidrs.stream().map(Block::parse).toList();
	}

	String clientAddress(String remoteAddress, @Nullable String forwardedFor) {
		if (forwardedFor == null || !trusted(remoteAddress)) {
			return remoteAddress;
		}
		String[] hops = forwardedFor.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].trim();
			if (!hop.isEmpty() && !trusted(hop)) {
				return hop;
			}
		}
		return remoteAddress;
	}

	private boolean trusted(String address) {
		byte[] bytes = literal(address);
		return bytes != null && this.blocks.stream().anyMatch((block) -> block.contains(bytes));
	}

	/** The bytes of an IP literal; {@code null} for anything else (never a DNS lookup). */
	private static byte @Nullable [] literal(String address) {
		if (!address.matches("[0-9a-fA-F:.]+")) {
			return null;
		}
		try {
			return InetAddress.getByName(address).getAddress();
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	private record Block(byte[] network, int prefix) {

		static Block parse(String cidr) {
			String[] parts = cidr.trim().split("/");
			byte[] network = literal(parts[0]);
			if (network == null) {
				throw new IllegalArgumentException("Not an IP address block: " + cidr);
			}
			int prefix = (parts.length > 1) ? Integer.parseInt(parts[1]) : network.length * 8;
			return new Block(network, prefix);
		}

		boolean contains(byte[] address) {
			if (address.length != this.network.length) {
				return false;
			}
			int bits = address.length * 8;
			BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
				.xor(BigInteger.ONE.shiftLeft(bits - this.prefix).subtract(BigInteger.ONE));
			return new BigInteger(1, address).and(mask).equals(new BigInteger(1, this.network).and(mask));
		}

	}

}
