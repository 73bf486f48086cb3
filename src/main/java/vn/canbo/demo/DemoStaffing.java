package vn.canbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.staffing.AssignmentKind;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.RecordAssignment;
import vn.canbo.staffing.SetQuota;
import vn.canbo.staffing.Staffing;

/**
 * Posts and quotas for the demo's people: each person's current post (title or job
 * position) read from the post written on their record, from the day they joined the
 * agency (never before the agency existed); some earlier posts in other agencies since
 * the reform; the commune Party secretary holding the People's Council chair where it is
 * vacant (nhất thể hóa); and quotas per agency, category and job position from the
 * reform, cut from 2026 on, so that some units are over quota and some under.
 */
@Component
public class DemoStaffing {

	/** The first quotas after the 2025 reform, and the streamlined ones. */
	static final LocalDate FIRST_QUOTAS = DemoOrganisation.ESTABLISHED;

	static final LocalDate STREAMLINED_QUOTAS = LocalDate.of(2026, 1, 1);

	private static final int BATCH = 5000;

	/**
	 * People who retire or leave the province during 2026, and people moved between
	 * agencies.
	 */
	private static final int LEAVERS_PER_MILLE = 15;

	private static final int MOVERS_PER_MILLE = 40;

	private final Assignments assignments;

	private final Staffing staffing;

	private final OrgUnits orgUnits;

	DemoStaffing(Assignments assignments, Staffing staffing, OrgUnits orgUnits) {
		this.assignments = assignments;
		this.staffing = staffing;
		this.orgUnits = orgUnits;
	}

	/**
	 * A person created by the demo, with the record written and the workplace generated
	 * for.
	 *
	 * @param personId the record's id
	 * @param details the record
	 * @param workplace the agency
	 */
	public record Placed(long personId, PersonDetails details, SyntheticRecords.Workplace workplace) {

	}

	/**
	 * Records the posts of everyone placed and the quotas of their agencies; returns how
	 * many posts.
	 */
	public int load(List<Placed> placed, long seed) {
		Random random = new Random(seed);
		List<RecordAssignment> commands = new ArrayList<>(placed.size() + placed.size() / 20);
		Map<Long, String> codes = new HashMap<>();
		Map<String, Map<String, Integer>> heldOnStreamlining = new LinkedHashMap<>();
		Set<Long> councilsWithChair = new HashSet<>();
		Map<String, Placed> communeSecretaries = new HashMap<>();
		Map<String, List<SyntheticRecords.Workplace>> sameKind = new HashMap<>();
		for (Placed person : placed) {
			sameKind
				.computeIfAbsent(person.workplace().type() + "/" + (person.workplace().commune()),
						(k) -> new ArrayList<>())
				.add(person.workplace());
		}
		for (Placed person : placed) {
			SyntheticRecords.Workplace workplace = person.workplace();
			String unitCode = codes.computeIfAbsent(workplace.agencyId(), (id) -> this.orgUnits.current(id).code());
			PersonnelCategory category = person.details().employment().category();
			String position = String.valueOf(person.details().employment().position());
			Post post = post(position, workplace, category);
			LocalDate joined = person.details().employment().joinedAgencyOn();
			LocalDate from = (joined == null || joined.isBefore(FIRST_QUOTAS)) ? FIRST_QUOTAS : joined;
			List<SyntheticRecords.Workplace> others = sameKind.get(workplace.type() + "/" + workplace.commune());
			if (post.jobPosition() != null && from.isAfter(FIRST_QUOTAS.plusMonths(2)) && random.nextInt(100) < 30) {
				SyntheticRecords.Workplace earlier = others.get(random.nextInt(others.size()));
				if (earlier.agencyId() != workplace.agencyId()) {
					String earlierCode = codes.computeIfAbsent(earlier.agencyId(),
							(id) -> this.orgUnits.current(id).code());
					commands.add(command(person, earlierCode, post, category, FIRST_QUOTAS, from,
							AssignmentKind.PRIMARY, "Điều động"));
				}
			}
			int fate = random.nextInt(1000);
			if (fate < LEAVERS_PER_MILLE) {
				LocalDate left = STREAMLINED_QUOTAS.plusDays(31 + random.nextInt(240));
				commands.add(command(person, unitCode, post, category, from, left, AssignmentKind.PRIMARY,
						(random.nextBoolean()) ? "Nghỉ hưu" : "Chuyển công tác ra ngoài tỉnh"));
			}
			else if (fate < LEAVERS_PER_MILLE + MOVERS_PER_MILLE && post.jobPosition() != null) {
				SyntheticRecords.Workplace earlier = others.get(random.nextInt(others.size()));
				LocalDate moved = STREAMLINED_QUOTAS.plusDays(31 + random.nextInt(240));
				String earlierCode = codes.computeIfAbsent(earlier.agencyId(),
						(id) -> this.orgUnits.current(id).code());
				commands.add(command(person, earlierCode, post, category, from, moved, AssignmentKind.PRIMARY, null));
				commands
					.add(command(person, unitCode, post, category, moved, null, AssignmentKind.PRIMARY, "Điều động"));
			}
			else {
				commands.add(command(person, unitCode, post, category, from, null, AssignmentKind.PRIMARY, null));
			}
			if ("XA_CT_HDND".equals(post.title())) {
				councilsWithChair.add(workplace.agencyId());
			}
			if ("XA_BI_THU".equals(post.title())) {
				communeSecretaries.put(workplace.communeCode(), person);
			}
			if (!from.isAfter(STREAMLINED_QUOTAS)) {
				heldOnStreamlining.computeIfAbsent(unitCode, (code) -> new LinkedHashMap<>())
					.merge(category.name() + "/" + ((post.jobPosition() == null) ? "" : post.jobPosition()), 1,
							Integer::sum);
			}
		}
		for (Placed person : placed) {
			SyntheticRecords.Workplace workplace = person.workplace();
			if (workplace.type() == UnitType.PEOPLES_COUNCIL && workplace.commune()
					&& !councilsWithChair.contains(workplace.agencyId())) {
				Placed secretary = communeSecretaries.get(workplace.communeCode());
				if (secretary != null) {
					councilsWithChair.add(workplace.agencyId());
					commands.add(command(secretary, codes.get(workplace.agencyId()), new Post("XA_CT_HDND", null),
							PersonnelCategory.CADRE, FIRST_QUOTAS, null, AssignmentKind.CONCURRENT,
							"Nhất thể hóa: Bí thư Đảng ủy đồng thời là Chủ tịch HĐND"));
				}
			}
		}
		int recorded = 0;
		for (int start = 0; start < commands.size(); start += BATCH) {
			recorded += this.assignments.recordAll(commands.subList(start, Math.min(commands.size(), start + BATCH)));
		}
		this.staffing.setQuotas(quotas(heldOnStreamlining, random));
		return recorded;
	}

