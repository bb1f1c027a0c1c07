package io.tenantry.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tenantry.compliance.ControlView;
import io.tenantry.compliance.ResultStatus;
import org.jspecify.annotations.Nullable;

/**
 * The Essential Eight as auditors read it: each mitigation strategy with its status at maturity
 * levels one to three, and the level it achieves (every level up to it passing).
 */
public record MaturityMatrix(List<Strategy> strategies) {

	static final String FRAMEWORK = "essential-eight";

	private static final Pattern CONTROL_ID = Pattern.compile("E8\\.([A-Z]+)\\.ML([1-3])");

	/** One strategy: its status per maturity level (absent when not assessed) and the level achieved, 0 to 3. */
	public record Strategy(String name, Map<Integer, ResultStatus> levels, int achieved) {

		public @Nullable ResultStatus at(int level) {
			return this.levels.get(level);
		}

	}

	public static MaturityMatrix of(List<ControlView> controls) {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Map<Integer, ResultStatus>> levels = new LinkedHashMap<>();
		for (ControlView control : controls) {
			Matcher id = CONTROL_ID.matcher(control.controlId());
			if (control.framework().equals(FRAMEWORK) && id.matches()) {
				names.putIfAbsent(id.group(1), strategyName(control.title()));
				levels.computeIfAbsent(id.group(1), (code) -> new TreeMap<>())
					.put(Integer.parseInt(id.group(2)), control.status());
			}
		}
		List<Strategy> strategies = new ArrayList<>();
		levels.forEach((code, byLevel) -> strategies.add(new Strategy(names.get(code), byLevel, achieved(byLevel))));
		return new MaturityMatrix(strategies);
	}

	public boolean isEmpty() {
		return this.strategies.isEmpty();
	}

	private static int achieved(Map<Integer, ResultStatus> byLevel) {
		int level = 0;
		while (byLevel.get(level + 1) == ResultStatus.PASS) {
			level++;
		}
		return level;
	}

	/** "Application control (Maturity Level 1)" names the strategy "Application control". */
	private static String strategyName(String title) {
		int level = title.indexOf(" (Maturity");
		return (level > 0) ? title.substring(0, level) : title;
	}

}
