package org.civicline.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Residents need no account: the chat, analyze, Open311 and webhook
 * endpoints are open (each verifies its own callers). Staff sign in to the console at
 * {@code /console} (a form, a session, CSRF tokens); automation calls
 * {@code /api/v1/admin/**} with HTTP Basic as the same staff accounts. Roles: EDITOR
 * drafts and works queues, PUBLISHER also publishes and runs emergency mode, ADMIN also
 * manages staff and subscribers.
 */
@Configuration
@ConditionalOnWebApplication
class StaffSecurity {

	private static final String EDITOR = "EDITOR";

	private static final String PUBLISHER = "PUBLISHER";

	private static final String ADMIN = "ADMIN";

	// Spring Security would otherwise wrap every filter of every request in an
	// observation, measurable on a busy 2-core server, and nobody reads them. The HTTP
	// request metrics (http.server.requests) stay.
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	WebSecurityCustomizer firewallCheckedWithoutRegularExpressions() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(FirewallCharacters::isAllowedName);
		firewall.setAllowedHeaderValues(FirewallCharacters::isAllowedHeaderValue);
		firewall.setAllowedParameterNames(FirewallCharacters::isAllowedName);
		return (web) -> web.httpFirewall(firewall);
	}

	@Bean
	@Order(1)
	SecurityFilterChain staff(HttpSecurity http,
			@Value("${civicline.webchat.allowed-origins:}") List<String> embeddingOrigins) throws Exception {
		RequestMatcher api = (request) -> request.getRequestURI().startsWith("/api/")
				|| request.getRequestURI().startsWith("/actuator/");
		// A request that carries no session cookie cannot ride a signed-in session, and
		// Basic credentials are sent on purpose: CSRF tokens guard only the cookie path.
		RequestMatcher noSession = (request) -> request.getHeader("Authorization") != null
				|| request.getRequestedSessionId() == null;
		http.securityMatcher("/api/v1/admin/**", "/console", "/console/**", "/login", "/logout", "/actuator/prometheus")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/login")
				.permitAll()
				.requestMatchers("/api/v1/admin/users/**", "/api/v1/admin/users", "/api/v1/admin/alerts/consent",
						"/api/v1/admin/alerts/consent.csv", "/api/v1/admin/open311/**", "/api/v1/admin/subscribers/**",
						"/api/v1/admin/audit", "/api/v1/admin/erasures")
				.hasRole(ADMIN)
				.requestMatchers("/api/v1/admin/emergency", "/api/v1/admin/emergency/**")
				.hasRole(PUBLISHER)
				.requestMatchers(HttpMethod.POST, "/api/v1/admin/faq/*/publish", "/api/v1/admin/faq/*/unpublish",
						"/api/v1/admin/faq/*/rollback", "/api/v1/admin/faq/*/translations/*/reviewed",
						"/api/v1/admin/faq/*/translations/*/publish")
				.hasRole(PUBLISHER)
				// A translation saved is a translation residents read: publishing it is a
				// publisher's call, as for English.
				.requestMatchers(HttpMethod.PUT, "/api/v1/admin/faq/*/translations/*")
				.hasRole(PUBLISHER)
				.anyRequest()
				.hasRole(EDITOR))
			.httpBasic(Customizer.withDefaults())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/console", true).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.exceptionHandling((errors) -> errors
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), (request) -> true))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.csrf((csrf) -> csrf.spa().ignoringRequestMatchers(noSession));
		headers(http, embeddingOrigins);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain residents(HttpSecurity http,
			@Value("${civicline.webchat.allowed-origins:}") List<String> embeddingOrigins) throws Exception {
		// Nobody signs in here, so there is no one to authorize, no session to keep or
		// ride with a forged request (CSRF) and no security context to carry: of Spring
		// Security's filters, residents' requests keep only the security headers. Each
		// endpoint verifies its own callers (Twilio's signature, Telegram's secret, API
		// keys for Open311 writes).
		http.securityContext((context) -> context.disable())
			.sessionManagement((sessions) -> sessions.disable())
			.requestCache((cache) -> cache.disable())
			.logout((logout) -> logout.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.servletApi((servletApi) -> servletApi.disable())
			.exceptionHandling((errors) -> errors.disable())
			.csrf((csrf) -> csrf.disable());
		headers(http, embeddingOrigins);
		return http.build();
	}

	private static void headers(HttpSecurity http, List<String> embeddingOrigins) throws Exception {
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

}
