package eu.mayorsinaction.exchange;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationData;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationKind;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.organisation.TargetKind;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.system.DemoAccounts;
import eu.mayorsinaction.system.MiaSettings;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.Role;
import eu.mayorsinaction.user.UserManagement;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty embedded database with the demo: the partners of the Mayors in Action
 * project and 40 real municipalities with sourced populations. Adhesion dates, statuses
 * and commitments are generated and the signatories are therefore marked illustrative.
 * Never runs with the {@code postgres} profile ({@code mia.demo.enabled=false}).
 * <p>
 * By position in {@code demo/signatories.csv} (0 = the first town): even positions
 * adhered in 2009 under {@code COM_2020}, odd ones in 2016 under {@code COM_2030}; every
 * 13th town from the 8th is on hold. What became of the 2020 signatories is
 * {@link #renewal(int)}: three finished their cycle and never renewed (positions 14, 26,
 * 38: Begues, Χαλάνδρι, Rotselaar), every twelfth (0, 12, 24, 36) renewed for 2030 in
 * 2017, the others renewed for 2050 in the last year, their SECAP being due ahead.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final Actor SYSTEM = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final DemoAccounts demoAccounts;

	private final MiaSettings settings;

	private final DemoPlans plans;

	private final DemoReports reports;

	private final Clock clock;

	DemoDataLoader(OrganisationManagement organisations, UserManagement users, DemoAccounts demoAccounts,
			MiaSettings settings, DemoPlans plans, DemoReports reports, Optional<Clock> clock) {
		this.reports = reports;
		this.clock = clock.orElse(Clock.systemUTC());
		this.organisations = organisations;
		this.users = users;
		this.demoAccounts = demoAccounts;
		this.settings = settings;
		this.plans = plans;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (!this.settings.demo().enabled() || this.organisations.countOrganisations() > 0) {
			return;
		}
		long start = System.nanoTime();
		Map<String, Long> organisationIds = loadOrganisations();
		Map<String, Long> signatoryIds = loadSignatories(organisationIds);
		loadAccounts(organisationIds, signatoryIds);
		log.info("Demo data loaded: {} organisations, {} signatories, {} accounts in {} ms", organisationIds.size() / 2,
				signatoryIds.size(), this.demoAccounts.accounts().size(), (System.nanoTime() - start) / 1_000_000);
		this.plans.load(new ArrayList<>(signatoryIds.values()));
		this.reports.load(new ArrayList<>(signatoryIds.values()));
		log.info("Demo loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
	}

	private Map<String, Long> loadOrganisations() throws IOException {
		Map<String, Long> ids = new HashMap<>();
		for (CSVRecord row : read("demo/organisations.csv")) {
			OrganisationData data = new OrganisationData(OrganisationKind.valueOf(row.get("kind")), row.get("name"),
					row.get("country"), row.get("territory"), null, null, row.get("website"), null);
			long id = this.organisations.createOrganisation(SYSTEM, data).id();
			ids.put(row.get("key"), id);
			// Demo accounts name their organisation as people read it.
			ids.put(row.get("name"), id);
		}
		return ids;
	}

	private Map<String, Long> loadSignatories(Map<String, Long> organisationIds) throws IOException {
		// in the order of the file: the demo plans vary by position
		Map<String, Long> ids = new LinkedHashMap<>();
		int index = 0;
		for (CSVRecord row : read("demo/signatories.csv")) {
			LocalDate adhesion = illustrativeAdhesionDate(index);
			SignatoryStatus status = (index % 13 == 7) ? SignatoryStatus.ON_HOLD : SignatoryStatus.ACTIVE;
			SignatoryData data = new SignatoryData(row.get("name"), row.get("country"), row.get("region"),
					integer(row.get("population")), integer(row.get("population_year")), row.get("population_source"),
					null, decimal(row.get("latitude")), decimal(row.get("longitude")), adhesion, status, null, true,
					null);
			Long supporter = organisationIds.get(row.get("supporter_key"));
			SignatoryView signatory = this.organisations.createSignatory(SYSTEM, data, null);
			if (supporter != null) {
				this.organisations.addSupport(SYSTEM, new OrganisationId(supporter), new SignatoryId(signatory.id()),
						adhesion);
			}
			addIllustrativeCommitments(new SignatoryId(signatory.id()), index, adhesion);
			ids.put(signatory.name(), signatory.id());
			index++;
		}
		return ids;
	}

	/**
	 * Illustrative adhesion dates, clearly not real: the year is 2009 for even positions
	 * ({@code (index × 7) mod 14} is 0) and 2016 for odd ones (7); month and day vary.
	 */
	static LocalDate illustrativeAdhesionDate(int index) {
		return LocalDate.of(2009 + (index * 7) % 14, 1 + (index * 5) % 12, 1 + (index * 11) % 28);
	}

	/** The 2020 signatories that finished their cycle and never renewed. */
	static final Set<Integer> NOT_RENEWED = Set.of(14, 26, 38);

	/** What became of a demo town's first commitment. */
	enum Renewal {

		/** Adhered under a later framework (2016, {@code COM_2030}): nothing to renew. */
		NOT_A_2020_SIGNATORY,
		/**
		 * A 2020 signatory that never renewed: its only commitment's target year passed,
		 * the cycle ended.
		 */
		NOT_RENEWED,
		/**
		 * Renewed for 2030 in 2017, which ends the 2020 cycle; the 2030 SECAP (due 2019)
		 * never came.
		 */
		RENEWED_2017,
		/**
		 * Renewed for 2050 120–359 days before the load, after the 2020 cycle ended (end
		 * of 2020): the SECAP is due 2 years after the decision, still ahead.
		 */
		RENEWED_RECENTLY

	}

	/**
	 * What became of the first commitment of the town at {@code index}: 2016 signatories
	 * have nothing to renew; of the 2020 signatories (even positions), 14, 26 and 38
	 * never renewed, every twelfth (0, 12, 24, 36) renewed in 2017, the others recently.
	 */
	static Renewal renewal(int index) {
		if (illustrativeAdhesionDate(index).getYear() >= 2016) {
			return Renewal.NOT_A_2020_SIGNATORY;
		}
		if (NOT_RENEWED.contains(index)) {
			return Renewal.NOT_RENEWED;
		}
		return (index % 12 == 0) ? Renewal.RENEWED_2017 : Renewal.RENEWED_RECENTLY;
	}

	private void addIllustrativeCommitments(SignatoryId id, int index, LocalDate adhesion) {
		Framework framework = (adhesion.getYear() < 2016) ? Framework.COM_2020
				: (adhesion.getYear() < 2021) ? Framework.COM_2030 : Framework.COM_2050;
		commit(id, framework, adhesion);
		// A renewal starts a new cycle; the old one stays on record.
		switch (renewal(index)) {
			case RENEWED_2017 ->
				commit(id, Framework.COM_2030, LocalDate.of(2017, adhesion.getMonthValue(), adhesion.getDayOfMonth()));
			case RENEWED_RECENTLY ->
				commit(id, Framework.COM_2050, LocalDate.now(this.clock).minusDays(120 + (index * 37) % 240));
			default -> {
				// no renewal
			}
		}
	}

	private void commit(SignatoryId id, Framework framework, LocalDate decision) {
		this.organisations.addCommitment(SYSTEM, id,
				new CommitmentData(framework, decision, BigDecimal.valueOf(framework.minimumTargetPercent()),
						framework.defaultTargetYear(), TargetKind.ABSOLUTE));
	}

	private void loadAccounts(Map<String, Long> organisationIds, Map<String, Long> signatoryIds) {
		for (DemoAccounts.Account account : this.demoAccounts.accounts()) {
			String language = languageOf(account);
			NewUser user = switch (account.role()) {
				case "PLATFORM_ADMIN" -> new NewUser(account.email(), account.displayName(), language,
						DemoAccounts.PASSWORD, true, null, null, null);
				case "ORGANISATION_ADMIN", "ORGANISATION_STAFF" ->
					new NewUser(account.email(), account.displayName(), language, DemoAccounts.PASSWORD, false,
							Role.valueOf(account.role()), organisationIds.get(account.target()), null);
				default -> new NewUser(account.email(), account.displayName(), language, DemoAccounts.PASSWORD, false,
						Role.valueOf(account.role()), null, signatoryIds.get(account.target()));
			};
			this.users.register(user);
		}
	}

	private static String languageOf(DemoAccounts.Account account) {
		String target = String.valueOf(account.target());
		if (target.contains("Genoa") || target.equals("Chiavari")) {
			return "it";
		}
		if (target.contains("Barcelona") || target.equals("Sabadell")) {
			return "es";
		}
		return target.startsWith("CRES") ? "el" : "en";
	}

	private static List<CSVRecord> read(String path) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
			return parser.getRecords();
		}
	}

	private static Integer integer(String value) {
		return (value == null || value.isBlank()) ? null : Integer.valueOf(value.strip());
	}

	private static BigDecimal decimal(String value) {
		return (value == null || value.isBlank()) ? null : new BigDecimal(value.strip());
	}

}
