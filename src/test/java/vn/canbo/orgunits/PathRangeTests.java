package vn.canbo.orgunits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathRangeTests {

	@Test
	void coversExactlyThePathsUnderThePrefixInByteOrder() {
		Map<String, Object> params = new HashMap<>();
		assertThat(PathRange.and("p.path", "scope", "/12/", params)).contains("p.path collate \"C\" >= :scopeFrom");
		String from = (String) params.get("scopeFrom");
		String to = (String) params.get("scopeTo");

		List<String> under = List.of("/12/", "/12/5/", "/12/5/999/");
		List<String> outside = List.of("/1/", "/120/", "/121/7/", "/13/", "/2/12/");
		assertThat(under)
			.allSatisfy((path) -> assertThat(path.compareTo(from) >= 0 && path.compareTo(to) < 0).isTrue());
		assertThat(outside)
			.allSatisfy((path) -> assertThat(path.compareTo(from) >= 0 && path.compareTo(to) < 0).isFalse());
	}

	@Test
	void addsNoConditionForTheNationwideScope() {
		Map<String, Object> params = new HashMap<>();
		assertThat(PathRange.and("p.path", "scope", "", params)).isEmpty();
		assertThat(params).isEmpty();
	}

}
