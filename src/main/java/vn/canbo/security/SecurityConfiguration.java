package vn.canbo.security;

import java.time.Clock;

import jakarta.servlet.ServletException;

import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may open what: form login and sessions in the database for the UI, stateless HTTP
 * Basic with problem-detail errors for {@code /api/**}, both throttled.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LoginProperties.class)
class SecurityConfiguration {

	/** Where a signed-in user who may not open a page is forwarded. */
	static final String ACCESS_DENIED_PAGE = "/access-denied";

	private static final String[] PUBLIC = { "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
			"/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error" };

	@Bean
	AuthenticationManager authenticationManager(AccountDetailsService accounts, LoginThrottle throttle, Clock clock) {
		DaoAuthenticationProvider passwords = new RememberedPasswords(accounts, clock);
		passwords.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	/**
	 * The metrics a monitoring server scrapes: HTTP Basic of an administrator account, no
	 * session; every other actuator endpoint but health stays unexposed.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain metricsSecurity(HttpSecurity http, AuthenticationManager authenticationManager)
			throws Exception {
		return http.securityMatcher("/actuator/prometheus")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(Role.ADMIN.name()))
			.authenticationManager(authenticationManager)
			.httpBasic((basic) -> basic.realmName("CanBo metrics"))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager, ObjectMapper json,
			MessageSource messages, LocaleResolver locales, LoginProperties properties) throws Exception {
		ProblemResponses problems = new ProblemResponses(json, messages, locales);
		// One answer whether the name is unknown, the password wrong or the account
		// locked:
		// a different one would tell which names exist.
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
			if (ex instanceof InternalAuthenticationServiceException) {
				// The accounts could not be read (the database away): not the caller's
				// fault; the outermost filter answers 503 when that is the cause.
				throw new ServletException(ex);
			}
			response.setHeader("WWW-Authenticate", "Basic realm=\"CanBo\", charset=\"UTF-8\"");
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthenticated");
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> problems.write(request, response,
				HttpStatus.FORBIDDEN, "error.forbidden");
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.authenticationManager(authenticationManager)
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthenticated))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
			.headers((headers) -> contentSecurityPolicy(headers, properties))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain uiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			LoginProperties properties) throws Exception {
		// One answer whether the name is unknown, the password wrong or the account
		// locked
		// (the lockout still holds): a different one would tell which names exist.
		AuthenticationFailureHandler failures = new SimpleUrlAuthenticationFailureHandler("/login?error");
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		forbidden.setErrorPage(ACCESS_DENIED_PAGE);
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers(PUBLIC)
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.authenticationManager(authenticationManager)
			.formLogin((form) -> form.loginPage("/login").failureHandler(failures).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(forbidden))
			.headers((headers) -> contentSecurityPolicy(headers, properties))
			.build();
	}

	/**
	 * The response headers besides Spring Security's defaults (no sniffing, no framing,
	 * no caching, HSTS over TLS): the content security policy, and no full address of a
	 * page (which may hold a person's id or a search) sent to other sites.
	 */
	private static void contentSecurityPolicy(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers,
			LoginProperties properties) {
		headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()"))
			.crossOriginOpenerPolicy((opener) -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN));
		if (!properties.contentSecurityPolicy().isBlank()) {
			headers.contentSecurityPolicy((csp) -> csp.policyDirectives(properties.contentSecurityPolicy()));
		}
	}

}
