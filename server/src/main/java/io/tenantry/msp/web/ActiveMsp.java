package io.tenantry.msp.web;

import java.util.UUID;

import io.tenantry.platform.ProblemException;

import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.ui.Model;

/**
 * MSP pages work in the browser session's active org (the page model's {@code activeOrg}, read
 * as the templates read it); the services then check that it is an MSP the caller manages.
 */
final class ActiveMsp {

	private static final Expression ID = new SpelExpressionParser().parseExpression("id");

	private ActiveMsp() {
	}

	static UUID of(Model model) {
		Object active = model.getAttribute("activeOrg");
		if (active == null) {
			throw ProblemException.notFound("Choose an MSP organization in the switcher first.");
		}
		model.addAttribute("msp", active);
		return ID.getValue(active, UUID.class);
	}

}
