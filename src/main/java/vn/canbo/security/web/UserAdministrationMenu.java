package vn.canbo.security.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.canbo.security.Role;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * Puts account administration into the shell's menu for administrators.
 */
@Configuration(proxyBeanMethods = false)
class UserAdministrationMenu {

	@Bean
	NavigationItem userAdministrationNavigation() {
		return new NavigationItem("nav.users", "/admin/users", "person-gear", 80, Set.of(Role.ADMIN.name()),
				NavigationGroup.ADMINISTRATION);
	}

}
