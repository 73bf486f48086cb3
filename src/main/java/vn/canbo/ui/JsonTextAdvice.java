package vn.canbo.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Reads every JSON body once before it is bound and refuses a text value or name that is
 * not {@link InputText acceptable text}, naming its path (e.g.
 * {@code details.identity.fullName}); a body over {@link #MAX_BYTES} is refused whole.
 * Malformed JSON is left to the converter, whose error names the line and column.
 */
@ControllerAdvice
class JsonTextAdvice extends RequestBodyAdviceAdapter {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final JsonFactory JSON = new JsonFactory();

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		MediaType type = input.getHeaders().getContentType();
		if (type == null
				|| !(type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json"))) {
			return input;
		}
		byte[] body;
		try (InputStream stream = input.getBody()) {
			body = stream.readNBytes(MAX_BYTES + 1);
		}
		if (body.length > MAX_BYTES) {
			throw new MaxUploadSizeExceededException(MAX_BYTES);
		}
		check(body);
		HttpHeaders headers = input.getHeaders();
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}

		};
	}

	static void check(byte[] body) {
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.PROPERTY_NAME || token == JsonToken.VALUE_STRING) {
					InputText.Flaw flaw = InputText.flaw(parser.getString());
					if (flaw != null) {
						throw new RejectedTextException(path(parser.streamReadContext()), flaw);
					}
				}
			}
		}
		catch (JacksonException ex) {
			// malformed: the converter answers it
		}
	}

	/** The property path of the value being read: {@code details.trainings[2].from}. */
	static String path(TokenStreamContext context) {
		Deque<String> segments = new ArrayDeque<>();
		for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
			if (at.inArray()) {
				segments.push("[" + Math.max(0, at.getCurrentIndex()) + "]");
			}
			else if (at.currentName() != null) {
				segments.push("." + at.currentName());
			}
		}
		StringBuilder path = new StringBuilder();
		segments.forEach(path::append);
		String shown = path.toString().replaceFirst("^\\.", "").replaceAll("\\p{Cntrl}", "?");
		return shown.isEmpty() ? "body" : shown;
	}

}
