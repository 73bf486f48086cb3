package vn.canbo.home.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.canbo.home.StaffHome;
import vn.canbo.home.SystemState;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The home pages the start page leads to by role: a staff member's own page and the
 * administrators' view of the system.
 */
@Controller
class HomePagesController {

	private final StaffHome staffHome;

	private final SystemState systemState;

	HomePagesController(StaffHome staffHome, SystemState systemState) {
		this.staffHome = staffHome;
		this.systemState = systemState;
	}

	/** The signed-in user's own page: every account has one, staff land on it. */
	@GetMapping("/me")
	String me(Model model) {
		model.addAttribute("home", this.staffHome.view());
		return "home/staff";
	}

	@GetMapping("/admin/system")
	String system(Model model) {
		model.addAttribute("state", this.systemState.view());
		return "home/system";
	}

	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		NavigationItem ownPageNavigationItem() {
			return new NavigationItem("home.me.menu", "/me", "person-vcard", 6, Set.of("STAFF"),
					NavigationGroup.OVERVIEW);
		}

		@Bean
		NavigationItem systemStateNavigationItem() {
			return new NavigationItem("home.system.menu", "/admin/system", "activity", 79, Set.of("ADMIN"),
					NavigationGroup.ADMINISTRATION);
		}

	}

}
