package io.tenantry.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the active org's dashboard, from the model attributes every page receives. */
@Controller
class HomeWebController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
