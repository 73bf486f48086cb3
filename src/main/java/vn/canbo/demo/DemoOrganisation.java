package vn.canbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.OrgUnitFilter;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;

/**
 * Builds the political system of the demo province after the 2025 reform: the provincial
 * Party committee and its boards, People's Council, People's Committee with its
 * departments, Fatherland Front and mass organisations, public service units; and the
 * same, smaller, in every commune. Names follow the 2025 two-tier structure; the counts
 * of schools and centres vary by the seed.
 */
@Component
public class DemoOrganisation {

	static final LocalDate ESTABLISHED = LocalDate.of(2025, 7, 1);

	private static final List<String> DEPARTMENTS = List.of("Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Sở Xây dựng",
			"Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Giáo dục và Đào tạo", "Sở Y tế",
			"Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo");

	private static final List<String> DEPARTMENT_DIVISIONS = List.of("Văn phòng Sở", "Thanh tra Sở",
			"Phòng Tổ chức cán bộ", "Phòng Kế hoạch - Tài chính");

	private static final List<String> MASS_ORGANISATIONS = List.of("Đoàn Thanh niên Cộng sản Hồ Chí Minh",
			"Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh");

	private final OrgUnits orgUnits;

	DemoOrganisation(OrgUnits orgUnits) {
		this.orgUnits = orgUnits;
	}

	/**
	 * Creates the agencies of the province as the demo does (for benchmarks); returns
	 * them, as places where people work.
	 */
	public List<SyntheticRecords.Workplace> build(String provinceCode, long seed) {
		return build(new DemoProperties(provinceCode, null, seed, 0, false));
	}

	/** Creates the agencies; returns them, as places where people work. */
	List<SyntheticRecords.Workplace> build(DemoProperties properties) {
		Into into = new Into(new ArrayList<>(), null);
		Random random = new Random(properties.seed());
		OrgUnitView province = this.orgUnits.getByCode(properties.provinceCode(), ESTABLISHED);
		String place = province.name().replaceFirst("^(Tỉnh|Thành phố) ", "");
		buildProvince(into, province, place, random);
		List<OrgUnitView> communes = this.orgUnits
			.list(OrgUnitFilter.asOf(ESTABLISHED).level(OrgLevel.COMMUNE).parent(province.id()), 0, 1000)
			.items();
		for (OrgUnitView commune : communes) {
			buildCommune(new Into(into.workplaces(), commune.code()), commune, random);
		}
		return into.workplaces();
	}

	private int buildProvince(Into into, OrgUnitView province, String place, Random random) {
		int count = 0;
		OrgUnitView partyCommittee = add(into, province, "Tỉnh ủy " + place, UnitType.PARTY_COMMITTEE);
		count++;
		for (String board : List.of("Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy",
				"Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Ban Chính sách, chiến lược Tỉnh ủy",
				"Trường Chính trị tỉnh")) {
			add(into, partyCommittee, board,
					board.startsWith("Trường") ? UnitType.PUBLIC_SERVICE_UNIT : UnitType.PARTY_BOARD);
			count++;
		}
		OrgUnitView council = add(into, province, "Hội đồng nhân dân tỉnh " + place, UnitType.PEOPLES_COUNCIL);
		add(into, council, "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", UnitType.DIVISION);
		OrgUnitView committee = add(into, province, "Ủy ban nhân dân tỉnh " + place, UnitType.PEOPLES_COMMITTEE);
		add(into, committee, "Văn phòng Ủy ban nhân dân tỉnh", UnitType.SPECIALISED_OFFICE);
		add(into, committee, "Thanh tra tỉnh", UnitType.SPECIALISED_OFFICE);
		count += 5;
		for (String name : DEPARTMENTS) {
			OrgUnitView department = add(into, committee, name, UnitType.SPECIALISED_OFFICE);
			count++;
			for (String division : DEPARTMENT_DIVISIONS) {
				add(into, department, division, UnitType.DIVISION);
				count++;
			}
			count += publicServiceUnits(into, department, name, random);
		}
		OrgUnitView front = add(into, province, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh " + place,
				UnitType.FATHERLAND_FRONT);
		count++;
		for (String organisation : MASS_ORGANISATIONS) {
			add(into, front, organisation + " tỉnh " + place, UnitType.MASS_ORGANISATION);
			count++;
		}
		add(into, front, "Liên đoàn Lao động tỉnh " + place, UnitType.MASS_ORGANISATION);
		return count + 1;
	}

