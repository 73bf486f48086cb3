package vn.canbo.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.SubtreeNode;

/**
 * The catalogue of every module's indicators, and their measurement for a unit in the
 * user's scope on a date. The one way figures reach the dashboard, targets and reports.
 * <p>
 * The sources of one measurement run side by side, each in its own read-only transaction
 * with the caller's security context, so a page costs about its slowest source instead of
 * their sum (decision 035). A caller already inside a transaction holds a connection
 * while it waits; its sources run one after the other in that transaction instead, so
 * that callers can never take every connection of the pool and wait on each other.
 */
@Service
public class Indicators implements DisposableBean {

	private static final Comparator<Indicator> SHOWN = Comparator.comparing(Indicator::group)
		.thenComparingInt(Indicator::order)
		.thenComparing(Indicator::id);

	private final List<IndicatorSource> sources;

	private final Map<String, Indicator> catalogue = new LinkedHashMap<>();

	private final Map<String, IndicatorSource> owners = new HashMap<>();

	private final OrgUnits orgUnits;

	private final TransactionTemplate readOnly;

	private final int threads;

	private final @Nullable ExecutorService executor;

	Indicators(ObjectProvider<IndicatorSource> sources, OrgUnits orgUnits, PlatformTransactionManager transactions,
			@Value("${canbo.indicators.threads:4}") int threads) {
		this.sources = sources.orderedStream().toList();
		this.orgUnits = orgUnits;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.threads = threads;
		this.executor = (threads < 2) ? null
				: new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(threads, daemons()));
		List<Indicator> all = new ArrayList<>();
		for (IndicatorSource source : this.sources) {
			for (Indicator indicator : source.indicators()) {
				if (this.owners.put(indicator.id(), source) != null) {
					throw new IllegalStateException("Indicator defined twice: " + indicator.id());
				}
				all.add(indicator);
			}
		}
		all.sort(SHOWN);
		all.forEach((indicator) -> this.catalogue.put(indicator.id(), indicator));
	}

	/** Every indicator, by group and order. */
	public List<Indicator> all() {
		return List.copyOf(this.catalogue.values());
	}

	public Optional<Indicator> find(String id) {
		return Optional.ofNullable(this.catalogue.get(id));
	}

	/**
	 * Measures indicators for the unit with the code on the date; fails when the unit did
	 * not exist then or lies outside the user's scope. Indicators the user may not read
	 * ({@link IndicatorSource#readable}) are left out of the report.
	 * @param unitCode the unit
	 * @param asOf the date
	 * @param ids the indicators; null for all
	 * @return the values, in total and per branch
	 */
	public IndicatorReport measure(String unitCode, LocalDate asOf, @Nullable Set<String> ids) {
		OrgUnitView unit = this.orgUnits.getByCode(unitCode, asOf);
		return measure(unit, asOf, ids);
	}

	/** As {@link #measure(String, LocalDate, Set)}, for a unit by id. */
	public IndicatorReport measure(long unitId, LocalDate asOf, @Nullable Set<String> ids) {
		return measure(this.orgUnits.get(unitId, asOf), asOf, ids);
	}

	private IndicatorReport measure(OrgUnitView unit, LocalDate asOf, @Nullable Set<String> ids) {
		List<SubtreeNode> nodes = this.orgUnits.nodesUnder(unit.id(), asOf);
		IndicatorScope scope = new IndicatorScope(unit, asOf, nodes);
		List<Indicator> asked = all().stream()
			.filter((i) -> ids == null || ids.contains(i.id()))
			.filter((i) -> this.owners.get(i.id()).readable(i))
			.toList();
		Map<IndicatorSource, Set<String>> bySource = new LinkedHashMap<>();
		for (Indicator indicator : asked) {
			bySource.computeIfAbsent(this.owners.get(indicator.id()), (source) -> new HashSet<>()).add(indicator.id());
		}
		Map<String, Map<Long, Measurement>> values = new HashMap<>();
		measured(scope, bySource).forEach((sourceIds, measured) -> measured.forEach((id, byBranch) -> {
			if (sourceIds.contains(id)) {
				values.put(id, Map.copyOf(byBranch));
			}
		}));
		return new IndicatorReport(unit, asOf, asked, scope.branches(), values);
	}

	/** What each source measured, keyed by the ids asked of it. */
	private Map<Set<String>, Map<String, Map<Long, Measurement>>> measured(IndicatorScope scope,
			Map<IndicatorSource, Set<String>> bySource) {
		Map<Set<String>, Map<String, Map<Long, Measurement>>> measured = new LinkedHashMap<>();
		ExecutorService pool = this.executor;
		if (pool == null || bySource.size() < 2 || TransactionSynchronizationManager.isActualTransactionActive()) {
			this.readOnly.executeWithoutResult(
					(status) -> bySource.forEach((source, ids) -> measured.put(ids, source.measure(scope, ids))));
			return measured;
		}
		Map<Set<String>, CompletableFuture<Map<String, Map<Long, Measurement>>>> running = new LinkedHashMap<>();
		bySource.forEach((source, ids) -> running.put(ids, CompletableFuture
			.supplyAsync(() -> this.readOnly.execute((status) -> source.measure(scope, ids)), pool)));
		try {
			running.forEach((ids, future) -> measured.put(ids, future.join()));
		}
		catch (CompletionException ex) {
			running.values().forEach((future) -> future.cancel(false));
			// The source's own failure (out of scope, not found) reaches the caller as it
			// is.
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
		return measured;
	}

	/** How many sources of one measurement may run at once (1: one after the other). */
	public int threads() {
		return this.threads;
	}

	@Override
	public void destroy() {
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
	}

	private static ThreadFactory daemons() {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, "indicators-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
