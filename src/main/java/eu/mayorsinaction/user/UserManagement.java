package eu.mayorsinaction.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.shared.Languages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user module's public service: accounts, roles and personal API tokens. It also
 * tells Spring Security who a person is.
 */
@Service
@Transactional
public class UserManagement implements UserDetailsService {

	static final String TOKEN_PREFIX = "mia_";

	static final int MIN_PASSWORD_LENGTH = 12;

	static final int MAX_PASSWORD_LENGTH = 200;

	/** The longest lifetime a personal API token may be given (ten years). */
	static final int MAX_TOKEN_DAYS = 3650;

	static final String USER = "USER";

	private final AppUserRepository users;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final OrganisationManagement organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SignInThrottle throttle;

	UserManagement(AppUserRepository users, ApiTokenRepository tokens, PasswordEncoder passwordEncoder,
			OrganisationManagement organisations, ApplicationEventPublisher events, Optional<Clock> clock,
			SignInThrottle throttle) {
		this.users = users;
		this.throttle = throttle;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		Instant now = this.clock.instant();
		return this.users.findByEmail(AppUser.normaliseEmail(email))
			.map((user) -> toPrincipal(user, now))
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}

	/**
	 * The person behind a bearer token, if the token exists, has not expired and was not
	 * revoked; records its use.
	 */
	public Optional<MiaUser> authenticateToken(String rawToken) {
		return authenticateBearerToken(rawToken).map(AuthenticatedToken::user);
	}

