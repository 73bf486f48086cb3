package vn.canbo.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.canbo.audit.AuditEntryView;
import vn.canbo.audit.AuditQuery;
import vn.canbo.audit.AuditTrail;
import vn.canbo.shared.DataChanged;

/**
 * The administrators' audit trail page: filters, a paged table and each entry's before
 * and after side by side.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final int PAGE_SIZE = 25;

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String entityId,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) DataChanged.@Nullable Action action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String text, @RequestParam(defaultValue = "0") int page,
			Model model) {
		AuditQuery query = new AuditQuery(entityType, entityId, actor, action, from, to, text);
		Page<AuditEntryView> entries = this.trail.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("query", query);
		model.addAttribute("entries", entries);
		model.addAttribute("actions", DataChanged.Action.values());
		model.addAttribute("zone", VIETNAM);
		return "audit/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("detail", this.trail.detail(id));
		model.addAttribute("zone", VIETNAM);
		return "audit/detail :: detail";
	}

}
