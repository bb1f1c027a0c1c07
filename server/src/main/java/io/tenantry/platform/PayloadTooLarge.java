package io.tenantry.platform;

/** A request body went past its size limit while being read. */
public class PayloadTooLarge extends ProblemException {

	public PayloadTooLarge(long limit) {
		super(413, "payload_too_large", "The request body is larger than the limit of " + limit + " bytes.");
	}

}
