package io.tenantry.reporting;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api;
import io.tenantry.test.Api.Download;
import io.tenantry.test.Api.Response;
import io.tenantry.test.Documents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ReportsApiTest extends ReportsTest {

	@Test
	void monthlyReportIsAPdfWithTheOrgTheMonthAndItsFailingControls() {
		String critical = unique("CRIT");
		String high = unique("HIGH");
		String passing = unique("PASS");
		UUID scan = importScan(List.of(result(high, "Block legacy sign-in", "HIGH", "FAIL"),
				result(critical, "Require MFA for admins", "CRITICAL", "FAIL"),
				result(passing, "Audit logging on", "LOW", "PASS")));
		YearMonth month = monthOf(scan);

		Download pdf = this.admin.download(path("/reports/monthly?month=" + month));

		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"monthly-report-" + month + ".pdf\"");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String text = Documents.pdfText(pdf.body());
		assertThat(text).contains(this.orgName).contains(month.toString())
			.contains(month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
			.contains("33.3 %")
			.contains(critical)
			.contains(high)
			.doesNotContain(passing);
		assertThat(text.indexOf(critical)).as("critical before high").isLessThan(text.indexOf(high));
	}

	@Test
	void theMonthDefaultsToTheCurrentOne() {
		UUID scan = importScan(List.of(result(unique("NOW"), "Current", "HIGH", "FAIL")));

		Download pdf = this.admin.download(path("/reports/monthly"));

		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.header("Content-Disposition")).contains("monthly-report-" + monthOf(scan) + ".pdf");
	}

	@Test
	void theReportShowsTheMonthsScansAndTheScoreAtItsEnd() {
		String control = unique("TREND");
		importScan(List.of(result(control, "Trend control", "HIGH", "FAIL"), result(unique("OK"), "Fine", "LOW", "PASS")));
		UUID last = importScan(List.of(result(control, "Trend control", "HIGH", "PASS")));

		String text = Documents.pdfText(this.admin.download(path("/reports/monthly?month=" + monthOf(last))).body());

		assertThat(text).contains("Scans this month").contains("100.0 %").doesNotContain(control)
			.contains("No failing controls at the end of the month.");
		assertThat(text.replaceAll("\\s+", " ")).contains("Scans this month 2");
	}

	@Test
	void aMonthBeforeAnyScanHasNoScore() {
		importScan(List.of(result(unique("LATER"), "Later", "HIGH", "FAIL")));

		Download pdf = this.admin.download(path("/reports/monthly?month=2020-01"));

		assertThat(pdf.status()).isEqualTo(200);
		assertThat(Documents.pdfText(pdf.body())).contains("January 2020").contains("never scanned")
			.contains("No scored scans this month.");
	}

	@Test
	void malformedAndFutureMonthsAreProblems() {
		Response malformed = this.admin.get(path("/reports/monthly?month=March"));
		Response future = this.admin.get(path("/reports/monthly?month=9999-12"));

		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
		assertThat(malformed.json().get("code").asString()).isEqualTo("validation_failed");
		assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("month");
		assertThat(future.status()).isEqualTo(422);
		assertThat(future.json().get("code").asString()).isEqualTo("month_in_future");
	}

	@Test
	void everyDownloadIsAuditedInTheOrgsChain() {
		UUID scan = importScan(List.of(result(unique("AUD"), "Audited", "HIGH", "FAIL")));
		YearMonth month = monthOf(scan);

		this.admin.download(path("/reports/monthly?month=" + month));
		this.admin.download(path("/reports/controls.csv"));

		List<JsonNode> downloads = audited("report.downloaded");
		assertThat(downloads).hasSize(2);
		assertThat(downloads.get(0).get("target").asString()).isEqualTo("controls.csv");
		assertThat(downloads.get(1).get("target").asString()).isEqualTo(month.toString());
		assertThat(downloads.get(1).get("details").get("month").asString()).isEqualTo(month.toString());
		assertThat(downloads.get(1).get("details").get("report").asString()).isEqualTo("monthly");
	}

	@Test
	void controlsCsvListsEveryControlWithItsEffectiveStatus() {
		String failing = unique("CSV");
		String overridden = unique("OVR");
		importScan(List.of(result(failing, "Plain title", "HIGH", "FAIL"),
				result(overridden, "Accepted one", "LOW", "FAIL")));
		assertThat(this.admin.post(path("/overrides"),
				Map.of("controlId", overridden, "status", "PASS", "reason", "Accepted risk")).status()).isEqualTo(201);

		Download csv = this.admin.download(path("/reports/controls.csv"));

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"controls.csv\"");
		assertThat(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n")).containsExactlyInAnyOrder(
				"controlId,title,severity,status,overridden", failing + ",Plain title,HIGH,FAIL,false",
				overridden + ",Accepted one,LOW,PASS,true");
	}

	@Test
	void controlsCsvEscapesCellsAndDefusesFormulas() {
		String quoted = unique("Q");
		String formula = unique("F");
		String minus = unique("M");
		importScan(List.of(result(quoted, "Say \"no\", twice", "HIGH", "FAIL"),
				result(formula, "=HYPERLINK(\"http://evil.example\")", "HIGH", "FAIL"),
				result(minus, "-1+1", "LOW", "PASS")));

		String csv = new String(this.admin.download(path("/reports/controls.csv")).body(), StandardCharsets.UTF_8);

		assertThat(csv.split("\r\n")).contains(quoted + ",\"Say \"\"no\"\", twice\",HIGH,FAIL,false",
				formula + ",\"'=HYPERLINK(\"\"http://evil.example\"\")\",HIGH,FAIL,false", minus + ",'-1+1,LOW,PASS,false");
	}

	@Test
	void readersOfTheOrgDownloadAndOthersGetNotFound() {
		importScan(List.of(result(unique("R"), "Read", "HIGH", "FAIL")));
		Api viewer = this.fixtures.login(this.fixtures.member(this.orgId, "VIEWER"));
		Api stranger = this.fixtures.login(this.fixtures.member(this.fixtures.org("Stranger"), "ORG_ADMIN"));

		assertThat(viewer.download(path("/reports/monthly")).status()).isEqualTo(200);
		assertThat(viewer.download(path("/reports/controls.csv")).status()).isEqualTo(200);
		assertThat(stranger.get(path("/reports/monthly")).status()).isEqualTo(404);
		assertThat(stranger.get(path("/reports/controls.csv")).status()).isEqualTo(404);
	}

}
