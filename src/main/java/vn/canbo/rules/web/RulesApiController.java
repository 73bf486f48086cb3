package vn.canbo.rules.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.rules.Retirement;
import vn.canbo.rules.RuleVersion;
import vn.canbo.rules.Rules;

/** The rules and the retirement-date calculation over HTTP, for any signed-in user. */
@RestController
@RequestMapping("/api/v1/rules")
@Tag(name = "Rules", description = "Legal rules as dated, cited settings; the retirement date")
class RulesApiController {

	private final Rules rules;

	RulesApiController(Rules rules) {
		this.rules = rules;
	}

	@GetMapping
	@Operation(summary = "Every rule with its versions in date order: validity, citation, source, whether verified, "
			+ "parameters")
	List<RuleJson> list() {
		return this.rules.all()
			.entrySet()
			.stream()
			.map((entry) -> new RuleJson(entry.getKey().name(),
					entry.getValue().stream().map(VersionJson::of).toList()))
			.toList();
	}

	@GetMapping("/retirement")
	@Operation(summary = "The retirement date (NĐ 135/2020/NĐ-CP Điều 3) of a man or woman born on a date, in a month "
			+ "(yyyy-MM) or a year (counted from 1 January); 422 with errors[{field, message}] for bad input")
	RetirementJson retirement(@RequestParam(required = false) @Nullable String gender,
			@RequestParam(required = false) @Nullable String birthDate,
			@RequestParam(required = false) @Nullable String birthMonth,
			@RequestParam(required = false) @Nullable String birthYear) {
		return RetirementJson.of(this.rules.retirement(gender, birthDate, birthMonth, birthYear));
	}

	record RuleJson(String key, List<VersionJson> versions) {
	}

	record VersionJson(long id, @Nullable LocalDate validFrom, @Nullable LocalDate validTo, String citation,
			@Nullable String sourceUrl, boolean confirmed, Map<String, Long> parameters, @Nullable String note) {

		static VersionJson of(RuleVersion version) {
			return new VersionJson(version.id(), version.validFrom(), version.validTo(), version.citation(),
					version.sourceUrl(), version.confirmed(), version.parameters(), version.note());
		}

	}

	record RetirementJson(String gender, YearMonth birthMonth, LocalDate retirementDate, LocalDate pensionStartDate,
			int ageYears, int ageMonths, YearMonth ageReachedIn, String citation, @Nullable LocalDate ruleValidFrom,
			@Nullable String sourceUrl, boolean confirmed) {

		static RetirementJson of(Retirement retirement) {
			return new RetirementJson(retirement.sex().name(), retirement.birth(), retirement.retirementDate(),
					retirement.pensionStartDate(), retirement.ageYears(), retirement.ageMonths(),
					retirement.reachedIn(), retirement.rule().citation(), retirement.rule().validFrom(),
					retirement.rule().sourceUrl(), retirement.rule().confirmed());
		}

	}

}
