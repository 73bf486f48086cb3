package vn.canbo.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Domain code asks this clock for "today", never the system, so tests can fix the date.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(VIETNAM);
	}

}
