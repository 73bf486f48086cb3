package vn.canbo.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.canbo.documents.PdfDocuments;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.shared.NotFoundException;

/**
 * The 2C résumé (sơ yếu lý lịch Mẫu 2C-BNV/2008) of a person as PDF or Word, read through
 * {@link People#get(long, String)}: scoped the same way, the sensitive parts only for
 * roles that may see them, and each such view logged with the channel PDF or DOCX.
 */
@Service
public class Resumes {

	static final String TEMPLATE = "people/resume-2c";

	private final People people;

	private final OrgUnits orgUnits;

	private final PersonStore store;

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	private final List<PostHistory> postHistories;

	Resumes(People people, OrgUnits orgUnits, PersonStore store, PdfDocuments pdfs, MessageSource messages,
			List<PostHistory> postHistories) {
		this.people = people;
		this.postHistories = postHistories;
		this.orgUnits = orgUnits;
		this.store = store;
		this.pdfs = pdfs;
		this.messages = messages;
	}

	/** The résumé as a PDF laid out like the paper form. */
	public ResumeFile pdf(long personId, Locale locale) {
		PersonView view = withPosts(this.people.get(personId, "PDF"));
		ResumeContent content = content(view, locale);
		byte[] pdf = this.pdfs.render(TEMPLATE, Map.of("resume", content), locale);
		return file(view, "pdf", "application/pdf", pdf, locale);
	}

	/** The résumé as a Word document that the user can still edit. */
	public ResumeFile docx(long personId, Locale locale) {
		PersonView view = withPosts(this.people.get(personId, "DOCX"));
		ResumeContent content = content(view, locale);
		byte[] docx = new ResumeDocx(this.messages, locale).write(content);
		return file(view, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx,
				locale);
	}

	/** The record with the recorded posts in its work history (2C item 28). */
	private PersonView withPosts(PersonView view) {
		List<PersonDetails.WorkPeriod> recorded = this.postHistories.stream()
			.flatMap((history) -> history.periodsOf(view.id()).stream())
			.toList();
		PersonDetails details = view.details();
		PersonDetails merged = details.withHistories(details.trainings(),
				PostHistory.merge(details.workHistory(), recorded), details.salaryHistory(), details.relatives());
		return new PersonView(view.id(), view.version(), merged, view.agencyName(), view.agencyLabel(),
				view.sensitiveShown(), view.editable(), view.createdAt(), view.updatedAt());
	}

	private ResumeContent content(PersonView view, Locale locale) {
		String[] placement = placement(view);
		return ResumeContent.of(view, placement[0], placement[1], this.store.photo(view.id()).orElse(null),
				this.messages, locale);
	}

	/**
	 * The managing authority (the nearest commune or province above the agency, with its
	 * province) and the employing unit (the agency with the agencies above it).
	 */
	private String[] placement(PersonView view) {
		long agencyId = Objects.requireNonNull(view.details().employment().agencyId());
		List<OrgUnitView> lineage;
		try {
			lineage = this.orgUnits.lineage(agencyId, this.orgUnits.today());
		}
		catch (NotFoundException ex) {
			// An agency dissolved since: its label still names where it was.
			String[] names = view.agencyLabel().split(" — ");
			return new String[] { names[names.length - 1], view.agencyName() };
		}
		OrgUnitView node = lineage.get(lineage.size() - 1);
		List<String> agencies = new ArrayList<>();
		OrgUnitView authority = null;
		for (int i = lineage.size() - 1; i >= 0; i--) {
			OrgUnitView unit = lineage.get(i);
			if (unit.level().isAdministrative() && unit != node) {
				authority = unit;
				break;
			}
			if (!unit.level().isAdministrative()) {
				agencies.add(unit.name());
			}
		}
		if (authority == null) {
			authority = node;
		}
		OrgUnitView province = lineage.get(0);
		String managing = authority == province ? authority.name() : authority.name() + ", " + province.name();
		String employing = agencies.isEmpty() ? node.name() : String.join(", ", agencies);
		return new String[] { managing, employing };
	}

	private ResumeFile file(PersonView view, String extension, String contentType, byte[] content, Locale locale) {
		String prefix = this.messages.getMessage("resume.file.prefix", null, locale) + "-" + view.id() + "-";
		String name = Objects.requireNonNullElse(view.fullName(), "").strip().replaceAll("\\s+", "-");
		return new ResumeFile(prefix + ascii(name) + "." + extension, prefix + name + "." + extension, contentType,
				content);
	}

	/**
	 * The name without marks, đ as d, anything else outside letters and digits as "-".
	 */
	static String ascii(String text) {
		String stripped = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "");
		return stripped.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
	}

}
