package vn.canbo.people.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonSummary;
import vn.canbo.people.PersonView;
import vn.canbo.shared.PageResult;

/**
 * Personnel records over HTTP: the list with the same filters as the page, one record,
 * create, replace (with the version read, so concurrent edits are refused) and delete.
 */
@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Persons", description = "Personnel records (the 2C résumé), scoped to the caller's units")
class PersonApiController {

	private final People people;

	PersonApiController(People people) {
		this.people = people;
	}

	@GetMapping
	@Operation(summary = "People matching the filters within the caller's scope (staff: only their own record), in "
			+ "Vietnamese name order; paged, with the total. q matches a name with or without diacritics, a staff "
			+ "number or, for roles that may read it, a citizen ID (prefix)")
	Page list(@ModelAttribute PersonFilterParams filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		PageResult<PersonSummary> result = this.people.search(filter.toFilter(), page, size);
		return new Page(result.total(), result.page(), result.size(), result.items());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One record; the ID number, family, health, personal history and discipline only for "
			+ "roles that may see them (each such view is logged)")
	Person one(@PathVariable long id) {
		return Person.of(this.people.get(id, "API"));
	}

	@PostMapping
	@Operation(summary = "Create a record; 422 with errors[{field, message}] when the input breaks a rule")
	ResponseEntity<Person> create(@RequestBody PersonDetails details) {
		Person created = Person.of(this.people.create(details));
		return ResponseEntity.created(URI.create("/api/v1/persons/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a record's details; version is the one read. 409 when the record changed "
			+ "meanwhile (nothing is overwritten)")
	Person replace(@PathVariable long id, @Valid @RequestBody Replacement replacement) {
		return Person.of(this.people.update(id, replacement.version(), replacement.details()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a record at the version read")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam long version) {
		this.people.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	record Page(long total, int page, int size, List<PersonSummary> items) {
	}

	record Replacement(long version, @NotNull PersonDetails details) {
	}

	record Agency(long id, String name, String label) {
	}

	record Person(long id, long version, Agency agency, boolean sensitiveShown, PersonDetails details,
			@Nullable Instant createdAt, @Nullable Instant updatedAt) {

		static Person of(PersonView view) {
			return new Person(view.id(), view.version(),
					new Agency(view.details().employment().agencyId(), view.agencyName(), view.agencyLabel()),
					view.sensitiveShown(), view.details(), view.createdAt(), view.updatedAt());
		}

	}

}
