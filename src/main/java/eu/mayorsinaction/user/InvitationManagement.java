package eu.mayorsinaction.user;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import eu.mayorsinaction.mail.MailManagement;
import eu.mayorsinaction.mail.MailMessage;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SupportView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.shared.Languages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: an organisation admin (for their organisation or a signatory it supports)
 * or a platform admin (for anything) invites a person by e-mail to a role. The mail holds
 * a one-time link that expires; a new person sets their name and password through it, a
 * person who has an account already signs in and accepts it. Open invitations can be
 * listed, resent (a new link; the old one stops working) and revoked.
 */
@Service
@Transactional
public class InvitationManagement {

	static final String INVITATION = "INVITATION";

	private final InvitationRepository invitations;

	private final AppUserRepository users;

	private final UserManagement userManagement;

	private final OrganisationManagement organisations;

	private final MailManagement mail;

	private final MessageSource messages;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final AccountSettings settings;

	private final String baseUrl;

	private final Clock clock;

	InvitationManagement(InvitationRepository invitations, AppUserRepository users, UserManagement userManagement,
			OrganisationManagement organisations, MailManagement mail, MessageSource messages,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events, AccountSettings settings,
			@Value("${mia.base-url:http://localhost:8080}") String baseUrl, Optional<Clock> clock) {
		this.invitations = invitations;
		this.users = users;
		this.userManagement = userManagement;
		this.organisations = organisations;
		this.mail = mail;
		this.messages = messages;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.settings = settings;
		this.baseUrl = baseUrl;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Invites a person and mails them the link. Refused: an address that holds a role on
	 * that organisation or signatory already, or that has an open invitation to it
	 * (resend that one instead).
	 */
	public InvitationView invite(Actor actor, NewInvitation request) {
		requireMayInvite(actor, request);
		String email = checkedEmail(request.email());
		String language = Languages.isSupported(request.language()) ? request.language() : Languages.DEFAULT;
		Optional<AppUser> existing = this.users.findByEmail(email);
		boolean holdsRole = existing
			.map((user) -> user.memberships.stream()
				.anyMatch((m) -> Objects.equals(m.organisationId, targetOrganisation(request))
						&& Objects.equals(m.signatoryId, targetSignatory(request))))
			.orElse(false);
		if (holdsRole) {
			throw new InvalidInput("email", "user.invitation.roleAlreadyHeld");
		}
		boolean pending = this.invitations.findByEmailAndAcceptedAtIsNullAndRevokedAtIsNull(email)
			.stream()
			.anyMatch((i) -> i.isUsable(now()) && Objects.equals(i.organisationId, targetOrganisation(request))
					&& Objects.equals(i.signatoryId, targetSignatory(request)));
		if (pending) {
			throw new InvalidInput("email", "user.invitation.alreadyPending");
		}
		Invitation invitation = new Invitation();
		invitation.email = email;
		invitation.language = language;
		invitation.role = request.role();
		invitation.organisationId = targetOrganisation(request);
		invitation.signatoryId = targetSignatory(request);
		invitation.viaOrganisationId = actor.platformAdmin() ? request.viaOrganisationId()
				: Objects.requireNonNull(request.viaOrganisationId());
		invitation.invitedBy = actor.userId();
		invitation.createdAt = now();
		String secret = renew(invitation);
		invitation = this.invitations.save(invitation);
		InvitationView view = toView(invitation);
		sendMail(invitation, view, secret);
		this.events.publishEvent(new Audited(actor, "INVITATION_SENT", INVITATION, invitation.id, email,
				invitation.signatoryId, invitation.organisationId, Map.of(), snapshot(view), null));
		return view;
	}

	/** The open invitations of an organisation (sent through it or to it): its admins. */
	@Transactional(readOnly = true)
	public List<InvitationView> openInvitations(Actor actor, OrganisationId organisationId) {
		requireOrganisationAdmin(actor, organisationId);
		return toViews(this.invitations.findOpenForOrganisation(organisationId.value()));
	}

	/** All open invitations: platform admins. */
	@Transactional(readOnly = true)
	public List<InvitationView> openInvitations(Actor actor) {
		requirePlatformAdmin(actor);
		return toViews(this.invitations.findOpen());
	}

	/**
	 * Sends an open invitation again with a new link, valid for the full period; the old
	 * link stops working. {@code organisationId} is the organisation whose list it is
	 * managed from, or {@code null} from the platform admin's list.
	 */
	public InvitationView resend(Actor actor, OrganisationId organisationId, long invitationId) {
		Invitation invitation = manageable(actor, organisationId, invitationId);
		String secret = renew(invitation);
		invitation = this.invitations.save(invitation);
		InvitationView view = toView(invitation);
		sendMail(invitation, view, secret);
		this.events.publishEvent(new Audited(actor, "INVITATION_SENT", INVITATION, invitation.id, invitation.email,
				invitation.signatoryId, invitation.organisationId, Map.of(), snapshot(view), "resent"));
		return view;
	}

	/** Revokes an open invitation: its link stops working. */
	public InvitationView revoke(Actor actor, OrganisationId organisationId, long invitationId) {
		Invitation invitation = manageable(actor, organisationId, invitationId);
		InvitationView before = toView(invitation);
		invitation.revokedAt = now();
		invitation = this.invitations.save(invitation);
		InvitationView after = toView(invitation);
		this.events.publishEvent(new Audited(actor, "INVITATION_REVOKED", INVITATION, invitation.id, invitation.email,
				invitation.signatoryId, invitation.organisationId, snapshot(before), snapshot(after), null));
		return after;
	}

	/**
	 * The invitation behind a link, if the link is still valid.
	 * @throws LinkNotValid if it is unknown, expired, used or revoked
	 */
	@Transactional(readOnly = true)
	public OpenInvitation open(String token) {
		Invitation invitation = usable(token);
		return new OpenInvitation(toView(invitation), this.users.existsByEmail(invitation.email));
	}

	/**
	 * Creates the invited person's account with the role of the invitation; the link is
	 * used up.
	 * @throws LinkNotValid if the link is no longer valid
	 * @throws EmailAlreadyUsed if the address has an account (they accept by signing in)
	 */
	public UserView accept(String token, String displayName, String password) {
		Invitation invitation = usable(token);
		if (this.users.existsByEmail(invitation.email)) {
			throw new EmailAlreadyUsed();
		}
		if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
			throw new InvalidInput("displayName", "user.invitation.nameRequired");
		}
		if (password == null || password.length() < UserManagement.MIN_PASSWORD_LENGTH
				|| password.length() > UserManagement.MAX_PASSWORD_LENGTH) {
			throw new InvalidInput("password", "account.passwordLength", UserManagement.MIN_PASSWORD_LENGTH,
					UserManagement.MAX_PASSWORD_LENGTH);
		}
		AppUser user = AppUser.create(invitation.email, displayName, invitation.language,
				this.passwordEncoder.encode(password), now());
		user.memberships.add(membership(invitation));
		user = this.users.save(user);
		return accepted(invitation, user);
	}

