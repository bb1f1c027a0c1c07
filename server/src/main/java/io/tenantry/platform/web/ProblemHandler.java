package io.tenantry.platform.web;

import java.net.URI;
import java.util.List;

import io.tenantry.platform.ProblemException;
import io.tenantry.platform.Problems;
import io.tenantry.platform.ProblemException.FieldError;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Maps every failure of a request to {@code application/problem+json} with a machine-readable
 * {@code code}. Messages of unexpected exceptions are logged, never shown.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<Object> handleProblem(ProblemException ex) {
		ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(ex.status()), ex.code(), ex.getMessage());
		if (!ex.errors().isEmpty()) {
			problem.setProperty("errors", ex.errors());
		}
		ResponseEntity<Object> response = Problems.response(problem);
		if (ex.headers().isEmpty()) {
			return response;
		}
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(response.getHeaders());
		ex.headers().forEach(headers::set);
		return new ResponseEntity<>(response.getBody(), headers, response.getStatusCode());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex) {
		List<FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldError(leafName(violation.getPropertyPath().toString()), violation.getMessage()))
			.toList();
		return Problems.response(validationFailed(errors));
	}

	@ExceptionHandler(Exception.class)
	@Nullable ResponseEntity<Object> handleUnexpected(Exception ex) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			// The browser went away (e.g. navigated on): nobody is left to answer, and nothing failed.
			log.debug("Client disconnected: {}", ex.getMessage());
			return null;
		}
		log.error("Unexpected failure", ex);
		return Problems.response(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
				"The server could not complete the request."));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
			.toList();
		return Problems.response(validationFailed(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldError(result.getMethodParameter().getParameterName(),
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		return Problems.response(validationFailed(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// A body over its size limit surfaces here, wrapped by the JSON reader.
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ProblemException problem) {
				return handleProblem(problem);
			}
		}
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed_request",
				"The request body is not valid JSON of the expected shape.");
		return Problems.response(problem);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail problem = (body instanceof ProblemDetail detail) ? detail
				: ProblemDetail.forStatus(statusCode);
		problem.setType(URI.create(Problems.TYPE_BASE + Problems.codeFor(statusCode, ex)));
		problem.setProperty("code", Problems.codeFor(statusCode, ex));
		if (problem.getTitle() == null) {
			problem.setTitle(Problems.titleFor(statusCode));
		}
		return ResponseEntity.status(statusCode)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static ProblemDetail validationFailed(List<FieldError> errors) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation_failed",
				"The request has invalid fields.");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String leafName(String path) {
		int dot = path.lastIndexOf('.');
		return (dot < 0) ? path : path.substring(dot + 1);
	}

}
