package eu.mayorsinaction.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo accounts (shipped in {@code demo/accounts.csv}): created by the demo loader
 * and listed on the login page in demo mode only.
 */
@Component
public class DemoAccounts {

	/**
	 * One password for every demo account; it is printed on the login page of the demo,
	 * never used elsewhere.
	 */
	public static final String PASSWORD = "demo-mayors-2026";

	private final List<Account> accounts;

	DemoAccounts() {
		this.accounts = read();
	}

	public List<Account> accounts() {
		return this.accounts;
	}

	private static List<Account> read() {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource("demo/accounts.csv").getInputStream(),
				StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
			return parser.stream()
				.map((row) -> new Account(row.get("email"), row.get("role"), row.get("target"),
						row.get("display_name")))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A demo account.
	 *
	 * @param email sign-in address
	 * @param role {@code PLATFORM_ADMIN} or a membership role
	 * @param target the organisation key or the signatory name the role is held on
	 * @param displayName the name shown
	 */
	public record Account(String email, String role, String target, String displayName) {
	}

}
