package eu.mayorsinaction.user;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.mayorsinaction.mail.MailManagement;
import eu.mayorsinaction.mail.MailMessage;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.InvalidInput;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password recovery by e-mail: a one-time link that expires after an hour. Asking for a
 * link answers the same whether or not the address has an account; a reset ends every
 * session of the person and lifts a lock after failed sign-ins.
 */
@Service
@Transactional
public class RecoveryManagement {

	private final PasswordResetRepository resets;

	private final AppUserRepository users;

	private final MailManagement mail;

	private final PasswordEncoder passwordEncoder;

	private final AccountSessions sessions;

	private final ApplicationEventPublisher events;

	private final AccountSettings settings;

	private final String baseUrl;

	private final Clock clock;

	RecoveryManagement(PasswordResetRepository resets, AppUserRepository users, MailManagement mail,
			PasswordEncoder passwordEncoder, AccountSessions sessions, ApplicationEventPublisher events,
			AccountSettings settings, @Value("${mia.base-url:http://localhost:8080}") String baseUrl,
			Optional<Clock> clock) {
		this.resets = resets;
		this.users = users;
		this.mail = mail;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.events = events;
		this.settings = settings;
		this.baseUrl = baseUrl;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Mails a reset link if the address belongs to an enabled account, and does nothing
	 * otherwise: the caller answers the same either way. A new link replaces older ones.
	 */
	public void requestReset(String email) {
		if (email == null || email.isBlank() || email.length() > 254) {
			return;
		}
		Optional<AppUser> found = this.users.findByEmail(AppUser.normaliseEmail(email)).filter((u) -> u.enabled);
		if (found.isEmpty()) {
			return;
		}
		AppUser user = found.get();
		Instant now = this.clock.instant();
		retireOpenLinks(user.id, now);
		String secret = Secrets.random();
		PasswordReset reset = new PasswordReset();
		reset.userId = user.id;
		reset.tokenHash = Secrets.hash(secret);
		reset.createdAt = now;
		reset.expiresAt = now.plus(this.settings.passwordResetValidity());
		this.resets.save(reset);
		this.events.publishEvent(new Audited(Actor.anonymous(), "PASSWORD_RESET_REQUESTED", UserManagement.USER,
				user.id, user.displayName, null, null, Map.of(), Map.of(), null));
		this.mail.sendAfterCommit(new MailMessage(user.email, user.preferredLanguage, "passwordReset",
				List.of(user.displayName, this.baseUrl + "/password-reset/" + secret,
						SignInThrottle.minutes(this.settings.passwordResetValidity()))));
	}

	/**
	 * Checks that a reset link is still valid.
	 * @throws LinkNotValid if it is unknown, expired or used
	 */
	@Transactional(readOnly = true)
	public void checkLink(String token) {
		usable(token);
	}

	/**
	 * Sets a new password through a reset link: the link is used up, every session of the
	 * person ends and a lock after failed sign-ins is lifted.
	 */
	public void resetPassword(String token, String newPassword) {
		PasswordReset reset = usable(token);
		if (newPassword == null || newPassword.length() < UserManagement.MIN_PASSWORD_LENGTH
				|| newPassword.length() > UserManagement.MAX_PASSWORD_LENGTH) {
			throw new InvalidInput("newPassword", "account.passwordLength", UserManagement.MIN_PASSWORD_LENGTH,
					UserManagement.MAX_PASSWORD_LENGTH);
		}
		AppUser user = this.users.findById(reset.userId).filter((u) -> u.enabled).orElseThrow(LinkNotValid::new);
		Instant now = this.clock.instant();
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("failedSignIns", user.failedSignIns);
		before.put("lockedUntil", (user.lockedUntil != null) ? user.lockedUntil.toString() : null);
		user.passwordHash = this.passwordEncoder.encode(newPassword);
		user.failedSignIns = 0;
		user.lockedUntil = null;
		this.users.save(user);
		retireOpenLinks(user.id, now);
		// Every session of the person ends once the new password is committed.
		this.sessions.endAll(user.email);
		this.events.publishEvent(new Audited(Actor.anonymous(), "PASSWORD_RESET", UserManagement.USER, user.id,
				user.displayName, null, null, before, Map.of("failedSignIns", 0), "all sessions ended"));
	}

	private void retireOpenLinks(long userId, Instant now) {
		for (PasswordReset open : this.resets.findByUserIdAndUsedAtIsNull(userId)) {
			open.usedAt = now;
			this.resets.save(open);
		}
	}

	private PasswordReset usable(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			throw new LinkNotValid();
		}
		return this.resets.findByTokenHash(Secrets.hash(token))
			.filter((reset) -> reset.isUsable(this.clock.instant()))
			.orElseThrow(LinkNotValid::new);
	}

}
