package eu.mayorsinaction.user;

import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts consecutive failed sign-ins (form and HTTP Basic alike, from Spring Security's
 * authentication events), slows each further attempt down a little more, and locks the
 * account for a while after too many; a successful sign-in clears the count.
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

	SignInThrottle(AppUserRepository users, AccountSettings settings, ApplicationEventPublisher events,
			MailManagement mail, PlatformTransactionManager transactions,
			@Value("${mia.base-url:http://localhost:8080}") String baseUrl, Optional<Clock> clock) {
		this.users = users;
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
		Integer failures = this.transaction.execute((status) -> recordFailure(email));
		pause(this.settings.delayAfter((failures != null) ? failures : 1));
	}

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
