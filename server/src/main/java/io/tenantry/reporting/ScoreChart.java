package io.tenantry.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.tenantry.compliance.ScorePoint;

/**
 * A month's score trend as an SVG polyline, drawn on the server because PDFs run no scripts: x is
 * the scan's time in the month, y its score from 0 % (bottom) to 100 % (top). Scans without a score
 * are left out.
 */
public record ScoreChart(String points, List<Dot> dots) {

	/** The drawing's size, as {@code reporting/monthly.html} lays it out. */
	static final int WIDTH = 480;

	static final int HEIGHT = 140;

	/** One scan on the chart. */
	public record Dot(String x, String y) {
	}

	static ScoreChart of(List<ScorePoint> scans, Instant from, Instant to) {
		double span = Math.max(1, Duration.between(from, to).toSeconds());
		List<Dot> dots = scans.stream()
			.filter((scan) -> scan.complianceScore() != null)
			.map((scan) -> new Dot(coordinate(WIDTH * Duration.between(from, scan.completedAt()).toSeconds() / span),
					coordinate(HEIGHT * (1 - scan.complianceScore().doubleValue() / 100))))
			.toList();
		String points = dots.stream().map((dot) -> dot.x() + "," + dot.y()).collect(Collectors.joining(" "));
		return new ScoreChart(points, dots);
	}

	private static String coordinate(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
