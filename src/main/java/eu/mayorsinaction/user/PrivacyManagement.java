package eu.mayorsinaction.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.mayorsinaction.audit.AuditManagement;
import eu.mayorsinaction.mail.MailManagement;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's rights over their personal data: a download of everything stored about
 * them, deleting their own account, and erasure by a platform administrator. Removing an
 * account keeps the business data and the audit trail, with the person's name and e-mail
 * address replaced by a pseudonym, and ends all their sessions.
 */
@Service
@Transactional
public class PrivacyManagement {

	static final String ACCOUNT_DELETED = "ACCOUNT_DELETED";

	static final String ACCOUNT_ERASED = "ACCOUNT_ERASED";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AppUserRepository users;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final OrganisationManagement organisations;

	private final AuditManagement audit;

	private final MailManagement mail;

	private final AccountSessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	PrivacyManagement(AppUserRepository users, JdbcClient jdbc, PasswordEncoder passwordEncoder,
			OrganisationManagement organisations, AuditManagement audit, AccountSessions sessions,
			ApplicationEventPublisher events, MailManagement mail) {
		this.users = users;
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.organisations = organisations;
		this.audit = audit;
		this.mail = mail;
		this.sessions = sessions;
		this.events = events;
	}

	/** Everything stored about the acting person. */
	@Transactional(readOnly = true)
	public PersonalData exportPersonalData(Actor actor) {
		AppUser user = requireUser(actor);
		long id = user.id;
		PersonalData.Account account = this.jdbc
			.sql("select id, email, display_name, preferred_language, created_at, enabled, platform_admin,"
					+ " failed_sign_ins, locked_until from app_user where id = :id")
			.param("id", id)
			.query((rs, row) -> new PersonalData.Account(rs.getLong("id"), rs.getString("email"),
					rs.getString("display_name"), rs.getString("preferred_language"), instant(rs, "created_at"),
					rs.getBoolean("enabled"), rs.getBoolean("platform_admin"), rs.getInt("failed_sign_ins"),
					instant(rs, "locked_until")))
			.single();
		List<PersonalData.Token> tokens = this.jdbc
			.sql("select id, name, scope, created_at, expires_at, last_used_at, revoked_at from api_token"
					+ " where user_id = :id order by created_at, id")
			.param("id", id)
			.query((rs, row) -> new PersonalData.Token(rs.getLong("id"), rs.getString("name"), rs.getString("scope"),
					instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"),
					instant(rs, "revoked_at")))
			.list();
		List<PersonalData.PasswordResetRequest> resets = this.jdbc
			.sql("select created_at, expires_at, used_at from password_reset where user_id = :id order by created_at")
			.param("id", id)
			.query((rs, row) -> new PersonalData.PasswordResetRequest(instant(rs, "created_at"),
					instant(rs, "expires_at"), instant(rs, "used_at")))
			.list();
		List<PersonalData.Invitation> sent = invitations("invited_by = :who", id);
		List<PersonalData.Invitation> received = invitations("lower(email) = :who", user.email);
		return new PersonalData(this.clock.instant(), account, memberships(id), tokens, named(sent), named(received),
				resets, this.mail.sentTo(user.email), this.audit.actionsBy(id), this.audit.aboutPerson(id));
	}

	/**
	 * Deletes the acting person's own account after checking their password. The last
	 * enabled platform administrator cannot leave, so that the platform keeps one.
	 */
	public void deleteOwnAccount(Actor actor, String currentPassword) {
		AppUser user = requireUser(actor);
		if (currentPassword == null || currentPassword.isEmpty()
				|| !this.passwordEncoder.matches(currentPassword, user.passwordHash)) {
			throw new InvalidInput("currentPassword", "privacy.wrongPassword");
		}
		if (user.platformAdmin && user.enabled && otherEnabledAdmins(user.id) == 0) {
			throw new AccountRemovalRefused(AccountRemovalRefused.LAST_ADMIN);
		}
		remove(actor, user, ACCOUNT_DELETED);
	}

	/**
	 * A platform administrator erases a person: the account goes, the business data
	 * stays, and the audit trail names the person by a pseudonym from then on.
	 * @return the pseudonym the audit trail now shows for the person
	 */
	public String erase(Actor admin, long userId) {
		if (!admin.platformAdmin()) {
			throw new Forbidden();
		}
		AppUser user = this.users.findById(userId).orElseThrow(() -> new UserNotFound(userId));
		if (user.id.equals(admin.userId())) {
			throw new AccountRemovalRefused(AccountRemovalRefused.ERASE_SELF);
		}
		return remove(admin, user, ACCOUNT_ERASED);
	}

