package vn.canbo.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: what the signed-in user can open from here.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
