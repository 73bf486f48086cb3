package vn.canbo.shared;

import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The one way background work is measured for {@code /actuator/prometheus}: each run of a
 * job (an import, a month closing) is timed as {@value #JOBS} with its name and outcome,
 * so a dashboard shows how many ran, how long they took and how many failed.
 */
@Component
public class JobMeter {

	/** The timer of every job run; tags {@code job} and {@code outcome}. */
	public static final String JOBS = "canbo.jobs";

	/** Rows handled by imports; tag {@code job}. */
	public static final String ROWS = "canbo.job.rows";

	private final MeterRegistry registry;

	JobMeter(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Runs the work, timing it as the job with its outcome (success or failure). */
	public <T> T time(String job, Supplier<T> work) {
		Timer.Sample sample = Timer.start(this.registry);
		String outcome = "failure";
		try {
			T result = work.get();
			outcome = "success";
			return result;
		}
		finally {
			sample.stop(Timer.builder(JOBS)
				.description("Runs of background work")
				.tag("job", job)
				.tag("outcome", outcome)
				.register(this.registry));
		}
	}

	/** Counts rows a job handled. */
	public void rows(String job, long rows) {
		this.registry.counter(ROWS, "job", job).increment(rows);
	}

}
