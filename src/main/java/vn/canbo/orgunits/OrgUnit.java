package vn.canbo.orgunits;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import vn.canbo.shared.VietnameseText;

/**
 * A node's identity and attributes (đơn vị hành chính or cơ quan, tổ chức); where it
 * hangs in the tree over time is kept in placements.
 */
@Entity
@Table(name = "org_unit")
class OrgUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String name;

	private String nameKey;

	@Enumerated(EnumType.STRING)
	private OrgLevel level;

	@Enumerated(EnumType.STRING)
	@Column(name = "unit_type")
	private UnitType type;

	private @Nullable String provinceCode;

	private @Nullable LocalDate validFrom;

	private @Nullable LocalDate validTo;

	private int sortOrder;

	@Version
	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	protected OrgUnit() {
		this.code = "";
		this.name = "";
		this.nameKey = "";
		this.level = OrgLevel.AGENCY;
		this.type = UnitType.OTHER;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	static OrgUnit agency(String code, String name, UnitType type, @Nullable String provinceCode, LocalDate validFrom,
			Instant now) {
		OrgUnit unit = new OrgUnit();
		unit.code = code;
		unit.rename(name, type, now);
		unit.level = OrgLevel.AGENCY;
		unit.provinceCode = provinceCode;
		unit.validFrom = validFrom;
		unit.createdAt = now;
		return unit;
	}

	void rename(String newName, UnitType newType, Instant now) {
		this.name = VietnameseText.clean(newName);
		this.nameKey = VietnameseText.searchKey(this.name);
		this.type = newType;
		this.sortOrder = newType.ordinal();
		this.updatedAt = now;
	}

	void close(LocalDate end, Instant now) {
		this.validTo = end;
		this.updatedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	void assignCode(String newCode) {
		this.code = newCode;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return this.id;
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	OrgLevel level() {
		return this.level;
	}

	UnitType type() {
		return this.type;
	}

	@Nullable LocalDate validFrom() {
		return this.validFrom;
	}

	@Nullable LocalDate validTo() {
		return this.validTo;
	}

	long version() {
		return this.version;
	}

}
