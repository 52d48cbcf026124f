package eu.mayorsinaction.user;

import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.mayorsinaction.mail.MailManagement;
import eu.mayorsinaction.mail.MailMessage;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts consecutive failed sign-ins (form and HTTP Basic alike, from Spring Security's
 * authentication events), slows each further attempt down a little more, and locks the
 * account for a while after too many; a successful sign-in clears the count.
 * <p>
 * Failures are also counted per client address across all accounts, in a sliding window
 * (table {@code sign_in_failure}): beyond a threshold, attempts from that address are
 * refused before any password is checked, so that one address can neither spray passwords
 * over many accounts nor lock many people out. The address is the request's remote
 * address, which behind a reverse proxy is the client's only if the proxy sets
 * {@code X-Forwarded-For} ({@code server.forward-headers-strategy=framework}).
 */
@Component
class SignInThrottle {

	private final AppUserRepository users;

	private final AccountSettings settings;

	private final ApplicationEventPublisher events;

	private final MailManagement mail;

	private final TransactionTemplate transaction;

	private final String baseUrl;

	private final Clock clock;

	private final JdbcClient jdbc;

	SignInThrottle(AppUserRepository users, AccountSettings settings, ApplicationEventPublisher events,
			MailManagement mail, PlatformTransactionManager transactions,
			@Value("${mia.base-url:http://localhost:8080}") String baseUrl, Optional<Clock> clock, JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
		this.settings = settings;
		this.events = events;
		this.mail = mail;
		this.transaction = new TransactionTemplate(transactions);
		this.baseUrl = baseUrl;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String email = event.getAuthentication().getName();
		String address = remoteAddress(event.getAuthentication());
		Integer failures = this.transaction.execute((status) -> {
			recordAddressFailure(address);
			return recordFailure(email);
		});
		pause(this.settings.delayAfter((failures != null) ? failures : 1));
	}

	/**
	 * How much longer sign-ins from this client address are refused, if they are (too
	 * many failures from it within the window); when they are, answers only after the
	 * longest pause, as a failed attempt would.
	 */
	Optional<Duration> refuseFrom(String address) {
		if (address == null || address.isBlank()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Duration window = this.settings.addressWindow();
		List<Instant> failures = this.jdbc
			.sql("select failed_at from sign_in_failure where address = :address and failed_at > :cutoff"
					+ " order by failed_at")
			.param("address", truncated(address))
			.param("cutoff", Timestamp.from(now.minus(window)))
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.list();
		int max = this.settings.maxFailedSignInsPerAddress();
		if (failures.size() < max) {
			return Optional.empty();
		}
		// Attempts are allowed again once enough of the oldest failures have left the
		// window.
		Duration remaining = Duration.between(now, failures.get(failures.size() - max).plus(window));
		pause(this.settings.delayAfter(failures.size()));
		return Optional.of(remaining.isNegative() ? Duration.ZERO : remaining);
	}

	// A success clears the account's count, never the address's: one account an attacker
	// knows the password of must not reset the window for spraying the others.
	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		String email = event.getAuthentication().getName();
		this.transaction.executeWithoutResult((status) -> this.users.findByEmail(AppUser.normaliseEmail(email))
			.filter((user) -> user.failedSignIns > 0 || user.lockedUntil != null)
			.ifPresent((user) -> {
				user.failedSignIns = 0;
				user.lockedUntil = null;
				this.users.save(user);
			}));
	}

	private void recordAddressFailure(String address) {
		if (address == null || address.isBlank()) {
			return;
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from sign_in_failure where failed_at <= :cutoff")
			.param("cutoff", Timestamp.from(now.minus(this.settings.addressWindow())))
			.update();
		this.jdbc.sql("insert into sign_in_failure (address, failed_at) values (:address, :failedAt)")
			.param("address", truncated(address))
			.param("failedAt", Timestamp.from(now))
			.update();
	}

	private static String remoteAddress(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

	private static String truncated(String address) {
		String stripped = address.strip();
		return (stripped.length() > 64) ? stripped.substring(0, 64) : stripped;
	}

	/** Counts one failure; returns the failures so far (the delay grows with them). */
	private int recordFailure(String email) {
		Optional<AppUser> found = (email == null) ? Optional.empty()
				: this.users.findByEmail(AppUser.normaliseEmail(email));
		if (found.isEmpty()) {
			this.events.publishEvent(new Audited(Actor.anonymous(), "SIGN_IN_FAILED", UserManagement.USER, null, null,
					null, null, Map.of(), Map.of(), "unknown account"));
			return 1;
		}
		AppUser user = found.get();
		Instant now = this.clock.instant();
		int failures = user.failedSignIns + 1;
		this.events.publishEvent(new Audited(Actor.anonymous(), "SIGN_IN_FAILED", UserManagement.USER, user.id,
				user.displayName, null, null, Map.of(), Map.of(), "wrong password (" + failures + ")"));
		if (failures < this.settings.maxFailedSignIns()) {
			user.failedSignIns = failures;
			this.users.save(user);
			return failures;
		}
		Duration lock = this.settings.lockDuration();
		user.failedSignIns = 0;
		user.lockedUntil = now.plus(lock);
		this.users.save(user);
		this.events.publishEvent(new Audited(Actor.anonymous(), "ACCOUNT_LOCKED", UserManagement.USER, user.id,
				user.displayName, null, null, Map.of(), Map.of("lockedUntil", user.lockedUntil.toString()),
				failures + " failed sign-ins"));
		this.mail.sendAfterCommit(new MailMessage(user.email, user.preferredLanguage, "accountLocked",
				List.of(user.displayName, minutes(lock), this.baseUrl + "/password-reset")));
		return failures;
	}

	/** Whole minutes, rounded up: what people are told. */
	static long minutes(Duration duration) {
		return Math.max(1, (duration.toSeconds() + 59) / 60);
	}

	private static void pause(Duration delay) {
		if (delay.isZero() || delay.isNegative()) {
			return;
		}
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
