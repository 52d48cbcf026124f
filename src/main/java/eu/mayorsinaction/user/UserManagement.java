package eu.mayorsinaction.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
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
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.shared.Languages;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
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

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AppUserRepository users;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final OrganisationManagement organisations;

	private final Clock clock = Clock.systemUTC();

	UserManagement(AppUserRepository users, ApiTokenRepository tokens, PasswordEncoder passwordEncoder,
			OrganisationManagement organisations) {
		this.users = users;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.organisations = organisations;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return this.users.findByEmail(AppUser.normaliseEmail(email))
			.map(UserManagement::toPrincipal)
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}

	/**
	 * The person behind a bearer token, if the token exists and was not revoked; records
	 * its use.
	 */
	public Optional<MiaUser> authenticateToken(String rawToken) {
		if (rawToken == null || !rawToken.startsWith(TOKEN_PREFIX)) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(hash(rawToken))
			.filter((token) -> token.revokedAt == null)
			.flatMap((token) -> {
				token.lastUsedAt = this.clock.instant();
				this.tokens.save(token);
				return this.users.findById(token.userId);
			})
			.filter((user) -> user.enabled)
			.map(UserManagement::toPrincipal);
	}

	/**
	 * The person's current rights, read fresh (roles may have changed since they signed
	 * in).
	 */
	@Transactional(readOnly = true)
	public Actor currentActor(long userId) {
		return this.users.findById(userId)
			.filter((user) -> user.enabled)
			.map((user) -> toPrincipal(user).actor())
			.orElse(Actor.anonymous());
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
		AppUser user = requireUser(actor);
		String cleanName = (name == null || name.isBlank()) ? "API token" : name.strip();
		if (cleanName.length() > 100) {
			throw new InvalidInput("name", "validation.tooLong", 100);
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String raw = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		ApiToken token = new ApiToken();
		token.userId = user.id;
		token.name = cleanName;
		token.tokenHash = hash(raw);
		token.createdAt = this.clock.instant();
		token = this.tokens.save(token);
		return new CreatedToken(token.id, token.name, raw);
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> tokens(Actor actor) {
		return this.tokens.findByUserIdOrderByCreatedAtDesc(requireUser(actor).id)
			.stream()
			.map(ApiToken::toView)
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
		return register(request);
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
		return toView(this.users.save(user));
	}

	/**
	 * Takes a role away; taking away a role the account does not hold changes nothing.
	 */
	public UserView revokeRole(Actor actor, UserId id, Role role, long targetId) {
		requireAdmin(actor);
		AppUser user = existingUser(id);
		boolean removed = user.memberships.removeIf((m) -> m.role == role
				&& targetId == (role.onOrganisation() ? nullToZero(m.organisationId) : nullToZero(m.signatoryId)));
		return toView(removed ? this.users.save(user) : user);
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

	static MiaUser toPrincipal(AppUser user) {
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
				user.enabled, actor);
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