	/**
	 * Adds the invitation's role to the account of the signed-in person, who must be the
	 * one invited.
	 */
	public UserView acceptSignedIn(Actor actor, String token) {
		Invitation invitation = usable(token);
		AppUser user = (actor.userId() == null) ? null : this.users.findById(actor.userId()).orElse(null);
		if (user == null || !user.email.equals(invitation.email)) {
			throw new InvitationForAnotherAddress();
		}
		boolean holdsRole = user.memberships.stream()
			.anyMatch((m) -> Objects.equals(m.organisationId, invitation.organisationId)
					&& Objects.equals(m.signatoryId, invitation.signatoryId));
		if (holdsRole) {
			throw new InvalidInput("role", "user.invitation.roleAlreadyHeld");
		}
		user.memberships.add(membership(invitation));
		user = this.users.save(user);
		return accepted(invitation, user);
	}

	// Internals

	private UserView accepted(Invitation invitation, AppUser user) {
		invitation.acceptedAt = now();
		this.invitations.save(invitation);
		UserView view = this.userManagement.currentView(user.id);
		Actor actor = this.userManagement.currentActor(user.id);
		Map<String, Object> role = new LinkedHashMap<>();
		role.put("role", invitation.role.name());
		role.put((invitation.organisationId != null) ? "organisationId" : "signatoryId", invitation.targetId());
		this.events
			.publishEvent(new Audited(actor, "INVITATION_ACCEPTED", UserManagement.USER, user.id, user.displayName,
					invitation.signatoryId, invitation.organisationId, Map.of(), role, "invitation " + invitation.id));
		return view;
	}

	private Membership membership(Invitation invitation) {
		return (invitation.organisationId != null)
				? Membership.onOrganisation(invitation.organisationId, invitation.role)
				: Membership.onSignatory(invitation.signatoryId, invitation.role);
	}

