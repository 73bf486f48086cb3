package vn.canbo.ui;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Offers {@link Formats} to every template as {@code #fmt}, in the page's language:
 * {@code ${#fmt.count(total)}}, {@code ${#fmt.decimal(average)}}.
 */
@Component
class FormatDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "fmt";

	FormatDialect() {
		super("canbo-formats");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return new Formats(context.getLocale());
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
