package io.tenantry.bench;

import java.util.Arrays;

/** Durations of repeated runs of one operation, measured after as many unmeasured warm-up runs. */
record Timings(long[] sortedNanos) {

	static Timings of(int warmUps, int runs, Run run) throws Exception {
		for (int i = 0; i < warmUps; i++) {
			run.run();
		}
		long[] nanos = new long[runs];
		for (int i = 0; i < runs; i++) {
			long began = System.nanoTime();
			run.run();
			nanos[i] = System.nanoTime() - began;
		}
		Arrays.sort(nanos);
		return new Timings(nanos);
	}

	double p50() {
		return percentile(50);
	}

	double p95() {
		return percentile(95);
	}

	double meanMillis() {
		return Arrays.stream(this.sortedNanos).average().orElseThrow() / 1e6;
	}

	/** The nearest-rank percentile, in milliseconds. */
	private double percentile(int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * this.sortedNanos.length);
		return this.sortedNanos[Math.max(rank, 1) - 1] / 1e6;
	}

	interface Run {

		void run() throws Exception;

	}

}
