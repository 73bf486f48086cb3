package vn.canbo.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * How every benchmark times an operation: the application's call and the bare SQL doing
 * the same work, alternately, after warm-up rounds, reported as one Markdown row of
 * percentiles.
 */
final class Timings {

	static final String HEADER = "| operation | facade p50 ms | facade p95 ms | bare SQL p50 ms | bare SQL p95 ms | ratio p50 |";

	static final String RULE = "|---|---|---|---|---|---|";

	private Timings() {
	}

	/** Times both ways (each given the iteration number) and returns the table row. */
	static String compare(String operation, int warmUps, int iterations, IntConsumer facade, IntConsumer sql) {
		for (int i = 0; i < warmUps; i++) {
			facade.accept(i);
			sql.accept(i);
		}
		double[] viaFacade = new double[iterations];
		double[] viaSql = new double[iterations];
		for (int i = 0; i < iterations; i++) {
			long start = System.nanoTime();
			facade.accept(i);
			viaFacade[i] = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			sql.accept(i);
			viaSql[i] = (System.nanoTime() - start) / 1e6;
		}
		String row = String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.1f× |", operation,
				percentile(viaFacade, 50), percentile(viaFacade, 95), percentile(viaSql, 50), percentile(viaSql, 95),
				percentile(viaFacade, 50) / percentile(viaSql, 50));
		say("%s", row);
		return row;
	}

	static double percentile(double[] values, int percentile) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
	}

	static void say(String format, Object... arguments) {
		System.out.println("[bench] " + String.format(Locale.ROOT, format, arguments));
	}

}
