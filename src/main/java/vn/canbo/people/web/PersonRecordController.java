package vn.canbo.people.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.audit.AuditEntryView;
import vn.canbo.audit.AuditTrail;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonPhoto;
import vn.canbo.people.PersonView;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;

/**
 * The record page (the 2C résumé on screen): every section the user may see, the photo,
 * the links to the printable résumé, and for those who edit, the latest changes; also the
 * photo upload and the removal of a record.
 */
@Controller
@RequestMapping("/people/{id}")
class PersonRecordController {

	private static final int HISTORY_SIZE = 20;

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

	private final People people;

	private final AuditTrail auditTrail;

	private final CurrentUsers currentUsers;

	private final MessageSource messages;

	private final JsonMapper json;

	PersonRecordController(People people, AuditTrail auditTrail, CurrentUsers currentUsers, MessageSource messages,
			JsonMapper json) {
		this.people = people;
		this.auditTrail = auditTrail;
		this.currentUsers = currentUsers;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping
	String record(@PathVariable long id, Model model, Locale locale) {
		PersonView person = this.people.get(id, "PAGE");
		PersonDetails details = person.details();
		model.addAttribute("person", person);
		model.addAttribute("d", details);
		model.addAttribute("birthDate", birthDate(details.identity()));
		model.addAttribute("hasPhoto", this.people.photo(id).isPresent());
		model.addAttribute("ownFamily", relatives(details, PersonDetails.FamilySide.OWN));
		model.addAttribute("spouseFamily", relatives(details, PersonDetails.FamilySide.SPOUSE));
		if (person.editable()) {
			model.addAttribute("history", history(id, locale));
			model.addAttribute("auditLink", this.currentUsers.current().has(Role.ADMIN));
		}
		return "people/record";
	}

	@GetMapping("/photo")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		PersonPhoto photo = this.people.photo(id)
			.orElseThrow(() -> new NotFoundException("peopleui.photo.none", String.valueOf(id)));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(photo.content());
	}

	@PostMapping("/photo")
	String changePhoto(@PathVariable long id, @RequestParam("photo") MultipartFile file, Locale locale,
			RedirectAttributes redirect) {
		try {
			this.people.changePhoto(id, file.getBytes());
			redirect.addFlashAttribute("saved", "peopleui.flash.photo");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failed", this.messages.getMessage(ex.problems().get(0), locale));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:/people/" + id;
	}

	@PostMapping("/delete")
	String delete(@PathVariable long id, @RequestParam long version, Locale locale, RedirectAttributes redirect) {
		try {
			this.people.delete(id, version);
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("failed", this.messages.getMessage("peopleui.delete.concurrent", null, locale));
			return "redirect:/people/" + id;
		}
		redirect.addFlashAttribute("saved", "peopleui.flash.deleted");
		return "redirect:/people";
	}

	/** "12/05/1985", "05/1985" or "1985", as much as is known. */
	private static @Nullable String birthDate(PersonDetails.Identity identity) {
		if (identity.birthYear() == null) {
			return null;
		}
		String year = String.valueOf(identity.birthYear());
		if (identity.birthMonth() == null) {
			return year;
		}
		String month = "%02d/".formatted(identity.birthMonth()) + year;
		return identity.birthDay() == null ? month : "%02d/".formatted(identity.birthDay()) + month;
	}

	private static List<PersonDetails.Relative> relatives(PersonDetails details, PersonDetails.FamilySide side) {
		return details.relatives()
			.stream()
			.filter((relative) -> side == relative.side()
					|| (relative.side() == null && side == PersonDetails.FamilySide.OWN))
			.toList();
	}

	/** One line of the record's history. */
	record Change(long id, String when, String actor, String action, List<String> fields) {
	}

	private List<Change> history(long id, Locale locale) {
		List<Change> changes = new ArrayList<>();
		for (AuditEntryView entry : this.auditTrail.changesOf(People.AUDIT_TYPE, String.valueOf(id), HISTORY_SIZE)) {
			changes.add(new Change(entry.id(), WHEN.format(entry.occurredAt().atZone(VIETNAM)), entry.actor(),
					entry.action().name(), changedFields(entry, locale)));
		}
		return changes;
	}

	/**
	 * The labels of the fields that differ between before and after: the trail keeps the
	 * record as one value, so its parts are compared here.
	 */
	private List<String> changedFields(AuditEntryView entry, Locale locale) {
		if (entry.before() == null || entry.after() == null) {
			return List.of();
		}
		Map<String, String> before = new TreeMap<>();
		Map<String, String> after = new TreeMap<>();
		flatten("", this.json.readTree(entry.before()), before);
		flatten("", this.json.readTree(entry.after()), after);
		Set<String> paths = new LinkedHashSet<>(before.keySet());
		paths.addAll(after.keySet());
		Set<String> labels = new LinkedHashSet<>();
		for (String path : paths) {
			if (!java.util.Objects.equals(before.get(path), after.get(path))) {
				labels.add(fieldLabel(path, locale));
			}
		}
		labels.remove("");
		return List.copyOf(labels);
	}

	private String fieldLabel(String path, Locale locale) {
		if (path.startsWith("photo")) {
			return this.messages.getMessage("peopleui.photo", null, locale);
		}
		if (!path.startsWith("record.")) {
			return "";
		}
		String field = path.substring("record.".length());
		int row = field.indexOf('[');
		if (row > 0) {
			field = field.substring(0, row);
		}
		return this.messages.getMessage("people.field." + field, null, field, locale);
	}

	private static void flatten(String path, JsonNode node, Map<String, String> into) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				flatten(path.isEmpty() ? property.getKey() : path + "." + property.getKey(), property.getValue(), into);
			}
		}
		else if (node.isArray()) {
			int i = 0;
			for (JsonNode element : node) {
				flatten(path + "[" + i++ + "]", element, into);
			}
			if (i == 0) {
				into.put(path, "[]");
			}
		}
		else if (!node.isNull()) {
			into.put(path, node.toString());
		}
	}

}
