package io.tenantry.platform.web;

import java.io.IOException;

import io.tenantry.platform.HttpLimits;
import io.tenantry.platform.PayloadTooLarge;
import io.tenantry.platform.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies over the configured size with 413, before anything reads them:
 * by the declared length up front, and by counting for bodies sent without one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimitFilter extends OncePerRequestFilter {

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final HttpLimits limits;

	private final ProblemWriter problems;

	BodySizeLimitFilter(HttpLimits limits, ProblemWriter problems) {
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request.getRequestURI());
		if (request.getContentLengthLong() > limit) {
			this.problems.write(response, 413, "payload_too_large",
					"The request body is larger than the limit of " + limit + " bytes.");
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit), response);
	}

	private long limitFor(String path) {
		boolean upload = this.limits.uploadPaths().stream().anyMatch((pattern) -> PATHS.match(pattern, path));
		return (upload ? this.limits.maxUploadSize() : this.limits.maxBodySize()).toBytes();
	}

	/** Counts what is read and stops at the limit, for bodies without a Content-Length. */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CountingStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long count;

		CountingStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			this.count += n;
			if (this.count > this.limit) {
				throw new PayloadTooLarge(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
