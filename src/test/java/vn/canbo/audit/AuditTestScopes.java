package vn.canbo.audit;

import java.util.Map;
import java.util.Optional;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.canbo.security.ScopeDirectory;

/**
 * A tiny organisation tree until the organisation module provides the real directory: 1
 * is a province, 2 and 3 are communes in it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AuditTestScopes {

	public static final long PROVINCE = 1;

	public static final long COMMUNE = 2;

	public static final long OTHER_COMMUNE = 3;

	private static final Map<Long, String> PATHS = Map.of(PROVINCE, "/1/", COMMUNE, "/1/2/", OTHER_COMMUNE, "/1/3/");

	@Bean
	@Primary
	ScopeDirectory testScopeDirectory() {
		return new ScopeDirectory() {

			@Override
			public boolean exists(long unitId) {
				return PATHS.containsKey(unitId);
			}

			@Override
			public Optional<String> currentPath(long unitId) {
				return Optional.ofNullable(PATHS.get(unitId));
			}

			@Override
			public Optional<String> label(long unitId) {
				return currentPath(unitId).map((path) -> "Unit " + unitId);
			}

			@Override
			public boolean isWithin(long scopeUnitId, long unitId) {
				String scope = PATHS.get(scopeUnitId);
				String unit = PATHS.get(unitId);
				return scope != null && unit != null && unit.startsWith(scope);
			}

		};
	}

}
