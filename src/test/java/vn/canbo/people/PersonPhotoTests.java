package vn.canbo.people;

import org.junit.jupiter.api.Test;

import vn.canbo.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Photos are told by their content, not by what the browser says, and kept small. */
class PersonPhotoTests {

	@Test
	void recognisesJpegAndPngByTheirFirstBytes() {
		assertThat(PersonPhoto.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }).contentType())
			.isEqualTo("image/jpeg");
		assertThat(PersonPhoto.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 }).contentType())
			.isEqualTo("image/png");
	}

	@Test
	void refusesOtherFilesEmptyOnesAndOnesOverTwoMegabytes() {
		assertThatThrownBy(() -> PersonPhoto.of("GIF89a".getBytes())).isInstanceOf(InvalidInputException.class)
			.satisfies((ex) -> assertThat(((InvalidInputException) ex).problems().get(0).messageKey())
				.isEqualTo("peopleui.photo.error.type"));
		assertThatThrownBy(() -> PersonPhoto.of(new byte[0])).isInstanceOf(InvalidInputException.class);
		byte[] large = new byte[PersonPhoto.MAX_BYTES + 1];
		large[0] = (byte) 0xFF;
		large[1] = (byte) 0xD8;
		large[2] = (byte) 0xFF;
		assertThatThrownBy(() -> PersonPhoto.of(large)).isInstanceOf(InvalidInputException.class)
			.satisfies((ex) -> assertThat(((InvalidInputException) ex).problems().get(0).messageKey())
				.isEqualTo("peopleui.photo.error.tooLarge"));
	}

}
