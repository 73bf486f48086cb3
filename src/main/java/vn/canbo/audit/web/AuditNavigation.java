package vn.canbo.audit.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The audit trail's menu entry, for administrators.
 */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavigationItem auditNavigationItem() {
		return new NavigationItem("nav.audit", "/admin/audit", "journal-text", 90, Set.of("ADMIN"),
				NavigationGroup.ADMINISTRATION);
	}

}
