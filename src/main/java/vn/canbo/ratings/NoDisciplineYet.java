package vn.canbo.ratings;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Replaced by the discipline module's decisions once it is merged. */
@Component
class NoDisciplineYet implements DisciplineInYear {

	@Override
	public Map<Long, String> disciplined(Collection<Long> personIds, int year) {
		return Map.of();
	}

}
