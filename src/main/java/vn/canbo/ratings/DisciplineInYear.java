package vn.canbo.ratings;

import java.util.Collection;
import java.util.Map;

/**
 * Which of these people have a discipline decision counting in the year, with a note
 * naming it; the annual rating then proposes "not completed".
 */
interface DisciplineInYear {

	Map<Long, String> disciplined(Collection<Long> personIds, int year);

	/** Whether the user may read the person's discipline decisions. */
	boolean mayRead(long personId);

}
