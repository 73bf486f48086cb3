package vn.canbo.people;

import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import vn.canbo.documents.UploadedSheet;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.JobMeter;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;

/**
 * Imports that run in the background with their progress (for the upload page): the
 * uploaded file is kept on disk by {@code UploadedSheets} (bounded, and deleted when the
 * job goes or nobody used it for a while), and each run works with the uploader's
 * security context, so it sees and changes only what the user may. At most
 * {@value #MAX_JOBS} jobs are remembered (the oldest finished one gives way); only their
 * owner sees them.
 */
@Service
public class PersonImportJobs {

	private static final int MAX_JOBS = 50;

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private final PersonImports imports;

	private final CurrentUsers currentUsers;

	private final MessageSource messages;

	private final ExecutorService executor = Executors.newFixedThreadPool(2);

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final JobMeter meter;

	PersonImportJobs(PersonImports imports, CurrentUsers currentUsers, MessageSource messages, JobMeter meter) {
		this.imports = imports;
		this.currentUsers = currentUsers;
		this.messages = messages;
		this.meter = meter;
	}

	/** The state of an uploaded file and of its latest run. */
	public static final class Job {

		private final String id;

		private final String owner;

		private final String fileName;

		private final UploadedSheet sheet;

		private final List<String> headers;

		private volatile Map<String, String> mapping;

		private volatile long total;

		private final AtomicInteger done = new AtomicInteger();

		private volatile boolean running;

		private final long created = SEQUENCE.incrementAndGet();

		private volatile @Nullable ImportReport report;

		private volatile @Nullable String failure;

		Job(String id, String owner, String fileName, UploadedSheet sheet, List<String> headers) {
			this.id = id;
			this.owner = owner;
			this.fileName = fileName;
			this.sheet = sheet;
			this.headers = headers;
			this.mapping = PersonSheet.suggestMapping(headers);
		}

		public String id() {
			return this.id;
		}

		public String fileName() {
			return this.fileName;
		}

		/** The uploaded file, on disk while it is kept. */
		public UploadedSheet sheet() {
			return this.sheet;
		}

		public List<String> headers() {
			return this.headers;
		}

		public Map<String, String> mapping() {
			return this.mapping;
		}

		public long total() {
			return this.total;
		}

		public int done() {
			return this.done.get();
		}

		/** Percent of the rows handled, 0–100. */
		public int percent() {
			return this.total == 0 ? (this.running ? 0 : 100) : (int) Math.min(100, this.done.get() * 100 / this.total);
		}

		public boolean running() {
			return this.running;
		}

		public @Nullable ImportReport report() {
			return this.report;
		}

		public @Nullable String failure() {
			return this.failure;
		}

	}

	/**
	 * Keeps the uploaded sheet for the current user (on disk, once it passed the import
	 * limits) and reads its headers.
	 */
	public Job upload(String fileName, InputStream content) {
		UploadedSheet sheet = this.imports.accept(content);
		List<String> headers;
		try {
			headers = this.imports.headers(sheet);
		}
		catch (RuntimeException ex) {
			sheet.close();
			throw ex;
		}
		synchronized (this.jobs) {
			if (this.jobs.size() >= MAX_JOBS) {
				this.jobs.values()
					.stream()
					.filter((job) -> !job.running)
					.min(Comparator.comparing((Job job) -> job.sheet.kept()).thenComparing((job) -> job.created))
					.ifPresent(this::forget);
			}
			Job job = new Job(UUID.randomUUID().toString(), owner(), fileName, sheet, headers);
			this.jobs.put(job.id, job);
			return job;
		}
	}

	private void forget(Job job) {
		this.jobs.remove(job.id);
		job.sheet.close();
	}

	/** The current user's job; another user's is refused. */
	public Job get(String id) {
		Job job = this.jobs.get(id);
		if (job == null) {
			throw new NotFoundException("peopleimport.error.jobMissing");
		}
		if (!job.owner.equals(owner())) {
			throw new OutOfScopeException("error.forbidden");
		}
		return job;
	}

	/**
	 * Starts a run of the job (a dry run or the import itself) in the background with the
	 * current user's security context.
	 */
	public Job start(String id, Map<String, String> mapping, boolean dryRun, Locale locale) {
		Job job = get(id);
		if (!this.imports.canImport()) {
			throw new OutOfScopeException("error.forbidden");
		}
		synchronized (job) {
			if (job.running) {
				return job;
			}
			job.mapping = Map.copyOf(mapping);
			job.running = true;
			job.report = null;
			job.failure = null;
			job.done.set(0);
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
		this.executor.submit(new DelegatingSecurityContextRunnable(() -> run(job, dryRun, locale), context));
		return job;
	}

	private void run(Job job, boolean dryRun, Locale locale) {
		try {
			String name = dryRun ? "person-import-dry-run" : "person-import";
			job.report = this.meter.time(name, () -> {
				job.total = this.imports.countRows(job.sheet);
				return this.imports.run(job.sheet, job.mapping, dryRun, locale, job.done::set);
			});
			this.meter.rows(name, job.done.get());
		}
		catch (InvalidInputException ex) {
			job.failure = String.join(" ",
					ex.problems()
						.stream()
						.map((FieldProblem problem) -> this.messages.getMessage(problem, locale))
						.toList());
		}
		catch (DomainException ex) {
			job.failure = this.messages.getMessage(ex.messageKey(), ex.messageArguments(), ex.messageKey(), locale);
		}
		catch (RuntimeException ex) {
			job.failure = Optional.ofNullable(ex.getMessage()).orElse(ex.getClass().getSimpleName());
		}
		finally {
			job.running = false;
		}
	}

	/**
	 * Every import job the application holds now, newest first, for the administrators'
	 * view of the system: whose, which file, running or how it ended.
	 * @throws OutOfScopeException if the caller is not an administrator
	 */
	public List<JobState> states() {
		if (!this.currentUsers.current().has(Role.ADMIN)) {
			throw new OutOfScopeException("error.forbidden");
		}
		return this.jobs.values()
			.stream()
			.sorted(Comparator.comparingLong((Job job) -> job.created).reversed())
			.map((job) -> new JobState(job.owner, job.fileName, job.total, job.percent(), job.running,
					job.report == null ? null : job.report.dryRun(), job.report == null ? 0 : job.report.imported(),
					job.report == null ? 0 : job.report.updated(), job.report == null ? 0 : job.report.rejected(),
					job.failure != null))
			.toList();
	}

	/**
	 * Where an import job stands.
	 *
	 * @param owner who uploaded the file
	 * @param fileName the file
	 * @param rows the sheet's data rows, once counted
	 * @param percent percent of the rows handled
	 * @param running whether a run is going on
	 * @param dryRun whether the last run was a dry run; null before any run ended
	 * @param imported rows that created a record in the last run
	 * @param updated rows that changed a record
	 * @param rejected rows refused
	 * @param failed whether the last run failed
	 */
	public record JobState(String owner, String fileName, long rows, int percent, boolean running,
			@Nullable Boolean dryRun, int imported, int updated, int rejected, boolean failed) {
	}

	private String owner() {
		return this.currentUsers.current().username();
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
