package io.tenantry.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import io.tenantry.identity.MfaRepository.Credential;
import io.tenantry.platform.ProblemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP multi-factor authentication (RFC 6238: SHA-1, 6 digits, 30 s, one step of clock drift
 * either way): enrol with a QR code, confirm with a first code, recover with one-time codes.
 */
@Service
public class Mfa {

	private static final String ISSUER = "Tenantry";

	private static final int RECOVERY_CODES = 10;

	private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MfaRepository repository;

	private final SecretCipher cipher;

	private final Clock clock;

	private final CodeVerifier verifier;

	private final IdentityAudit audit;

	Mfa(MfaRepository repository, SecretCipher cipher, Clock clock, IdentityAudit audit) {
		this.repository = repository;
		this.audit = audit;
		this.cipher = cipher;
		this.clock = clock;
		DefaultCodeVerifier codes = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
				() -> clock.instant().getEpochSecond());
		codes.setTimePeriod(30);
		codes.setAllowedTimePeriodDiscrepancy(1);
		this.verifier = codes;
	}

	/** A pending enrolment: the secret to type in, and the same as an otpauth URI and its QR code. */
	public record Enrollment(String secret, String otpauthUri, String qrCodeDataUri) {
	}

	public boolean enabled(UUID userId) {
		return this.repository.find(userId).filter(Credential::confirmed).isPresent();
	}

	/** Starts (or restarts) enrolment with a fresh secret; MFA stays off until confirmed. */
	@Transactional
	public Enrollment startEnrollment(CurrentUser caller) {
		if (enabled(caller.id())) {
			throw ProblemException.conflict("MFA is already enabled; disable it first to enrol again.");
		}
		String secret = new DefaultSecretGenerator().generate();
		this.repository.savePending(caller.id(), this.cipher.encrypt(secret), this.clock.instant());
		this.audit.mfaEnrollmentStarted(caller);
		return enrollment(caller, secret);
	}

	/** The enrolment this user started and has not confirmed yet. */
	public Optional<Enrollment> pendingEnrollment(CurrentUser caller) {
		return this.repository.find(caller.id())
			.filter((credential) -> !credential.confirmed())
			.map((credential) -> enrollment(caller, this.cipher.decrypt(credential.secretEncrypted())));
	}

	/** Turns MFA on with a first valid code; answers the recovery codes, shown only this once. */
	@Transactional
	public List<String> confirm(CurrentUser caller, String code) {
		Credential pending = this.repository.find(caller.id())
			.filter((credential) -> !credential.confirmed())
			.orElseThrow(() -> ProblemException.conflict("No MFA enrolment is pending; start one first."));
		if (!this.verifier.isValidCode(this.cipher.decrypt(pending.secretEncrypted()), normalize(code))) {
			throw invalidCode();
		}
		List<String> codes = IntStream.range(0, RECOVERY_CODES).mapToObj((i) -> newRecoveryCode()).toList();
		this.repository.confirm(caller.id(), codes.stream().map(Mfa::hashRecoveryCode).toList(), this.clock.instant());
		this.audit.mfaChanged(caller, true);
		return codes;
	}

	/** Turns MFA off; needs a current code or an unused recovery code. */
	@Transactional
	public void disable(CurrentUser caller, String code) {
		if (!verify(caller.id(), code)) {
			throw invalidCode();
		}
		this.repository.delete(caller.id());
		this.audit.mfaChanged(caller, false);
	}

	/** Whether the code is the current TOTP or an unused recovery code, which it then uses up. */
	@Transactional
	boolean verify(UUID userId, String code) {
		Optional<Credential> credential = this.repository.find(userId).filter(Credential::confirmed);
		if (credential.isEmpty()) {
			return false;
		}
		String normalized = normalize(code);
		if (normalized.matches("\\d{6}")) {
			return this.verifier.isValidCode(this.cipher.decrypt(credential.get().secretEncrypted()), normalized);
		}
		return this.repository.useRecoveryCode(userId, hashRecoveryCode(normalized), this.clock.instant());
	}

	private Enrollment enrollment(CurrentUser user, String secret) {
		QrData data = new QrData.Builder().label(user.email())
			.secret(secret)
			.issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(30)
			.build();
		ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
		try {
			return new Enrollment(secret, data.getUri(),
					Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType()));
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ProblemException invalidCode() {
		return ProblemException.unprocessable("mfa_invalid", "The code is wrong or has expired.");
	}

	private static String normalize(String code) {
		return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

	private static String hashRecoveryCode(String normalized) {
		return SecretTokens.hash(normalize(normalized));
	}

	/** 16 characters from a 31-letter alphabet (about 79 bits), shown as four groups. */
	private static String newRecoveryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
		}
		return code.toString();
	}

}
