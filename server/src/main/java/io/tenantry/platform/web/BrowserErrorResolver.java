package io.tenantry.platform.web;

import java.io.IOException;

import io.tenantry.platform.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers failures of browser page requests with the HTML error pages ({@code templates/error/})
 * instead of problem+json: it hands the status to the servlet container's error page. API paths,
 * and clients that do not ask for HTML, fall through to {@link ProblemHandler}.
 */
@Component
class BrowserErrorResolver implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(BrowserErrorResolver.class);

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!isPageRequest(request)) {
			return null;
		}
		int status = statusOf(ex);
		if (status >= 500) {
			log.error("Unexpected failure of {}", request.getRequestURI(), ex);
		}
		try {
			response.sendError(status);
		}
		catch (IOException sendFailed) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		// Before the @ExceptionHandler resolvers; after Boot's DefaultErrorAttributes, which only records.
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	static boolean isPageRequest(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
			return false;
		}
		return request.getHeader("HX-Request") != null || acceptsHtml(request.getHeader(HttpHeaders.ACCEPT));
	}

	private static boolean acceptsHtml(@Nullable String accept) {
		if (accept == null) {
			return false;
		}
		try {
			return MediaType.parseMediaTypes(accept).stream().anyMatch(MediaType.TEXT_HTML::equalsTypeAndSubtype);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static int statusOf(Exception ex) {
		if (ex instanceof ProblemException problem) {
			return problem.status();
		}
		if (ex instanceof AccessDeniedException) {
			return 403;
		}
		if (ex instanceof ErrorResponse error) {
			return error.getStatusCode().value();
		}
		return 500;
	}

}
