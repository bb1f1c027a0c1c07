package io.tenantry.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** Durations of repeated runs of one operation, measured after unmeasured warm-up runs. */
record Timings(long[] sortedNanos) {

	/**
	 * Times the operations in turn, round after round, so that a shared machine's changing load
	 * weighs on each of them alike, in an order shuffled each round (the same every run): whichever
	 * ran first in a round took longer now and then than the same operation in second place, and
	 * nothing should weigh on one operation alone. One {@code Timings} per operation, in order.
	 */
	static List<Timings> interleaved(int warmUps, int rounds, Run... operations) throws Exception {
		long[][] nanos = new long[operations.length][rounds];
		List<Integer> order = new ArrayList<>(IntStream.range(0, operations.length).boxed().toList());
		Random shuffling = new Random(operations.length);
		for (int round = -warmUps; round < rounds; round++) {
			Collections.shuffle(order, shuffling);
			for (int i : order) {
				long began = System.nanoTime();
				operations[i].run();
				if (round >= 0) {
					nanos[i][round] = System.nanoTime() - began;
				}
			}
		}
		return Arrays.stream(nanos).map((times) -> {
			Arrays.sort(times);
			return new Timings(times);
		}).toList();
	}

	/**
	 * Runs the operations in turn, unmeasured, until the JIT compiler has compiled nothing for
	 * {@code quietRounds} rounds in a row, after at least {@code minRounds} and at most
	 * {@code maxRounds}: a compilation that runs beside the timed rounds takes one of a small
	 * machine's cores from them, a tail of the timings that a server up for a while does not show.
	 * Returns the rounds run, negative if the compiler never fell quiet.
	 */
	static int warmUp(int minRounds, int maxRounds, int quietRounds, Run... operations) throws Exception {
		CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
		long compiledMillis = compiler.getTotalCompilationTime();
		int quiet = 0;
		for (int round = 1; round <= maxRounds; round++) {
			for (Run operation : operations) {
				operation.run();
			}
			long now = compiler.getTotalCompilationTime();
			quiet = (now == compiledMillis) ? quiet + 1 : 0;
			compiledMillis = now;
			if (round >= minRounds && quiet >= quietRounds) {
				return round;
			}
		}
		return -maxRounds;
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