	private int publicServiceUnits(Into into, OrgUnitView department, String departmentName, Random random) {
		List<String> units = switch (departmentName) {
			case "Sở Y tế" -> List.of("Bệnh viện Đa khoa tỉnh", "Trung tâm Kiểm soát bệnh tật",
					"Bệnh viện Y học cổ truyền", "Bệnh viện Phục hồi chức năng");
			case "Sở Giáo dục và Đào tạo" -> List.of("Trường Trung học phổ thông Chuyên",
					"Trường Trung học phổ thông số 1", "Trường Trung học phổ thông số 2",
					"Trường Trung học phổ thông số 3", "Trường Phổ thông Dân tộc nội trú tỉnh");
			case "Sở Nông nghiệp và Môi trường" -> List.of("Trung tâm Khuyến nông", "Chi cục Kiểm lâm");
			default -> List.of();
		};
		int wanted = units.isEmpty() ? 0 : 1 + random.nextInt(units.size());
		for (String unit : units.subList(0, wanted)) {
			add(into, department, unit, UnitType.PUBLIC_SERVICE_UNIT);
		}
		return wanted;
	}

	private int buildCommune(Into into, OrgUnitView commune, Random random) {
		String kind = commune.name().startsWith("Phường") ? "phường" : "xã";
		String place = commune.name().replaceFirst("^(Xã|Phường|Đặc khu) ", "");
		add(into, commune, "Đảng ủy " + kind + " " + place, UnitType.PARTY_COMMITTEE);
		add(into, commune, "Hội đồng nhân dân " + kind + " " + place, UnitType.PEOPLES_COUNCIL);
		OrgUnitView committee = add(into, commune, "Ủy ban nhân dân " + kind + " " + place, UnitType.PEOPLES_COMMITTEE);
		add(into, committee, "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", UnitType.SPECIALISED_OFFICE);
		add(into, committee, "Phòng Kinh tế", UnitType.SPECIALISED_OFFICE);
		add(into, committee, "Phòng Văn hóa - Xã hội", UnitType.SPECIALISED_OFFICE);
		add(into, committee, "Trung tâm Phục vụ hành chính công", UnitType.PUBLIC_SERVICE_UNIT);
		OrgUnitView front = add(into, commune, "Ủy ban Mặt trận Tổ quốc Việt Nam " + kind + " " + place,
				UnitType.FATHERLAND_FRONT);
		for (String organisation : MASS_ORGANISATIONS) {
			add(into, front, organisation + " " + kind + " " + place, UnitType.MASS_ORGANISATION);
		}
		int schools = 1 + random.nextInt(3);
		List<String> levels = List.of("Trường Mầm non", "Trường Tiểu học", "Trường Trung học cơ sở");
		for (int i = 0; i < schools; i++) {
			add(into, committee, levels.get(i) + " " + place, UnitType.PUBLIC_SERVICE_UNIT);
		}
		return 12 + schools;
	}

	private OrgUnitView add(Into into, OrgUnitView parent, String name, UnitType type) {
		OrgUnitView agency = this.orgUnits.createAgency(new CreateAgency(parent.id(), name, type, ESTABLISHED, null));
		into.workplaces().add(new SyntheticRecords.Workplace(agency.id(), name, type, into.communeCode()));
		return agency;
	}

	/**
	 * Where the agencies built go, and the commune they belong to (null: the province).
	 */
	private record Into(List<SyntheticRecords.Workplace> workplaces, @Nullable String communeCode) {
	}

}