	/**
	 * The quota of each agency and category, and of each job position in commune
	 * agencies: around the headcount at the streamlining date, set a little higher at the
	 * reform and cut from 2026 on.
	 */
	private static List<SetQuota> quotas(Map<String, Map<String, Integer>> held, Random random) {
		List<SetQuota> first = new ArrayList<>();
		List<SetQuota> streamlined = new ArrayList<>();
		held.forEach((unitCode, counts) -> {
			Map<PersonnelCategory, Integer> perCategory = new LinkedHashMap<>();
			counts.forEach((key, count) -> perCategory.merge(PersonnelCategory.valueOf(key.split("/", -1)[0]), count,
					Integer::sum));
			perCategory.forEach((category, count) -> {
				if (category == PersonnelCategory.CONTRACT) {
					return;
				}
				int quota = Math.max(1, (int) Math.round(count * (0.82 + random.nextDouble() * 0.3)));
				first.add(new SetQuota(unitCode, category, null, quota + 1 + random.nextInt(3), FIRST_QUOTAS,
						"QĐ " + (100 + random.nextInt(800)) + "/QĐ-UBND", FIRST_QUOTAS.minusDays(10)));
				streamlined.add(new SetQuota(unitCode, category, null, quota, STREAMLINED_QUOTAS,
						"QĐ " + (100 + random.nextInt(800)) + "/QĐ-UBND", STREAMLINED_QUOTAS.minusDays(20)));
			});
			counts.forEach((key, count) -> {
				String[] parts = key.split("/", -1);
				if (!parts[1].isEmpty() && count >= 2) {
					int quota = Math.max(1, count + random.nextInt(3) - 1);
					streamlined.add(new SetQuota(unitCode, PersonnelCategory.valueOf(parts[0]), parts[1], quota,
							STREAMLINED_QUOTAS, null, null));
				}
			});
		});
		List<SetQuota> all = new ArrayList<>(first);
		all.addAll(streamlined);
		return all;
	}

	private static RecordAssignment command(Placed person, String unitCode, Post post, PersonnelCategory category,
			LocalDate from, @Nullable LocalDate to, AssignmentKind kind, @Nullable String note) {
		return new RecordAssignment(person.personId(), unitCode, post.title(), post.jobPosition(), kind, null, category,
				from, to, null, "QĐ " + (person.personId() % 900 + 100) + "/QĐ", from.minusDays(5), note);
	}

	/**
	 * The title or job position a post written on a record stands for.
	 *
	 * @param title the title's code, or null
	 * @param jobPosition the job position's code, or null
	 */
	record Post(@Nullable String title, @Nullable String jobPosition) {

		static Post title(String code) {
			return new Post(code, null);
		}

		static Post job(String code) {
			return new Post(null, code);
		}

	}