	private Invitation usable(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			throw new LinkNotValid();
		}
		return this.invitations.findByTokenHash(Secrets.hash(token))
			.filter((i) -> i.isUsable(now()))
			.orElseThrow(LinkNotValid::new);
	}

	/** A fresh link, valid for the full period, replacing any earlier one. */
	private String renew(Invitation invitation) {
		String secret = Secrets.random();
		invitation.tokenHash = Secrets.hash(secret);
		invitation.expiresAt = now().plus(this.settings.invitationValidity());
		return secret;
	}

	private Invitation manageable(Actor actor, OrganisationId organisationId, long invitationId) {
		if (organisationId == null) {
			requirePlatformAdmin(actor);
		}
		else {
			requireOrganisationAdmin(actor, organisationId);
		}
		return this.invitations.findById(invitationId)
			.filter(Invitation::isPending)
			.filter((i) -> organisationId == null || Objects.equals(i.viaOrganisationId, organisationId.value())
					|| Objects.equals(i.organisationId, organisationId.value()))
			.orElseThrow(() -> new InvitationNotFound(invitationId));
	}

	private void requireMayInvite(Actor actor, NewInvitation request) {
		if (request.role() == null) {
			throw new InvalidInput("role", "NotNull");
		}
		Long target = request.role().onOrganisation() ? request.organisationId() : request.signatoryId();
		if (target == null) {
			throw new InvalidInput(request.role().onOrganisation() ? "organisationId" : "signatoryId",
					"user.roleTargetMissing");
		}
		if (actor.platformAdmin()) {
			if (request.role().onOrganisation() ? !this.organisations.organisationExists(new OrganisationId(target))
					: !this.organisations.signatoryExists(new eu.mayorsinaction.organisation.SignatoryId(target))) {
				throw new InvalidInput(request.role().onOrganisation() ? "organisationId" : "signatoryId",
						request.role().onOrganisation() ? "organisation.organisationNotFound"
								: "organisation.signatoryNotFound",
						target);
			}
			return;
		}
		Long via = request.viaOrganisationId();
		if (via == null) {
			throw new Forbidden();
		}
		requireOrganisationAdmin(actor, new OrganisationId(via));
		if (request.role().onOrganisation()) {
			if (!target.equals(via)) {
				throw new Forbidden();
			}
			return;
		}
		if (!supportedSignatories(actor, new OrganisationId(via)).contains(target)) {
			throw new InvalidInput("signatoryId", "user.invitation.signatoryNotSupported");
		}
	}

	/** The signatories an organisation supports today: those its admins may invite to. */
	@Transactional(readOnly = true)
	public Set<Long> supportedSignatories(Actor actor, OrganisationId organisationId) {
		Set<Long> ids = new HashSet<>();
		for (SupportView support : this.organisations.supportedBy(actor, organisationId)) {
			if (support.active()) {
				ids.add(support.signatoryId());
			}
		}
		return ids;
	}

	private void requireOrganisationAdmin(Actor actor, OrganisationId organisationId) {
		// Answers 404 for an organisation the person may not see, 403 for one they may
		// see
		// but not administer.
		this.organisations.getOrganisation(actor, organisationId);
		if (!actor.isOrganisationAdmin(organisationId.value())) {
			throw new Forbidden();
		}
	}

	private static void requirePlatformAdmin(Actor actor) {
		if (!actor.platformAdmin()) {
			throw new Forbidden();
		}
	}

	private static String checkedEmail(String email) {
		if (email == null || email.isBlank()) {
			throw new InvalidInput("email", "NotBlank");
		}
		String normalised = AppUser.normaliseEmail(email);
		if (normalised.length() > 254 || !normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new InvalidInput("email", "Email");
		}
		return normalised;
	}

	private static Long targetOrganisation(NewInvitation request) {
		return request.role().onOrganisation() ? request.organisationId() : null;
	}

	private static Long targetSignatory(NewInvitation request) {
		return request.role().onOrganisation() ? null : request.signatoryId();
	}

	private void sendMail(Invitation invitation, InvitationView view, String secret) {
		Locale locale = Locale.forLanguageTag(invitation.language);
		String inviter = (view.invitedByName() != null) ? view.invitedByName()
				: this.messages.getMessage("app.name", null, "Mayors in Action", locale);
		String role = this.messages.getMessage("user.role." + invitation.role, null, invitation.role.name(), locale);
		this.mail.sendAfterCommit(new MailMessage(invitation.email, invitation.language, "invitation",
				List.of(inviter, role, String.valueOf(view.targetName()), this.baseUrl + "/invitation/" + secret,
						formatDateTime(invitation.expiresAt, locale))));
	}

	String formatDateTime(Instant instant, Locale locale) {
		ZoneId zone = this.clock.getZone();
		boolean utc = zone.normalized().equals(java.time.ZoneOffset.UTC);
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone)
			.format(instant) + " (" + (utc ? "UTC" : zone.getId()) + ")";
	}

	private List<InvitationView> toViews(Collection<Invitation> list) {
		return list.stream().map(this::toView).toList();
	}

	private InvitationView toView(Invitation invitation) {
		String target = (invitation.organisationId != null)
				? this.organisations.organisationNames(List.of(invitation.organisationId))
					.get(invitation.organisationId)
				: this.organisations.signatoryNames(List.of(invitation.signatoryId)).get(invitation.signatoryId);
		String inviter = (invitation.invitedBy != null)
				? this.users.findById(invitation.invitedBy).map((u) -> u.displayName).orElse(null) : null;
		return invitation.toView(target, inviter, now());
	}

	private static Map<String, Object> snapshot(InvitationView view) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("email", view.email());
		values.put("role", view.role().name());
		values.put("target", view.targetName());
		values.put("language", view.language());
		values.put("expiresAt", view.expiresAt().toString());
		values.put("status", view.status().name());
		return values;
	}

	private Instant now() {
		return this.clock.instant();
	}

}
