package vn.canbo.people.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;
import org.springframework.format.datetime.standard.DateTimeFormatterRegistrar;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;

import vn.canbo.people.EducationLevel;
import vn.canbo.people.PersonDetails;

/**
 * The record form's fields as the user typed them, keyed by the property path of
 * {@link PersonDetails} ({@code identity.fullName}, {@code trainings[2].from}), so that a
 * rule's field path names its input, a refused form comes back exactly as typed, and the
 * same names bind into the record. Dates are written day/month/year.
 */
final class PersonFormValues {

	/** The histories the form edits as table rows. */
	static final List<String> LISTS = List.of("trainings", "workHistory", "salaryHistory", "relatives");

	/** Row fields that are preset by the form, so a row holding only them is empty. */
	private static final Set<String> PRESET = Set.of("kind", "side");

	private static final Set<String> SECTIONS = Set.of("identity", "employment", "qualifications", "memberships",
			"recognition", "health", "personalHistory");

	private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DATE_OUT = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final DefaultFormattingConversionService CONVERSIONS = conversions();

	private final Map<String, String> values;

	private PersonFormValues(Map<String, String> values) {
		this.values = values;
	}

	/** The text of each field, by property path. */
	Map<String, String> values() {
		return this.values;
	}

	/** How many rows each history has. */
	Map<String, Integer> rowCounts() {
		Map<String, Integer> counts = new HashMap<>();
		LISTS.forEach((list) -> counts.put(list, 0));
		for (String path : this.values.keySet()) {
			Matcher row = ROW.matcher(path);
			if (row.matches()) {
				counts.merge(row.group(1), Integer.parseInt(row.group(2)) + 1, Math::max);
			}
		}
		return counts;
	}

	/**
	 * The posted fields: histories renumbered from 0 in the order posted, rows left blank
	 * dropped.
	 */
	static PersonFormValues fromRequest(Map<String, String[]> parameters) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, TreeMap<Integer, Map<String, String>>> rows = new HashMap<>();
		parameters.forEach((name, posted) -> {
			String value = (posted.length == 0) ? "" : posted[0];
			Matcher row = ROW.matcher(name);
			if (row.matches() && LISTS.contains(row.group(1))) {
				rows.computeIfAbsent(row.group(1), (list) -> new TreeMap<>())
					.computeIfAbsent(Integer.parseInt(row.group(2)), (index) -> new LinkedHashMap<>())
					.put(row.group(3), value);
			}
			else if (name.indexOf('.') > 0 && SECTIONS.contains(name.substring(0, name.indexOf('.')))) {
				values.put(name, value);
			}
		});
		for (String list : LISTS) {
			int index = 0;
			for (Map<String, String> row : rows.getOrDefault(list, new TreeMap<>()).values()) {
				boolean blank = row.entrySet()
					.stream()
					.allMatch((field) -> PRESET.contains(field.getKey()) || field.getValue().isBlank());
				if (!blank) {
					int at = index++;
					row.forEach((field, value) -> values.put(list + "[" + at + "]." + field, value));
				}
			}
		}
		return new PersonFormValues(values);
	}

	/** The record's fields as the form shows them. */
	static PersonFormValues of(PersonDetails details) {
		Map<String, String> values = new LinkedHashMap<>();
		flatten("", details, values);
		return new PersonFormValues(values);
	}

	static PersonFormValues empty() {
		return new PersonFormValues(new LinkedHashMap<>());
	}

	/**
	 * Binds the fields into a record; values that do not convert (a date that does not
	 * exist, letters in a number) are reported in the binding result by their path, and
	 * then there is no record.
	 */
	/** The same form with those fields left blank. */
	PersonFormValues without(Set<String> fields) {
		Map<String, String> kept = new LinkedHashMap<>(this.values);
		kept.keySet().removeAll(fields);
		return new PersonFormValues(kept);
	}

	Binding bind() {
		Map<String, String> input = new HashMap<>(this.values);
		input.putIfAbsent("employment.local", "false");
		DataBinder binder = new DataBinder(null, "person");
		binder.setTargetType(ResolvableType.forClass(PersonDetails.class));
		binder.setConversionService(CONVERSIONS);
		binder.construct(new DataBinder.ValueResolver() {

			@Override
			public @Nullable Object resolveValue(String name, Class<?> type) {
				String value = input.get(name);
				return (value != null) ? value.strip() : null;
			}

			@Override
			public Set<String> getNames() {
				return input.keySet();
			}

		});
		return new Binding((PersonDetails) binder.getTarget(), binder.getBindingResult());
	}

	/** A bound record, or the binding errors. */
	record Binding(@Nullable PersonDetails details, BindingResult result) {
	}

	private static void flatten(String path, @Nullable Object value, Map<String, String> values) {
		if (value == null) {
			return;
		}
		if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				flatten(path + "[" + i + "]", list.get(i), values);
			}
		}
		else if (value instanceof EducationLevel level) {
			values.put(path, level.label());
		}
		else if (value instanceof Record record) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				String name = path.isEmpty() ? component.getName() : path + "." + component.getName();
				flatten(name, read(component, record), values);
			}
		}
		else if (value instanceof LocalDate date) {
			values.put(path, DATE_OUT.format(date));
		}
		else if (value instanceof BigDecimal number) {
			values.put(path, number.stripTrailingZeros().toPlainString().replace('.', ','));
		}
		else if (value instanceof Enum<?> constant) {
			values.put(path, constant.name());
		}
		else {
			values.put(path, value.toString());
		}
	}

	private static @Nullable Object read(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static DefaultFormattingConversionService conversions() {
		DefaultFormattingConversionService conversions = new DefaultFormattingConversionService(false);
		DateTimeFormatterRegistrar dates = new DateTimeFormatterRegistrar();
		dates.setDateFormatter(DATE);
		dates.registerFormatters(conversions);
		conversions.addConverter(String.class, EducationLevel.class,
				(text) -> text.isBlank() ? null : EducationLevel.fromLabel(text).orElseThrow());
		// Vietnamese writes a decimal comma: 2,67.
		conversions.addConverter(String.class, BigDecimal.class,
				(text) -> text.isBlank() ? null : new BigDecimal(text.strip().replace(',', '.')));
		return conversions;
	}

}
