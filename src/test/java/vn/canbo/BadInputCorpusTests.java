package vn.canbo;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonView;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input sent over real HTTP to the running server (Tomcat, the security firewall and
 * every filter in place): NUL and other control characters, over-long text, unknown
 * choices, text for numbers and dates, negative and huge numbers, malformed JSON, missing
 * fields and odd paths, to every endpoint the application maps (found in the handler
 * mapping, so a new endpoint is covered without a line here). Nothing may answer 5xx;
 * what is refused is refused with a 4xx in Vietnamese; the server is healthy after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTests {

	/** A letter only Vietnamese writes: the answer is in Vietnamese. */
	static final Pattern VIETNAMESE = Pattern.compile("[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđươ]");

	/**
	 * Endpoints the corpus leaves alone: signing out or changing one's own password ends
	 * the run.
	 */
	static final Set<String> SKIPPED = Set.of("/logout", "/login", "/account/password");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SystemAccess system;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	UserAccountView administrator;

	PersonView person;

	String csrf;

	final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@BeforeAll
	void signIn() throws Exception {
		long commune = this.system.call(() -> this.orgUnits.getByCode("03334", LocalDate.of(2025, 7, 1)).id());
		this.administrator = TestAccounts.provision(this.accounts, "corpus", null, Role.ADMIN, Role.ORG_OFFICER,
				Role.LEADER);
		this.person = this.system
			.call(() -> this.people.create(TestPeople.person("Lò Văn Kiểmthử", Gender.MALE, 1984, commune)));
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).GET());
		Matcher token = CSRF.matcher(login.body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(this.administrator.username()) + "&password="
					+ encode(TestAccounts.PASSWORD) + "&_csrf=" + encode(token.group(1)))));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		// "/" leads each role to its home: any page carries the token
		Matcher pageToken = CSRF.matcher(send(HttpRequest.newBuilder(uri("/account/password")).GET()).body());
		assertThat(pageToken.find()).as("CSRF token on a page").isTrue();
		this.csrf = pageToken.group(1);
	}

	// --- the cases of issue 12, point 3 that only a real server shows ---

	@Test
	void nulByteInAQueryParameterIsRefusedNamingItOnTheApiAndOnPages() throws Exception {
		HttpResponse<String> api = api("GET", "/api/v1/persons?q=a%00b", null, null);
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("\"q\"").contains("ký tự điều khiển");

		for (String page : List.of("/people?q=a%00b", "/org-units/search?q=%00", "/people?unitId=1&q=x%00")) {
			HttpResponse<String> answer = page("GET", page, null, null);
			assertThat(answer.statusCode()).as(page).isEqualTo(400);
			assertThat(answer.body()).as(page).contains("ký tự điều khiển").contains("id=\"problem\"");
		}
		HttpResponse<String> units = api("GET", "/api/v1/org-units?parent=%00", null, null);
		assertThat(units.statusCode()).isEqualTo(400);
		assertThat(units.body()).contains("\"parent\"");
	}

	@Test
	void nulByteInAFormFieldOrAMultipartFieldIsRefusedNamingTheField() throws Exception {
		HttpResponse<String> form = page("POST", "/work/tasks", "application/x-www-form-urlencoded",
				("title=B%C3%A1o%20c%C3%A1o%00&dueOn=2026-01-20&_csrf=" + encode(this.csrf)).getBytes());
		assertThat(form.statusCode()).isEqualTo(400);
		assertThat(form.body()).contains("title").contains("ký tự điều khiển");

		Multipart multipart = new Multipart().field("_csrf", this.csrf)
			.field("note", "ghi chú\u0000")
			.file("file", "a.txt", "nội dung".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> upload = page("POST", "/work/tasks/1/progress", multipart.contentType(),
				multipart.bytes());
		assertThat(upload.statusCode()).isEqualTo(400);
		assertThat(upload.body()).contains("note").contains("ký tự điều khiển");
	}

	@Test
	void oddPathsAndOverLongAddressesAreRefusedInVietnamese() throws Exception {
		for (String path : List.of("/api/v1/org-units/ab%00cd", "/api/v1/org-units/ab%2Fcd",
				"/api/v1/org-units/ab%0Acd", "/api/v1/org-units/%2e%2e%2f",
				"/api/v1/org-units?q=" + "a".repeat(40_000))) {
			HttpResponse<String> answer = api("GET", path, null, null);
			assertThat(answer.statusCode()).as(shorten(path)).isEqualTo(400);
			if (!path.contains("?")) {
				// a request line too long to parse cannot be known as the API's
				assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(shorten(path))
					.startsWith("application/problem+json");
			}
			assertThat(answer.body()).as(shorten(path)).contains("Yêu cầu bị từ chối");
		}
		for (String path : List.of("/people/ab%00cd", "/people/ab%2Fcd", "/people/ab%0Acd",
				"/people?q=" + "a".repeat(40_000))) {
			HttpResponse<String> answer = page("GET", path, null, null);
			assertThat(answer.statusCode()).as(shorten(path)).isEqualTo(400);
			assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(shorten(path))
				.startsWith("text/html");
			assertThat(answer.body()).as(shorten(path)).contains("Yêu cầu bị từ chối");
		}
	}

	@Test
	void anOverLongQueryParameterIsRefusedNamingIt() throws Exception {
		HttpResponse<String> api = api("GET", "/api/v1/persons?q=" + "a".repeat(20_000), null, null);
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.body()).contains("\"field\":\"q\"").contains("dài quá 2.000 ký tự");

		HttpResponse<String> page = page("GET", "/people?q=" + "a".repeat(3_000), null, null);
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("dài quá 2.000 ký tự").contains("id=\"problem\"");
	}

	@Test
	void anUploadOverTheLimitAndAMultipartWithoutItsFileAreAnsweredInVietnamese() throws Exception {
		// A client announcing 200 MB is answered as soon as the size is known, before the
		// body is read; a raw socket reads that answer while it would still be sending.
		Multipart start = new Multipart().file("file", "lon.xlsx", new byte[64 * 1024]);
		String answer;
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/imports/persons?dryRun=true HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
					+ basic() + "\r\nContent-Type: " + start.contentType() + "\r\nContent-Length: " + 200L * 1024 * 1024
					+ "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(start.bytes());
			out.flush();
			answer = readUntil(socket.getInputStream(), "}");
		}
		assertThat(answer).startsWith("HTTP/1.1 413").contains("vượt quá giới hạn");

		Multipart withoutFile = new Multipart().field("dryRun", "true");
		HttpResponse<String> missing = api("POST", "/api/v1/imports/persons", withoutFile.contentType(),
				withoutFile.bytes());
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("Thiếu phần bắt buộc \\\"file\\\"");
	}

	// --- the corpus ---

	record BadValue(String name, String text, boolean refusedEverywhere) {
	}

	static final List<BadValue> TEXT_VALUES = List.of(new BadValue("NUL", "a\u0000b", true),
			new BadValue("control character", "a\u0007b\u001b", true),
			new BadValue("over-long text", "x".repeat(25_000), true), new BadValue("unknown choice", "KHONG_CO", false),
			new BadValue("text", "abc", false), new BadValue("negative", "-1", false),
			new BadValue("huge number", "99999999999999999999", false), new BadValue("odd date", "2026-13-45", false));

	static final List<BadValue> BODY_VALUES = List.of(new BadValue("malformed JSON", "{\"a\": ", true),
			new BadValue("not an object", "[1, 2", true), new BadValue("empty object", "{}", false),
			new BadValue("wrong types", "{\"version\": \"abc\", \"year\": \"x\", \"kind\": \"KHONG_CO\"}", false));

	@Test
	void everyEndpointAnswersBadInputWithAVietnamese4xxAndTheServerStaysHealthy() throws Exception {
		List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
		List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
		// The API is stateless and takes requests in parallel; pages share one session,
		// whose
		// attributes Spring Session's JDBC store may insert twice under concurrent
		// requests.
		java.util.concurrent.ExecutorService apiSenders = java.util.concurrent.Executors.newFixedThreadPool(3);
		java.util.concurrent.ExecutorService pageSenders = java.util.concurrent.Executors.newSingleThreadExecutor();
		try {
			for (Map.Entry<String, Endpoint> entry : endpoints().entrySet()) {
				for (Request request : entry.getValue().badRequests(this)) {
					sent.add((request.api() ? apiSenders : pageSenders).submit(() -> {
						String problem;
						try {
							HttpResponse<String> answer = request.api()
									? api(request.method(), request.path(), request.contentType(), request.body())
									: page(request.method(), request.path(), request.contentType(), request.body());
							problem = judge(answer, request.mustRefuse());
							problem = (problem == null) ? null : answer.statusCode() + ": " + problem;
						}
						catch (Exception ex) {
							problem = ex.toString();
						}
						if (problem != null) {
							failures.add(entry.getKey() + " with " + request.what() + " -> " + problem);
						}
						return null;
					}));
				}
			}
			for (java.util.concurrent.Future<?> request : sent) {
				request.get();
			}
		}
		finally {
			apiSenders.shutdown();
			pageSenders.shutdown();
		}
		int requests = sent.size();
		HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/actuator/health")).GET());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"UP\"");
		assertThat(requests).as("requests sent").isGreaterThan(500);
		assertThat(failures).as("bad input answered wrongly (of %d requests)", requests).isEmpty();
	}

	static @Nullable String judge(HttpResponse<String> answer, boolean mustRefuse) {
		int status = answer.statusCode();
		if (status >= 500) {
			return "server error " + shorten(answer.body());
		}
		if (mustRefuse && (status < 400 && status != 302)) {
			return "accepted";
		}
		if (status >= 400 && !VIETNAMESE.matcher(answer.body()).find()) {
			return "not in Vietnamese: " + shorten(answer.body());
		}
		return null;
	}

	record Request(String what, String method, String path, boolean api, @Nullable String contentType,
			byte @Nullable [] body, boolean mustRefuse) {
	}

	record Parameter(String name, Class<?> type, boolean multipartFile) {
	}

	record Endpoint(String method, String pattern, List<String> pathVariables, List<Parameter> parameters,
			@Nullable Class<?> body, boolean multipart) {

		boolean api() {
			return this.pattern.startsWith("/api/");
		}

		List<Request> badRequests(BadInputCorpusTests test) {
			List<Request> requests = new ArrayList<>();
			String path = test.path(this.pattern);
			boolean form = !"GET".equals(this.method) && !api() && this.body == null;
			List<Parameter> texts = new ArrayList<>(
					this.parameters.stream().filter((p) -> !p.multipartFile()).toList());
			if (texts.isEmpty() && (form || "GET".equals(this.method))) {
				texts.add(new Parameter("q", String.class, false));
			}
			for (int index = 0; index < texts.size(); index++) {
				Parameter parameter = texts.get(index);
				for (BadValue value : TEXT_VALUES) {
					boolean typed = parameter.type() != String.class;
					// NUL in every parameter; the other characters the filter refuses
					// alike, in the first
					if (value.refusedEverywhere() && !value.name().equals("NUL") && index > 0) {
						continue;
					}
					// a text parameter takes any text: one plain odd value is enough
					if (!value.refusedEverywhere() && !typed && !value.name().equals("unknown choice")) {
						continue;
					}
					boolean mustRefuse = value.refusedEverywhere() || (typed && !value.name().equals("negative")
							&& !(value.name().equals("huge number") && isBigNumber(parameter.type())));
					String what = parameter.name() + "=" + value.name();
					String pair = encode(parameter.name()) + "=" + encode(value.text());
					if (this.multipart) {
						Multipart multipart = new Multipart().field(parameter.name(), value.text());
						if (!api()) {
							multipart.field("_csrf", test.csrf);
						}
						for (Parameter file : this.parameters) {
							if (file.multipartFile()) {
								multipart.file(file.name(), "tep.xlsx", new byte[] { 1, 2, 3 });
							}
						}
						requests.add(new Request(what + " (multipart)", this.method, path, api(),
								multipart.contentType(), multipart.bytes(), mustRefuse));
					}
					else if (form) {
						requests.add(new Request(what + " (form)", this.method, path, false,
								"application/x-www-form-urlencoded",
								(pair + "&_csrf=" + encode(test.csrf)).getBytes(StandardCharsets.UTF_8), mustRefuse));
					}
					else {
						requests.add(new Request(what, this.method, path + (path.contains("?") ? "&" : "?") + pair,
								api(), (this.body != null) ? "application/json" : null,
								(this.body != null) ? "{}".getBytes(StandardCharsets.UTF_8) : null, mustRefuse));
					}
				}
			}
			if (this.body != null) {
				for (BadValue value : BODY_VALUES) {
					requests.add(new Request("body " + value.name(), this.method, path, api(), "application/json",
							value.text().getBytes(StandardCharsets.UTF_8), value.refusedEverywhere()));
				}
				for (String field : jsonFields(this.body)) {
					requests.add(new Request("body " + field + "=NUL", this.method, path, api(), "application/json",
							("{\"" + field + "\": \"a\\u0000b\"}").getBytes(StandardCharsets.UTF_8), true));
				}
			}
			if (!this.pathVariables.isEmpty()) {
				for (String odd : List.of("%00", "%0A", "%2F", "abc", "-1", "99999999999999999999")) {
					String oddPath = test.path(this.pattern.replaceFirst("\\{[^}]+}", odd));
					boolean mustRefuse = !odd.equals("-1") && !odd.equals("abc") && !odd.startsWith("9");
					requests.add(new Request("path " + odd, this.method, oddPath, api(),
							(this.body != null) ? "application/json"
									: (form ? "application/x-www-form-urlencoded" : null),
							(this.body != null) ? "{}".getBytes(StandardCharsets.UTF_8)
									: (form ? ("_csrf=" + encode(test.csrf)).getBytes(StandardCharsets.UTF_8) : null),
							mustRefuse));
				}
			}
			return requests;
		}

		private static boolean isBigNumber(Class<?> type) {
			return type == java.math.BigDecimal.class || type == java.math.BigInteger.class;
		}

		private static List<String> jsonFields(Class<?> type) {
			if (!type.isRecord()) {
				return List.of();
			}
			List<String> fields = new ArrayList<>();
			for (RecordComponent component : type.getRecordComponents()) {
				if (component.getType() == String.class) {
					fields.add(component.getName());
				}
			}
			return fields;
		}

	}

	/**
	 * Every endpoint of the application with its parameters, from the handler mapping.
	 */
	Map<String, Endpoint> endpoints() {
		Map<String, Endpoint> endpoints = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("vn.canbo")) {
				continue;
			}
			Set<String> patterns = info.getPatternValues();
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
					: info.getMethodsCondition()
						.getMethods()
						.stream()
						.map(Enum::name)
						.collect(java.util.stream.Collectors.toSet());
			for (String pattern : patterns) {
				if (SKIPPED.contains(pattern) || pattern.equals("/error")) {
					continue;
				}
				for (String method : methods) {
					endpoints.put(method + " " + pattern, endpoint(method, pattern, handler));
				}
			}
		}
		return endpoints;
	}

	static Endpoint endpoint(String method, String pattern, HandlerMethod handler) {
		List<String> pathVariables = new ArrayList<>();
		List<Parameter> parameters = new ArrayList<>();
		Class<?> body = null;
		boolean multipart = false;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(PathVariable.class)) {
				pathVariables.add(parameter.getParameterName());
			}
			else if (parameter.hasParameterAnnotation(RequestBody.class)) {
				body = type;
			}
			else if (parameter.hasParameterAnnotation(RequestParam.class)) {
				RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
				String name = !annotation.name().isEmpty() ? annotation.name()
						: !annotation.value().isEmpty() ? annotation.value() : parameter.getParameterName();
				if (MultipartFile.class.isAssignableFrom(type)) {
					multipart = true;
					parameters.add(new Parameter(name, type, true));
				}
				else if (Map.class.isAssignableFrom(type)) {
					for (String field : List.of("name", "title", "note", "unitId", "version")) {
						parameters.add(new Parameter(field, String.class, false));
					}
				}
				else {
					parameters.add(new Parameter(name, type, false));
				}
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class) && type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					parameters.add(new Parameter(component.getName(), component.getType(), false));
				}
			}
		}
		return new Endpoint(method, pattern, pathVariables, parameters, body, multipart);
	}

	/**
	 * A plausible value for each path variable, so that the bad value meets a real
	 * handler.
	 */
	String path(String pattern) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("code", "03334");
		values.put("year", String.valueOf(LocalDate.now().getYear()));
		values.put("month", YearMonth.now().toString());
		values.put("key", "RETIREMENT_AGE");
		String path = pattern;
		for (Map.Entry<String, String> value : values.entrySet()) {
			path = path.replace("{" + value.getKey() + "}", value.getValue());
		}
		return path.replaceAll("\\{[^}]+}", String.valueOf(this.person.id())).replace("/**", "/x");
	}

	// --- HTTP ---

	HttpResponse<String> api(String method, String path, @Nullable String contentType, byte @Nullable [] body)
			throws Exception {
		return send(request(method, path, contentType, body).header("Authorization", basic()));
	}

	/**
	 * What the server sent until the text appears, the connection closes or 30 s pass.
	 */
	static String readUntil(InputStream in, String end) throws java.io.IOException {
		ByteArrayOutputStream read = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				read.write(buffer, 0, n);
				String text = read.toString(StandardCharsets.UTF_8);
				if (text.contains("\r\n\r\n") && text.substring(text.indexOf("\r\n\r\n")).contains(end)) {
					break;
				}
			}
		}
		catch (java.net.SocketTimeoutException ex) {
			// what came is what there is
		}
		return read.toString(StandardCharsets.UTF_8);
	}

	String basic() {
		return "Basic " + Base64.getEncoder()
			.encodeToString(
					(this.administrator.username() + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	HttpResponse<String> page(String method, String path, @Nullable String contentType, byte @Nullable [] body)
			throws Exception {
		return send(request(method, path, contentType, body));
	}

	HttpRequest.Builder request(String method, String path, @Nullable String contentType, byte @Nullable [] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (!"GET".equals(method) && !path.startsWith("/api/")) {
			request.header("X-CSRF-TOKEN", this.csrf);
		}
		return request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofByteArray(body) : HttpRequest.BodyPublishers.noBody());
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static String shorten(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

	/** A multipart/form-data body. */
	static final class Multipart {

		private final String boundary = "----canbo" + Long.toHexString(System.nanoTime());

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Multipart field(String name, String value) {
			write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
			write(value + "\r\n");
			return this;
		}

		Multipart file(String name, String fileName, byte[] content) {
			write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
					+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
			this.out.writeBytes(content);
			write("\r\n");
			return this;
		}

		String contentType() {
			return "multipart/form-data; boundary=" + this.boundary;
		}

		byte[] bytes() {
			ByteArrayOutputStream copy = new ByteArrayOutputStream();
			copy.writeBytes(this.out.toByteArray());
			copy.writeBytes(("--" + this.boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return copy.toByteArray();
		}

		private void write(String text) {
			this.out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

}