	/**
	 * The person behind a bearer token and the token's scope, if the token exists, has
	 * not expired and was not revoked; records its use.
	 */
	public Optional<AuthenticatedToken> authenticateBearerToken(String rawToken) {
		if (rawToken == null || !rawToken.startsWith(TOKEN_PREFIX)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.tokens.findByTokenHash(hash(rawToken)).filter((token) -> token.isUsable(now)).flatMap((token) -> {
			token.lastUsedAt = now;
			this.tokens.save(token);
			return this.users.findById(token.userId)
				.filter((user) -> user.enabled)
				.map((user) -> new AuthenticatedToken(toPrincipal(user, now), token.scope));
		});
	}

	/**
	 * Records a successful interactive sign-in in the audit trail.
	 */
	public void recordSignIn(String email) {
		this.users.findByEmail(AppUser.normaliseEmail(email)).ifPresent((user) -> {
			Actor actor = toPrincipal(user, this.clock.instant()).actor();
			this.events.publishEvent(new Audited(actor, "SIGN_IN", USER, user.id, user.displayName, null, null,
					Map.of(), Map.of(), null));
		});
	}

	/**
	 * How much longer sign-in attempts from this client address are refused, if they are:
	 * too many failed sign-ins from it, across accounts, within a sliding window. The
	 * accounts themselves stay unlocked. Answers after the longest throttling pause when
	 * refusing, holding no database connection meanwhile.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<Duration> signInsRefusedFrom(String remoteAddress) {
		return this.throttle.refuseFrom(remoteAddress);
	}

	/**
	 * How much longer the account of this address stays locked after too many failed
	 * sign-ins, if it is locked.
	 */
	@Transactional(readOnly = true)
	public Optional<Duration> lockRemaining(String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.users.findByEmail(AppUser.normaliseEmail(email))
			.filter((user) -> user.isLocked(now))
			.map((user) -> Duration.between(now, user.lockedUntil));
	}

	/**
	 * The person's current rights, read fresh (roles may have changed since they signed
	 * in).
	 */
	@Transactional(readOnly = true)
	public Actor currentActor(long userId) {
		return this.users.findById(userId)
			.filter((user) -> user.enabled)
			.map((user) -> toPrincipal(user, this.clock.instant()).actor())
			.orElse(Actor.anonymous());
	}

	@Transactional(readOnly = true)
	UserView currentView(long userId) {
		return toView(existingUser(new UserId(userId)));
	}

	@Transactional(readOnly = true)
	public UserView me(Actor actor) {
		return toView(requireUser(actor));
	}

	@Transactional(readOnly = true)
	public Optional<String> preferredLanguage(long userId) {
		return this.users.findById(userId).map((user) -> user.preferredLanguage);
	}

	public void changePreferredLanguage(Actor actor, String language) {
		if (!Languages.isSupported(language)) {
			throw new InvalidInput("preferredLanguage", "validation.language");
		}
		AppUser user = requireUser(actor);
		user.preferredLanguage = language;
		this.users.save(user);
	}

	// Tokens

	/**
	 * Creates a personal API token; the secret is returned once and only its hash is
	 * kept.
	 */
	public CreatedToken createToken(Actor actor, String name) {
		return createToken(actor, name, null, TokenScope.READ_WRITE);
	}

	/**
	 * Creates a personal API token that expires after some days ({@code null} or 0:
	 * never) and may only read or also write; the secret is returned once and only its
	 * hash is kept.
	 */
	public CreatedToken createToken(Actor actor, String name, Integer expiresInDays, TokenScope scope) {
		AppUser user = requireUser(actor);
		String cleanName = (name == null || name.isBlank()) ? "API token" : name.strip();
		if (cleanName.length() > 100) {
			throw new InvalidInput("name", "validation.tooLong", 100);
		}
		if (expiresInDays != null && (expiresInDays < 0 || expiresInDays > MAX_TOKEN_DAYS)) {
			throw new InvalidInput("expiresInDays", "account.token.lifetimeRange", 1, MAX_TOKEN_DAYS);
		}
		String raw = TOKEN_PREFIX + Secrets.random();
		Instant now = this.clock.instant();
		ApiToken token = new ApiToken();
		token.userId = user.id;
		token.name = cleanName;
		token.tokenHash = hash(raw);
		token.createdAt = now;
		token.scope = (scope != null) ? scope : TokenScope.READ_WRITE;
		token.expiresAt = (expiresInDays == null || expiresInDays == 0) ? null
				: now.plus(Duration.ofDays(expiresInDays));
		token = this.tokens.save(token);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("token", token.name);
		after.put("scope", token.scope.name());
		after.put("expiresAt", (token.expiresAt != null) ? token.expiresAt.toString() : null);
		this.events.publishEvent(new Audited(actor, "TOKEN_CREATED", USER, user.id, user.displayName, null, null,
				Map.of(), after, null));
		return new CreatedToken(token.id, token.name, raw, token.scope, token.expiresAt);
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> tokens(Actor actor) {
		Instant now = this.clock.instant();
		return this.tokens.findByUserIdOrderByCreatedAtDesc(requireUser(actor).id)
			.stream()
			.map((token) -> token.toView(now))
			.toList();
	}

	public void revokeToken(Actor actor, long tokenId) {
		AppUser user = requireUser(actor);
		ApiToken token = this.tokens.findById(tokenId)
			.filter((t) -> t.userId.equals(user.id))
			.orElseThrow(() -> new TokenNotFound(tokenId));
		if (token.revokedAt == null) {
			token.revokedAt = this.clock.instant();
			this.tokens.save(token);
			this.events.publishEvent(new Audited(actor, "TOKEN_REVOKED", USER, user.id, user.displayName, null, null,
					Map.of("token", token.name), Map.of(), null));
		}
	}

	// Accounts (platform admin)

	@Transactional(readOnly = true)
	public List<UserView> users(Actor actor) {
		requireAdmin(actor);
		return this.users.findAll()
			.stream()
			.sorted(java.util.Comparator.comparing((AppUser u) -> u.email))
			.map(this::toView)
			.toList();
	}

	public UserView createUser(Actor actor, NewUser request) {
		requireAdmin(actor);
		UserView created = register(request);
		this.events.publishEvent(
				Audited.created(actor, USER, created.id(), created.displayName(), null, null, snapshot(created)));
		return created;
	}

	/**
	 * Creates an account without an acting person: for start-up provisioning and the demo
	 * loader only.
	 */
	public UserView register(NewUser request) {
		if (this.users.existsByEmail(request.normalisedEmail())) {
			throw new EmailAlreadyUsed();
		}
		AppUser user = AppUser.create(request.email(), request.displayName(), request.preferredLanguage(),
				this.passwordEncoder.encode(request.password()), this.clock.instant());
		user.platformAdmin = request.platformAdmin();
		if (request.role() != null) {
			boolean onOrganisation = request.role().onOrganisation();
			Long target = onOrganisation ? request.organisationId() : request.signatoryId();
			if (target == null) {
				throw new InvalidInput(onOrganisation ? "organisationId" : "signatoryId", "user.roleTargetMissing");
			}
			user.memberships.add(membership(request.role(), target));
		}
		return toView(this.users.save(user));
	}

	/** One account, for a platform admin. */
	@Transactional(readOnly = true)
	public UserView user(Actor actor, UserId id) {
		requireAdmin(actor);
		return toView(existingUser(id));
	}

	/**
	 * Gives an account a role on an organisation or a signatory (which one follows from
	 * the role). An account holds at most one role per organisation or signatory.
	 */
	public UserView grantRole(Actor actor, UserId id, Role role, long targetId) {
		requireAdmin(actor);
		if (role == null) {
			throw new InvalidInput("role", "NotNull");
		}
		AppUser user = existingUser(id);
		Membership membership = membership(role, targetId);
		boolean taken = user.memberships.stream()
			.anyMatch((m) -> Objects.equals(m.organisationId, membership.organisationId)
					&& Objects.equals(m.signatoryId, membership.signatoryId));
		if (taken) {
			throw new InvalidInput("role", "user.roleAlreadyHeld");
		}
		user.memberships.add(membership);
		UserView after = toView(this.users.save(user));
		this.events.publishEvent(new Audited(actor, "ROLE_GRANTED", USER, user.id, user.displayName,
				membership.signatoryId, membership.organisationId, Map.of(), roleSnapshot(role, targetId), null));
		return after;
	}

	/**
	 * Takes a role away; taking away a role the account does not hold changes nothing.
	 */
	public UserView revokeRole(Actor actor, UserId id, Role role, long targetId) {
		requireAdmin(actor);
		AppUser user = existingUser(id);
		boolean removed = user.memberships.removeIf((m) -> m.role == role
				&& targetId == (role.onOrganisation() ? nullToZero(m.organisationId) : nullToZero(m.signatoryId)));
		if (!removed) {
			return toView(user);
		}
		UserView after = toView(this.users.save(user));
		this.events.publishEvent(new Audited(actor, "ROLE_REVOKED", USER, user.id, user.displayName,
				role.onOrganisation() ? null : targetId, role.onOrganisation() ? targetId : null,
				roleSnapshot(role, targetId), Map.of(), null));
		return after;
	}

	/**
	 * Enables or disables an account; a disabled account can neither sign in nor use its
	 * tokens. Admins cannot disable themselves, so that the platform is never left
	 * without one by accident.
	 */
	public UserView setEnabled(Actor actor, UserId id, boolean enabled) {
		requireAdmin(actor);
		AppUser user = existingUser(id);
		if (!enabled && user.id.equals(actor.userId())) {
			throw new InvalidInput("enabled", "user.cannotDisableSelf");
		}
		if (user.enabled != enabled) {
			user.enabled = enabled;
			user = this.users.save(user);
			this.events.publishEvent(new Audited(actor, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", USER, user.id,
					user.displayName, null, null, Map.of("enabled", !enabled), Map.of("enabled", enabled), null));
		}
		return toView(user);
	}

	/**
	 * Until when the account is locked after too many failed sign-ins, if it is: for a
	 * platform admin.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(Actor actor, UserId id) {
		requireAdmin(actor);
		AppUser user = existingUser(id);
		return user.isLocked(this.clock.instant()) ? Optional.of(user.lockedUntil) : Optional.empty();
	}

	/** Lifts a lock after failed sign-ins and clears the count of failures. */
	public UserView unlock(Actor actor, UserId id) {
		requireAdmin(actor);
		AppUser user = existingUser(id);
		if (user.lockedUntil != null || user.failedSignIns > 0) {
			Map<String, Object> before = new LinkedHashMap<>();
			before.put("lockedUntil", (user.lockedUntil != null) ? user.lockedUntil.toString() : null);
			before.put("failedSignIns", user.failedSignIns);
			user.lockedUntil = null;
			user.failedSignIns = 0;
			user = this.users.save(user);
			this.events.publishEvent(new Audited(actor, "ACCOUNT_UNLOCKED", USER, user.id, user.displayName, null, null,
					before, Map.of("failedSignIns", 0), null));
		}
		return toView(user);
	}

	/**
	 * Changes the person's own password after checking the current one.
	 */
	public void changePassword(Actor actor, String currentPassword, String newPassword) {
		AppUser user = requireUser(actor);
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, user.passwordHash)) {
			throw new InvalidInput("currentPassword", "account.wrongPassword");
		}
		if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH
				|| newPassword.length() > MAX_PASSWORD_LENGTH) {
			throw new InvalidInput("newPassword", "account.passwordLength", MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH);
		}
		user.passwordHash = this.passwordEncoder.encode(newPassword);
		this.users.save(user);
		this.events.publishEvent(new Audited(actor, "PASSWORD_CHANGED", USER, user.id, user.displayName, null, null,
				Map.of(), Map.of(), null));
	}

	/**
	 * Creates the platform admin named by the environment, or resets its password (and
	 * admin flag) if it exists.
	 */
	public void provisionAdmin(String email, String password, String displayName) {
		Optional<AppUser> existing = this.users.findByEmail(AppUser.normaliseEmail(email));
		if (existing.isPresent()) {
			AppUser user = existing.get();
			user.passwordHash = this.passwordEncoder.encode(password);
			user.platformAdmin = true;
			user.enabled = true;
			this.users.save(user);
		}
		else {
			register(new NewUser(email, displayName, Languages.DEFAULT, password, true, null, null, null));
		}
	}

	/**
	 * The people to notify about signatories: the enabled accounts with an editor role on
	 * any of the signatories and the staff (admins included) of any of the organisations,
	 * each with the signatories and organisations they hold those roles on. For other
	 * modules' notifications, which have decided who is concerned.
	 */
	@Transactional(readOnly = true)
	public List<Contact> contacts(java.util.Collection<Long> signatoryIds, java.util.Collection<Long> organisationIds) {
		Map<Long, AppUser> found = new LinkedHashMap<>();
		if (!signatoryIds.isEmpty()) {
			this.users.findEditorsOf(signatoryIds).forEach((u) -> found.put(u.id, u));
		}
		if (!organisationIds.isEmpty()) {
			this.users.findStaffOf(organisationIds).forEach((u) -> found.put(u.id, u));
		}
		return found.values().stream().map((u) -> {
			Set<Long> signatories = new HashSet<>();
			Set<Long> organisations = new HashSet<>();
			for (Membership m : u.memberships) {
				if (m.signatoryId != null && m.role == Role.SIGNATORY_EDITOR && signatoryIds.contains(m.signatoryId)) {
					signatories.add(m.signatoryId);
				}
				if (m.organisationId != null && m.role.onOrganisation() && organisationIds.contains(m.organisationId)) {
					organisations.add(m.organisationId);
				}
			}
			return new Contact(u.id, u.email, u.displayName, u.preferredLanguage, signatories, organisations);
		}).sorted(java.util.Comparator.comparing(Contact::userId)).toList();
	}

	@Transactional(readOnly = true)
	public long countUsers() {
		return this.users.count();
	}

	// Internals

	private AppUser requireUser(Actor actor) {
		if (actor.userId() == null) {
			throw new Forbidden();
		}
		return this.users.findById(actor.userId()).orElseThrow(() -> new UserNotFound(actor.userId()));
	}

	private AppUser existingUser(UserId id) {
		return this.users.findById(id.value()).orElseThrow(() -> new UserNotFound(id.value()));
	}

	/** A membership on an existing organisation or signatory, as the role demands. */
	private Membership membership(Role role, long targetId) {
		if (role.onOrganisation()) {
			if (!this.organisations.organisationExists(new OrganisationId(targetId))) {
				throw new InvalidInput("organisationId", "organisation.organisationNotFound", targetId);
			}
			return Membership.onOrganisation(targetId, role);
		}
		if (!this.organisations.signatoryExists(new SignatoryId(targetId))) {
			throw new InvalidInput("signatoryId", "organisation.signatoryNotFound", targetId);
		}
		return Membership.onSignatory(targetId, role);
	}

	private static long nullToZero(Long value) {
		return (value != null) ? value : 0L;
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.platformAdmin()) {
			throw new Forbidden();
		}
	}

	private UserView toView(AppUser user) {
		Set<Long> organisationIds = new HashSet<>();
		Set<Long> signatoryIds = new HashSet<>();
		user.memberships.forEach((m) -> {
			if (m.organisationId != null) {
				organisationIds.add(m.organisationId);
			}
			if (m.signatoryId != null) {
				signatoryIds.add(m.signatoryId);
			}
		});
		Map<Long, String> organisationNames = this.organisations.organisationNames(organisationIds);
		Map<Long, String> signatoryNames = this.organisations.signatoryNames(signatoryIds);
		List<MembershipView> memberships = new ArrayList<>();
		user.memberships.stream()
			.sorted(java.util.Comparator.comparing((Membership m) -> m.role))
			.forEach((m) -> memberships
				.add(new MembershipView(m.role, m.organisationId, m.signatoryId, (m.organisationId != null)
						? organisationNames.get(m.organisationId) : signatoryNames.get(m.signatoryId))));
		return new UserView(user.id, user.email, user.displayName, user.preferredLanguage, user.enabled,
				user.platformAdmin, memberships);
	}

	private static Map<String, Object> roleSnapshot(Role role, long targetId) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("role", role.name());
		values.put(role.onOrganisation() ? "organisationId" : "signatoryId", targetId);
		return values;
	}

	private static Map<String, Object> snapshot(UserView user) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("email", user.email());
		values.put("displayName", user.displayName());
		values.put("preferredLanguage", user.preferredLanguage());
		values.put("enabled", user.enabled());
		values.put("platformAdmin", user.platformAdmin());
		values.put("roles", user.memberships().stream().map((m) -> m.role() + " " + m.targetName()).toList());
		return values;
	}

	static MiaUser toPrincipal(AppUser user, Instant now) {
		Set<Long> memberOrganisations = new HashSet<>();
		Set<Long> adminOrganisations = new HashSet<>();
		Set<Long> viewable = new HashSet<>();
		Set<Long> editable = new HashSet<>();
		for (Membership membership : user.memberships) {
			if (membership.organisationId != null) {
				memberOrganisations.add(membership.organisationId);
				if (membership.role == Role.ORGANISATION_ADMIN) {
					adminOrganisations.add(membership.organisationId);
				}
			}
			else {
				viewable.add(membership.signatoryId);
				if (membership.role.mayEdit()) {
					editable.add(membership.signatoryId);
				}
			}
		}
		Actor actor = new Actor(user.id, user.platformAdmin, memberOrganisations, adminOrganisations, viewable,
				editable);
		return new MiaUser(user.id, user.email, user.displayName, user.preferredLanguage, user.passwordHash,
				user.enabled, actor, !user.isLocked(now));
	}

	static String hash(String rawToken) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawToken.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
