package io.tenantry.platform;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Builds RFC 9457 problems with the {@code code} property that API clients switch on. */
public final class Problems {

	public static final String TYPE_BASE = "https://tenantry.io/problems/";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + code));
		problem.setTitle(titleFor(status));
		problem.setProperty("code", code);
		return problem;
	}

	public static ResponseEntity<Object> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	public static String titleFor(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : "Error";
	}

	public static String codeFor(HttpStatusCode status, Exception ex) {
		if (ex instanceof HttpMessageNotReadableException) {
			return "malformed_request";
		}
		if (ex instanceof MissingServletRequestParameterException || ex instanceof MethodArgumentTypeMismatchException) {
			return "validation_failed";
		}
		if (ex instanceof NoResourceFoundException) {
			return "not_found";
		}
		if (ex instanceof HttpRequestMethodNotSupportedException) {
			return "method_not_allowed";
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return "unsupported_media_type";
		}
		return switch (status.value()) {
			case 400 -> "bad_request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not_found";
			case 405 -> "method_not_allowed";
			case 406 -> "not_acceptable";
			case 409 -> "conflict";
			case 413 -> "payload_too_large";
			case 415 -> "unsupported_media_type";
			case 422 -> "unprocessable";
			case 429 -> "rate_limited";
			default -> (status.is5xxServerError()) ? "internal_error" : "error";
		};
	}

}
