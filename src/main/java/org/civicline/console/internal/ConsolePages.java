package org.civicline.console.internal;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The sign-in page and the console's entry point. */
@Controller
class ConsolePages {

	@GetMapping("/console")
	String console() {
		return "forward:/console/index.html";
	}

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String login(CsrfToken csrf, @RequestParam(required = false) String error,
			@RequestParam(required = false) String signedOut) {
		String notice = (error != null) ? "<p class=\"notice error\" role=\"alert\">Wrong username or password.</p>"
				: (signedOut != null) ? "<p class=\"notice\" role=\"status\">You are signed out.</p>" : "";
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Sign in - CivicLine staff console</title>
				<link rel="icon" href="data:,">
				<link rel="stylesheet" href="/console-assets/console.css">
				</head>
				<body class="login">
				<main>
				<h1>CivicLine staff console</h1>
				%s
				<form method="post" action="/login">
				<label for="username">Username</label>
				<input id="username" name="username" autocomplete="username" required autofocus>
				<label for="password">Password</label>
				<input id="password" name="password" type="password" autocomplete="current-password" required>
				<input type="hidden" name="%s" value="%s">
				<button type="submit">Sign in</button>
				</form>
				</main>
				</body>
				</html>
				""".formatted(notice, HtmlUtils.htmlEscape(csrf.getParameterName()),
				HtmlUtils.htmlEscape(csrf.getToken()));
	}

}