	private String remove(Actor actor, AppUser user, String action) {
		String pseudonym = pseudonym(user.id);
		// Recorded first, so that the entry itself is pseudonymised with the others.
		this.events
			.publishEvent(new Audited(actor, action, "USER", user.id, pseudonym, null, null, Map.of(), Map.of(), null));
		this.audit.pseudonymise(user.id, pseudonym, List.of(user.displayName, user.email));
		this.audit.pseudonymiseEverywhere(user.email, pseudonym);
		this.mail.pseudonymiseRecipient(user.email, pseudonym);
		// Invitations addressed to the person name them; those they sent stay (the
		// database forgets the sender).
		this.jdbc.sql("delete from invitation where lower(email) = :email").param("email", user.email).update();
		this.users.delete(user);
		this.sessions.endAll(user.email);
		return pseudonym;
	}

	private long otherEnabledAdmins(long userId) {
		// Locks the admins' rows, so that two admins cannot both leave at the same
		// moment.
		return this.jdbc.sql("select id from app_user where platform_admin = true and enabled = true for update")
			.query(Long.class)
			.list()
			.stream()
			.filter((id) -> id != userId)
			.count();
	}

	private List<MembershipView> memberships(long userId) {
		List<MembershipView> memberships = this.jdbc
			.sql("select role, organisation_id, signatory_id from membership where user_id = :id order by id")
			.param("id", userId)
			.query((rs, row) -> new MembershipView(Role.valueOf(rs.getString("role")),
					rs.getObject("organisation_id", Long.class), rs.getObject("signatory_id", Long.class), null))
			.list();
		Names names = names(memberships.stream().map(MembershipView::organisationId).toList(),
				memberships.stream().map(MembershipView::signatoryId).toList());
		return memberships.stream()
			.map((m) -> new MembershipView(m.role(), m.organisationId(), m.signatoryId(),
					names.of(m.organisationId(), m.signatoryId())))
			.toList();
	}

	private List<PersonalData.Invitation> invitations(String condition, Object who) {
		return this.jdbc
			.sql("select id, email, display_name, language, role, organisation_id, signatory_id, created_at,"
					+ " expires_at, accepted_at, revoked_at from invitation where " + condition
					+ " order by created_at, id")
			.param("who", who)
			.query((rs, row) -> new PersonalData.Invitation(rs.getLong("id"), rs.getString("email"),
					rs.getString("display_name"), rs.getString("language"), Role.valueOf(rs.getString("role")),
					rs.getObject("organisation_id", Long.class), rs.getObject("signatory_id", Long.class), null,
					instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "accepted_at"),
					instant(rs, "revoked_at")))
			.list();
	}

	private List<PersonalData.Invitation> named(List<PersonalData.Invitation> invitations) {
		Names names = names(invitations.stream().map(PersonalData.Invitation::organisationId).toList(),
				invitations.stream().map(PersonalData.Invitation::signatoryId).toList());
		return invitations.stream()
			.map((i) -> new PersonalData.Invitation(i.id(), i.email(), i.displayName(), i.language(), i.role(),
					i.organisationId(), i.signatoryId(), names.of(i.organisationId(), i.signatoryId()), i.createdAt(),
					i.expiresAt(), i.acceptedAt(), i.revokedAt()))
			.toList();
	}

	private Names names(List<Long> organisationIds, List<Long> signatoryIds) {
		Set<Long> organisations = new HashSet<>(organisationIds);
		organisations.remove(null);
		Set<Long> signatories = new HashSet<>(signatoryIds);
		signatories.remove(null);
		return new Names(this.organisations.organisationNames(organisations),
				this.organisations.signatoryNames(signatories));
	}

	private AppUser requireUser(Actor actor) {
		if (actor.userId() == null) {
			throw new Forbidden();
		}
		return this.users.findById(actor.userId()).orElseThrow(() -> new UserNotFound(actor.userId()));
	}

	/**
	 * A name that tells one erased person from another in the trail but cannot be traced
	 * back to them: a hash of the id and a random salt that is not kept.
	 */
	private static String pseudonym(long userId) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt);
			byte[] hash = digest.digest(Long.toString(userId).getBytes(StandardCharsets.UTF_8));
			return "Person-" + HexFormat.of().formatHex(hash, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private record Names(Map<Long, String> organisations, Map<Long, String> signatories) {

		String of(Long organisationId, Long signatoryId) {
			return (organisationId != null) ? this.organisations.get(organisationId)
					: this.signatories.get(signatoryId);
		}

	}

}
