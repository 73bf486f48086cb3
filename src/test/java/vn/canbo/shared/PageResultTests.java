package vn.canbo.shared;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one page idiom: the positions shown ("x–y of N") and the pages offered. */
class PageResultTests {

	@Test
	void aMiddlePageKnowsItsPositionsAndTheTotal() {
		PageResult<Integer> page = new PageResult<>(List.of(101, 102), 1_234, 2, 50);
		assertThat(page.first()).isEqualTo(101);
		assertThat(page.last()).isEqualTo(102);
		assertThat(page.totalPages()).isEqualTo(25);
		assertThat(page.hasPrevious()).isTrue();
		assertThat(page.hasNext()).isTrue();
		assertThat(page.pagesAround()).containsExactly(0, 1, 2, 3, 4, 5);
	}

	@Test
	void anEmptyListShowsNoPositions() {
		PageResult<Integer> page = new PageResult<>(List.of(), 0, 0, 50);
		assertThat(page.first()).isZero();
		assertThat(page.last()).isZero();
		assertThat(page.hasNext()).isFalse();
		assertThat(page.pagesAround()).containsExactly(0);
	}

	@Test
	void aListComputedWholeIsCutIntoPagesWithItsFullTotal() {
		List<Integer> all = IntStream.rangeClosed(1, 1_534).boxed().toList();
		PageResult<Integer> last = PageResult.of(all, 15, 100);
		assertThat(last.total()).isEqualTo(1_534);
		assertThat(last.items()).hasSize(34).startsWith(1_501).endsWith(1_534);
		assertThat(last.hasNext()).isFalse();
		assertThat(PageResult.of(all, 99, 100).items()).isEmpty();
	}

	@Test
	void whatIsAskedIsKeptWithinBounds() {
		assertThat(PageResult.page(-3)).isZero();
		assertThat(PageResult.size(0, 500)).isEqualTo(1);
		assertThat(PageResult.size(100_000, 500)).isEqualTo(500);
	}

}
