package org.civicline.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error as {@code {"error": "..."}} with a 4xx that says what to change;
 * anything unexpected is logged here and answered with a 500 that reveals nothing of the
 * server.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	/** A browser closed an event stream; there is no one left to answer. */
	@ExceptionHandler(AsyncRequestNotUsableException.class)
	void clientGone(AsyncRequestNotUsableException ex) {
		log.debug("A client went away mid-response: {}", ex.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException ex) {
		return error(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape.");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException ex) {
		return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the request as application/json.");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<Map<String, String>> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return error(HttpStatus.NOT_ACCEPTABLE, "This endpoint answers in application/json.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException ex) {
		return error(HttpStatus.METHOD_NOT_ALLOWED, "This endpoint does not accept " + ex.getMethod() + ".");
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<Map<String, String>> invalid(MethodArgumentNotValidException ex) {
		String detail = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((field) -> field.getField() + " " + field.getDefaultMessage())
			.findFirst()
			.orElse("the request is not valid");
		return error(HttpStatus.BAD_REQUEST, "Invalid request: " + detail + ".");
	}

	// A form or query string with a broken percent-escape ("a=%zz"): Tomcat refuses to
	// decode it when the parameters are first read.
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ResponseEntity<Map<String, String>> undecodable(org.apache.tomcat.util.http.InvalidParameterException ex) {
		return error(HttpStatus.BAD_REQUEST,
				"A parameter could not be decoded: every % must be followed by two hexadecimal digits.");
	}

	// Spring Security's firewall checks a parameter's name and value when they are first
	// read (control characters, unassigned code points): the client's error, not ours.
	@ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
	ResponseEntity<Map<String, String>> rejected(
			org.springframework.security.web.firewall.RequestRejectedException ex) {
		return error(HttpStatus.BAD_REQUEST,
				"A parameter's name or value holds characters that are not allowed (control characters).");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<Map<String, String>> notFound(NoResourceFoundException ex) {
		return error(HttpStatus.NOT_FOUND, "Nothing here: " + ex.getResourcePath());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, String>> unexpected(Exception ex) {
		log.error("Unexpected error answering a request", ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again.");
	}

	private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("error", message));
	}

}
