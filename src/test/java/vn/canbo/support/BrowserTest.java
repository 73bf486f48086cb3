package vn.canbo.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A test that drives the running application in Chromium (see {@link BrowserSession}).
 * Tagged {@code browser}: the default build skips it, {@code ./mvnw -Pe2e verify} runs
 * only these. Inject the port with {@code @LocalServerPort}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(BrowserTest.TAG)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public @interface BrowserTest {

	String TAG = "browser";

}
