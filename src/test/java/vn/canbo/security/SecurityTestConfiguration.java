package vn.canbo.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

import vn.canbo.shared.DataChanged;

/**
 * A tiny organisation tree for security tests (the real directory belongs to the orgunits
 * module) and a collector of published {@link DataChanged} events.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SecurityTestConfiguration {

	/** Province 1 with communes 2 and 3; province 4 is elsewhere. */
	public static final long PROVINCE = 1;

	public static final long COMMUNE = 2;

	public static final long OTHER_COMMUNE = 3;

	public static final long OTHER_PROVINCE = 4;

	@Bean
	@Primary
	ScopeDirectory testScopeDirectory() {
		return new FixedScopeDirectory(
				Map.of(PROVINCE, "/1/", COMMUNE, "/1/2/", OTHER_COMMUNE, "/1/3/", OTHER_PROVINCE, "/4/"));
	}

	@Bean
	DataChangedEvents dataChangedEvents() {
		return new DataChangedEvents();
	}

	/** An in-memory tree given by materialised paths. */
	record FixedScopeDirectory(Map<Long, String> paths) implements ScopeDirectory {

		@Override
		public boolean exists(long unitId) {
			return this.paths.containsKey(unitId);
		}

		@Override
		public Optional<String> currentPath(long unitId) {
			return Optional.ofNullable(this.paths.get(unitId));
		}

		@Override
		public Optional<String> label(long unitId) {
			return exists(unitId) ? Optional.of("Đơn vị thử " + unitId) : Optional.empty();
		}

		@Override
		public boolean isWithin(long scopeUnitId, long unitId) {
			String scope = this.paths.get(scopeUnitId);
			String unit = this.paths.get(unitId);
			return scope != null && unit != null && unit.startsWith(scope);
		}

	}

	/** Keeps every DataChanged published in this test JVM. */
	public static class DataChangedEvents {

		private final List<DataChanged> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(DataChanged event) {
			this.events.add(event);
		}

		List<DataChanged> about(String entityType, long id) {
			return this.events.stream()
				.filter((event) -> event.entityType().equals(entityType) && event.entityId().equals(String.valueOf(id)))
				.toList();
		}

	}

}
