package org.civicline.console.internal;

import java.security.Principal;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every change staff make, through the console or automation, lands in the audit log with
 * who, what and how it ended; so do console sign-ins and failed attempts.
 */
@Configuration(proxyBeanMethods = false)
class StaffActionAudit implements WebMvcConfigurer {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final StaffAudit audit;

	StaffActionAudit(StaffAudit audit) {
		this.audit = audit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
					Exception ex) {
				Principal staff = request.getUserPrincipal();
				if (staff == null || READS.contains(request.getMethod())) {
					return;
				}
				StaffActionAudit.this.audit.record(staff.getName(), request.getMethod(), request.getRequestURI(),
						"HTTP " + response.getStatus());
			}
		}).addPathPatterns("/api/v1/admin/**");
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		this.audit.record(event.getAuthentication().getName(), "sign-in", "/console", null);
	}

	@EventListener
	void refused(AbstractAuthenticationFailureEvent event) {
		this.audit.record(String.valueOf(event.getAuthentication().getName()), "sign-in-refused", "/console",
				event.getException().getClass().getSimpleName());
	}

}
