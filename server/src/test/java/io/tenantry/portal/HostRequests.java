package io.tenantry.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Plain HTTP/1.1 GETs that name another host in the Host header (java.net.http refuses to),
 * as a browser on a client's portal host name would send them.
 */
final class HostRequests {

	private HostRequests() {
	}

	/** The whole response, status line, headers and body, as text. */
	static String get(String baseUrl, String path, String host) {
		return get(baseUrl, path, host, null);
	}

	static String get(String baseUrl, String path, String host, String cookie) {
		URI base = URI.create(baseUrl);
		try (Socket socket = new Socket(base.getHost(), base.getPort())) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
					+ ((cookie != null) ? "Cookie: " + cookie + "\r\n" : "") + "Connection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
