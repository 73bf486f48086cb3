package vn.canbo.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that reads the demo's year of work (tasks, plans, closed months). The suite's
 * tests share one database, and the demo is loaded once, by the first test that asks for
 * it; the default build loads it without the year of work (which closes months other
 * tests write in), the browser suite with it. So these tests run with the browser suite
 * ({@code ./mvnw -Pe2e verify}), tagged {@code demo-work}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(DemoWorkTest.TAG)
public @interface DemoWorkTest {

	String TAG = "demo-work";

}
