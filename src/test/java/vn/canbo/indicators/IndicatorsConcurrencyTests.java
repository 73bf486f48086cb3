package vn.canbo.indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sources of one measurement run side by side (decision 035): two sources that each
 * wait for the other meet, which they could not one after the other; each runs in a
 * read-only transaction of its own as the signed-in user; a source's failure reaches the
 * caller as it is; and a caller inside a transaction gets its sources one after the other
 * in that transaction, holding no second connection.
 */
@SpringBootTest
@Import(IndicatorsConcurrencyTests.Sources.class)
class IndicatorsConcurrencyTests {

	static final String PROVINCE = "11";

	@Autowired
	Indicators indicators;

	@Autowired
	Meeting meeting;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void signIn() {
		TestAccounts.signIn("chiso-dongthoi", Set.of(Role.ADMIN), null);
		this.meeting.seen.clear();
	}

	@AfterEach
	void signOut() {
		this.meeting.barrier = null;
		TestAccounts.signOut();
	}

	@Test
	void twoSourcesThatWaitForEachOtherMeetEachInItsOwnReadOnlyTransactionAsTheUser() {
		assertThat(this.indicators.threads()).isGreaterThanOrEqualTo(2);
		this.meeting.barrier = new CyclicBarrier(2);

		IndicatorReport report = this.indicators.measure(PROVINCE, LocalDate.of(2026, 1, 1),
				Set.of("test.first", "test.second"));

		assertThat(report.total("test.first").value()).isEqualTo(1);
		assertThat(report.total("test.second").value()).isEqualTo(2);
		assertThat(this.meeting.seen).containsOnlyKeys("test.first", "test.second");
		this.meeting.seen.values().forEach((seen) -> {
			assertThat(seen.thread()).startsWith("indicators-");
			assertThat(seen.user()).isEqualTo("chiso-dongthoi");
			assertThat(seen.readOnlyTransaction()).isTrue();
		});
		assertThat(this.meeting.seen.get("test.first").thread())
			.isNotEqualTo(this.meeting.seen.get("test.second").thread());
	}

	@Test
	void aSourcesFailureReachesTheCallerAsItIs() {
		assertThatThrownBy(() -> this.indicators.measure(PROVINCE, LocalDate.of(2026, 1, 1),
				Set.of("test.first", "test.second", "test.fails")))
			.isInstanceOf(OutOfScopeException.class)
			.hasMessageContaining("error.forbidden");
	}

	@Test
	void aCallerInsideATransactionGetsItsSourcesOneAfterTheOtherInThatTransaction() {
		String caller = Thread.currentThread().getName();

		IndicatorReport report = this.transactions.execute((status) -> this.indicators.measure(PROVINCE,
				LocalDate.of(2026, 1, 1), Set.of("test.first", "test.second")));

		assertThat(report.total("test.first").value()).isEqualTo(1);
		assertThat(this.meeting.seen.values()).hasSize(2)
			.allSatisfy((seen) -> assertThat(seen.thread()).isEqualTo(caller));
	}

	/** What a source saw while it measured. */
	record Seen(String thread, @Nullable String user, boolean readOnlyTransaction) {
	}

	/** Where the two waiting sources meet, and what they saw. */
	static final class Meeting {

		volatile @Nullable CyclicBarrier barrier;

		final Map<String, Seen> seen = new ConcurrentHashMap<>();

	}

	/** A source of one indicator that waits for the other one before answering. */
	record Waiting(String id, long value, Meeting meeting) implements IndicatorSource {

		@Override
		public List<Indicator> indicators() {
			return List.of(new Indicator(this.id, IndicatorGroup.HEADCOUNT, MeasureUnit.PEOPLE, false, 900, null));
		}

		@Override
		public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			this.meeting.seen.put(this.id,
					new Seen(Thread.currentThread().getName(),
							(authentication != null) ? authentication.getName() : null,
							TransactionSynchronizationManager.isActualTransactionActive()
									&& TransactionSynchronizationManager.isCurrentTransactionReadOnly()));
			CyclicBarrier barrier = this.meeting.barrier;
			if (barrier != null) {
				try {
					barrier.await(20, TimeUnit.SECONDS);
				}
				catch (InterruptedException | BrokenBarrierException | TimeoutException ex) {
					throw new IllegalStateException("The other source never ran alongside " + this.id, ex);
				}
			}
			return Map.of(this.id, Map.of(scope.unit().id(), Measurement.count(this.value)));
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Sources {

		@Bean
		Meeting meeting() {
			return new Meeting();
		}

		@Bean
		IndicatorSource firstWaitingSource(Meeting meeting) {
			return new Waiting("test.first", 1, meeting);
		}

		@Bean
		IndicatorSource secondWaitingSource(Meeting meeting) {
			return new Waiting("test.second", 2, meeting);
		}

		@Bean
		IndicatorSource failingSource() {
			return new IndicatorSource() {
				@Override
				public List<Indicator> indicators() {
					return List.of(new Indicator("test.fails", IndicatorGroup.HEADCOUNT, MeasureUnit.PEOPLE, false, 901,
							null));
				}

				@Override
				public Map<String, Map<Long, Measurement>> measure(IndicatorScope scope, Set<String> ids) {
					throw new OutOfScopeException("error.forbidden");
				}
			};
		}

	}

}
