package vn.canbo.people;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the photo of a record for its résumé; the caller has checked the scope. */
@Component
class ResumePhotos {

	private final JdbcClient jdbc;

	ResumePhotos(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ResumeContent.Photo> of(long personId) {
		return this.jdbc.sql("select content_type, content from person_photo where person_id = :id")
			.param("id", personId)
			.query((row, number) -> new ResumeContent.Photo(row.getString("content_type"), row.getBytes("content")))
			.optional()
			.filter((photo) -> photo.contentType().equals("image/jpeg") || photo.contentType().equals("image/png"));
	}

}
