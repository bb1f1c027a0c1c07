package io.tenantry.platform;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on. The edge maps it once to an RFC 9457 problem with the given
 * status and machine-readable code; modules subclass it with static factories that say what failed.
 */
public class ProblemException extends RuntimeException {

	private final int status;

	private final String code;

	private final List<FieldError> errors;

	protected ProblemException(int status, String code, String detail) {
		this(status, code, detail, List.of());
	}

	protected ProblemException(int status, String code, String detail, List<FieldError> errors) {
		super(detail);
		this.status = status;
		this.code = code;
		this.errors = List.copyOf(errors);
	}

	public int status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	/** Response headers the answer must carry, e.g. {@code Retry-After}; none by default. */
	public Map<String, String> headers() {
		return Map.of();
	}

	/** One rejected field of a request. */
	public record FieldError(String field, String message) {
	}

	public static ProblemException unauthorized(String code, String detail) {
		return new ProblemException(401, code, detail);
	}

	public static ProblemException notFound(String detail) {
		return new ProblemException(404, "not_found", detail);
	}

	public static ProblemException forbidden(String detail) {
		return new ProblemException(403, "forbidden", detail);
	}

	public static ProblemException conflict(String detail) {
		return new ProblemException(409, "conflict", detail);
	}

	public static ProblemException unprocessable(String code, String detail) {
		return new ProblemException(422, code, detail);
	}

	public static ProblemException invalid(String field, String message) {
		return new ProblemException(400, "validation_failed", "The request has invalid fields.",
				List.of(new FieldError(field, message)));
	}

	public static ProblemException badRequest(String code, String detail) {
		return new ProblemException(400, code, detail);
	}

}
