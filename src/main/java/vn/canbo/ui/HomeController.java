package vn.canbo.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page leads each user to the home of their role: administrators to the
 * system's state, leaders, organisation officers and viewers to the dashboard of their
 * scope, staff to their own page. The shell knows those pages only by their menu entries:
 * a home whose module offers no entry to the user (not built yet, or not theirs) is
 * skipped, and the menu of cards is the last resort.
 */
@Controller
class HomeController {

	/** The homes in the order they are tried, each for the roles it serves. */
	static final List<Home> HOMES = List.of(new Home("/admin/system", Set.of("ADMIN")),
			new Home("/dashboard", Set.of("LEADER", "ORG_OFFICER", "VIEWER")), new Home("/me", Set.of("STAFF")));

	private final ShellModelAdvice shell;

	HomeController(ShellModelAdvice shell) {
		this.shell = shell;
	}

	@GetMapping("/")
	String home() {
		Set<String> offered = this.shell.navigation().stream().map(NavigationItem::href).collect(Collectors.toSet());
		return destination(ShellModelAdvice.roles(), offered).map((href) -> "redirect:" + href).orElse("home");
	}

	/** The first home that serves one of the roles and is in the user's menu. */
	static Optional<String> destination(Set<String> roles, Set<String> offered) {
		return HOMES.stream()
			.filter((home) -> home.roles().stream().anyMatch(roles::contains))
			.map(Home::href)
			.filter(offered::contains)
			.findFirst();
	}

	/** A home page and the roles that land on it. */
	record Home(String href, Set<String> roles) {
	}

}
