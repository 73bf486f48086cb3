package vn.canbo;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The conventions of CONTRIBUTING.md that Spring Modulith's boundary check does not
 * cover.
 */
class ArchitectureTests {

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.canbo");

	@Test
	void controllersLiveInWebPackagesAndArePackagePrivate() {
		ArchRule rule = classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.and()
			.resideOutsideOfPackage("vn.canbo.ui")
			.should()
			.resideInAPackage("..web..")
			.andShould()
			.notBePublic();
		rule.check(classes);
	}

	@Test
	void entitiesAndRepositoriesAreNotPublic() {
		classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(classes);
		classes().that().areInterfaces().and().areAssignableTo(Repository.class).should().notBePublic().check(classes);
	}

	@Test
	void webDoesNotTouchEntitiesOrRepositories() {
		noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.dependOnClassesThat()
			.areAnnotatedWith(Entity.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.check(classes);
	}

	@Test
	void noFieldInjection() {
		fields().should().notBeAnnotatedWith(Autowired.class).check(classes);
	}

	@Test
	void timeComesFromTheClock() {
		noClasses().should()
			.callMethod(java.time.LocalDate.class, "now")
			.orShould()
			.callMethod(java.time.LocalDateTime.class, "now")
			.orShould()
			.callMethod(java.time.Instant.class, "now")
			.orShould()
			.callMethod(java.time.ZonedDateTime.class, "now")
			.because("domain code asks the injected Clock, so tests can fix the date")
			.check(classes);
	}

}
