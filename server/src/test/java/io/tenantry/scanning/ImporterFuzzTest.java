package io.tenantry.scanning;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever bytes arrive, an importer either reads a scan or rejects the file with its typed
 * problem; any other exception fails. The normal test run replays the seed corpus in
 * {@code ImporterFuzzTestInputs}; set {@code JAZZER_FUZZ=1} to fuzz for real.
 */
class ImporterFuzzTest {

	@FuzzTest
	void nativeImporter(byte[] data) {
		readOrReject(new NativeImporter(), data);
	}

	@FuzzTest
	void scubaGearImporter(byte[] data) {
		readOrReject(new ScubaGearImporter(), data);
	}

	@FuzzTest
	void prowlerOcsfImporter(byte[] data) {
		readOrReject(new ProwlerOcsfImporter(), data);
	}

	@FuzzTest
	void maesterImporter(byte[] data) {
		readOrReject(new MaesterImporter(), data);
	}

	private static void readOrReject(ScanImporter importer, byte[] data) {
		try {
			importer.read(new ByteArrayInputStream(data));
		}
		catch (ImportRejected expected) {
			// The typed problem is the only allowed failure.
		}
	}

}