	static Post post(String position, SyntheticRecords.Workplace workplace, PersonnelCategory category) {
		boolean commune = workplace.commune();
		UnitType type = workplace.type();
		String p = position;
		switch (category) {
			case CONTRACT:
				return Post.job("NHAN_VIEN_HO_TRO");
			case PART_TIME:
				return Post.job("KHONG_CHUYEN_TRACH");
			case CADRE:
				return cadre(p, type, commune);
			case CIVIL_SERVANT:
				if (p.startsWith("Trưởng phòng")) {
					return Post
						.title((commune && type == UnitType.SPECIALISED_OFFICE) ? "XA_TRUONG_PHONG" : "TRUONG_PHONG");
				}
				if (p.startsWith("Phó Trưởng phòng")) {
					return Post
						.title((commune && type == UnitType.SPECIALISED_OFFICE) ? "XA_PHO_PHONG" : "PHO_TRUONG_PHONG");
				}
				return Post.job(p.startsWith("Kế toán") ? "KE_TOAN" : p.startsWith("Văn thư") ? "VAN_THU"
						: p.startsWith("Thanh tra") ? "THANH_TRA" : "CHUYEN_VIEN");
			default:
				return employee(p, workplace);
		}
	}

	private static Post cadre(String p, UnitType type, boolean commune) {
		String tier = commune ? "XA_" : "TINH_";
		return switch (type) {
			case PARTY_COMMITTEE -> p.startsWith("Bí thư") ? Post.title(tier + "BI_THU") : p.startsWith("Phó Bí thư")
					? Post.title(tier + "PHO_BI_THU")
					: p.startsWith("Ủy viên Ban Thường vụ") ? Post.title(tier + "UV_BTV") : Post.title("UY_VIEN");
			case PARTY_BOARD -> p.startsWith("Trưởng ban") ? Post.title("TINH_TRUONG_BAN_DANG")
					: p.startsWith("Phó Trưởng ban") ? Post.title("TINH_PHO_BAN_DANG") : Post.title("UY_VIEN");
			case PEOPLES_COUNCIL -> p.startsWith("Chủ tịch") ? Post.title(tier + "CT_HDND")
					: p.startsWith("Phó Chủ tịch") ? Post.title(tier + "PCT_HDND")
							: p.startsWith("Trưởng ban") ? Post.title(tier + "TRUONG_BAN_HDND")
									: (p.startsWith("Phó Trưởng ban") && commune) ? Post.title("XA_PHO_BAN_HDND")
											: Post.title("UY_VIEN");
			case PEOPLES_COMMITTEE -> p.startsWith("Chủ tịch") ? Post.title(tier + "CT_UBND")
					: p.startsWith("Phó Chủ tịch") ? Post.title(tier + "PCT_UBND") : Post.title("UY_VIEN");
			case FATHERLAND_FRONT -> p.startsWith("Chủ tịch") ? Post.title(tier + "CT_MTTQ")
					: p.startsWith("Phó Chủ tịch") ? Post.title(tier + "PCT_MTTQ") : Post.title("UY_VIEN");
			case MASS_ORGANISATION ->
				!commune ? Post.title("UY_VIEN") : p.startsWith("Chủ tịch") ? Post.title("XA_TRUONG_DOAN_THE")
						: p.startsWith("Phó") ? Post.title("XA_PHO_DOAN_THE") : Post.title("UY_VIEN");
			case DIVISION -> p.startsWith("Trưởng") ? Post.title("TRUONG_PHONG")
					: p.startsWith("Phó") ? Post.title("PHO_TRUONG_PHONG") : Post.title("UY_VIEN");
			case PUBLIC_SERVICE_UNIT -> p.startsWith("Giám đốc") ? Post.title("TRUONG_DON_VI_SN")
					: p.startsWith("Phó") ? Post.title("PHO_DON_VI_SN") : Post.title("UY_VIEN");
			default -> p.startsWith("Giám đốc") ? Post.title(commune ? "XA_TRUONG_PHONG" : "GIAM_DOC_SO")
					: p.startsWith("Phó Giám đốc") ? Post.title(commune ? "XA_PHO_PHONG" : "PHO_GIAM_DOC_SO")
							: Post.title("UY_VIEN");
		};
	}

	private static Post employee(String p, SyntheticRecords.Workplace workplace) {
		if (p.startsWith("Hiệu trưởng") || p.startsWith("Giám đốc")) {
			return Post.title("TRUONG_DON_VI_SN");
		}
		if (p.startsWith("Phó Hiệu trưởng") || p.startsWith("Phó Giám đốc")) {
			return Post.title("PHO_DON_VI_SN");
		}
		if (p.startsWith("Trưởng khoa") || p.startsWith("Phó Trưởng khoa") || p.startsWith("Tổ trưởng")) {
			return Post.title("TRUONG_KHOA");
		}
		if (p.startsWith("Giáo viên")) {
			return Post.job("GIAO_VIEN");
		}
		if (p.startsWith("Giảng viên")) {
			return Post.job("GIANG_VIEN");
		}
		if (p.startsWith("Bác sĩ")) {
			return Post.job("BAC_SI");
		}
		if (p.startsWith("Dược sĩ")) {
			return Post.job("DUOC_SI");
		}
		if (p.startsWith("Điều dưỡng") || p.startsWith("Kỹ thuật viên") || p.startsWith("Hộ sinh")) {
			return Post.job("DIEU_DUONG");
		}
		if (p.startsWith("Kế toán")) {
			return Post.job("KE_TOAN");
		}
		if (p.startsWith("Văn thư")) {
			return Post.job("VAN_THU");
		}
		return Post.job("VIEN_CHUC");
	}

}
