package org.civicline.web;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Who may do what. Residents need no account: the chat, analyze, Open311 and webhook
 * endpoints are open (each verifies its own callers). Staff automation under
 * {@code /api/v1/admin/**} needs HTTP Basic as a staff user. The first admin comes from
 * {@code CIVICLINE_ADMIN_USER} and {@code CIVICLINE_ADMIN_PASSWORD}; there is no built-in
 * default password, so without them nobody gets in.
 */
@Configuration
@ConditionalOnWebApplication
class StaffSecurity {

	private static final Logger log = LoggerFactory.getLogger(StaffSecurity.class);

	static final String ADMIN = "ADMIN";

	@Bean
	SecurityFilterChain security(HttpSecurity http,
			@Value("${civicline.webchat.allowed-origins:}") List<String> embeddingOrigins) throws Exception {
		String strict = policy(embeddingOrigins, "script-src 'self'; style-src 'self'");
		// The demo page stands in for a city's own page, whose policy is the city's: it
		// keeps every other rule but lets inline scripts and styles run, as accessibility
		// checkers inject theirs. The widget itself is tested under a strict policy.
		String demo = policy(embeddingOrigins, "script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'");
		http.headers((headers) -> headers
			.addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
					isDemoPage(request.getRequestURI()) ? demo : strict))
			// frame-ancestors in the policy says who may frame CivicLine's pages; the
			// older X-Frame-Options header cannot name other sites.
			.frameOptions((frames) -> frames.disable()));
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/api/v1/admin/**").hasRole(ADMIN).anyRequest().permitAll())
			.httpBasic(Customizer.withDefaults())
			.exceptionHandling((errors) -> errors.defaultAuthenticationEntryPointFor(
					new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), (request) -> true))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Machine clients (the chat page's fetch, Twilio, Open311 apps) send no CSRF
			// token; the admin API authenticates every call with Basic credentials, never
			// a
			// cookie.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**", "/webhooks/**", "/open311/**"));
		return http.build();
	}

	/**
	 * Nothing inline and nothing from elsewhere: a script or style that slipped into a
	 * page could not run.
	 */
	static String policy(List<String> embeddingOrigins, String scriptsAndStyles) {
		String ancestors = String.join(" ", embeddingOrigins).strip();
		return "default-src 'self'; " + scriptsAndStyles + "; img-src 'self' data:; connect-src 'self'; "
				+ "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"
				+ (ancestors.isEmpty() ? "" : " " + ancestors);
	}

	private static boolean isDemoPage(String path) {
		return "/".equals(path) || "/index.html".equals(path);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService staff(@Value("${civicline.admin.user:${CIVICLINE_ADMIN_USER:}}") String user,
			@Value("${civicline.admin.password:${CIVICLINE_ADMIN_PASSWORD:}}") String password,
			PasswordEncoder encoder) {
		List<UserDetails> users = new ArrayList<>();
		if (!user.isBlank() && !password.isBlank()) {
			users.add(User.withUsername(user).password(encoder.encode(password)).roles(ADMIN).build());
		}
		else {
			log.warn(
					"No staff admin configured: set CIVICLINE_ADMIN_USER and CIVICLINE_ADMIN_PASSWORD to use the admin API");
		}
		return new InMemoryUserDetailsManager(users);
	}

}
