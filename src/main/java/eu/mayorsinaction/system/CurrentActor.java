package eu.mayorsinaction.system;

import java.util.Optional;
import java.util.Set;

import eu.mayorsinaction.audit.AuditManagement;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryNotFound;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.UserManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the {@link Actor} of the signed-in person, read fresh from the
 * database on every request so that a role granted or removed counts at once. While the
 * person views the platform as a signatory (a session attribute holds its id), the actor
 * is narrowed to that signatory; whether they may still see it is checked again on every
 * request, and the visit ends when they no longer may.
 */
@Component
public class CurrentActor implements HandlerMethodArgumentResolver {

	private static final String ATTRIBUTE = CurrentActor.class.getName();

	private static final String VIEWED = CurrentActor.class.getName() + ".viewed";

	/** Session attribute: the id ({@link Long}) of the signatory viewed as. */
	private static final String VIEW_AS = "mia.viewAsSignatoryId";

	private final UserManagement users;

	private final OrganisationManagement organisations;

	private final ApplicationEventPublisher events;

	CurrentActor(UserManagement users, OrganisationManagement organisations, ApplicationEventPublisher events) {
		this.users = users;
		this.organisations = organisations;
		this.events = events;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Actor.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return current();
	}

	/**
	 * The actor of the current request (narrowed while viewing as a signatory), read once
	 * per request and kept as a request attribute.
	 */
	public Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof MiaUser user)) {
			return Actor.anonymous();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return this.users.currentActor(user.id());
		}
		Object cached = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (cached instanceof Actor actor && user.id() == actor.userId()) {
			return actor;
		}
		Actor actor = narrowed(this.users.currentActor(user.id()), request);
		request.setAttribute(ATTRIBUTE, actor, RequestAttributes.SCOPE_REQUEST);
		return actor;
	}

	/** The signed-in person in their own right, never narrowed to a signatory. */
	public Actor own() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof MiaUser user)) {
			return Actor.anonymous();
		}
		return this.users.currentActor(user.id());
	}

	/** The name of the signatory the person is viewing the platform as, if any. */
	public Optional<String> viewedSignatoryName() {
		current();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object viewed = (request != null) ? request.getAttribute(VIEWED, RequestAttributes.SCOPE_REQUEST) : null;
		return (viewed instanceof SignatoryView signatory) ? Optional.of(signatory.name()) : Optional.empty();
	}

	/**
	 * Only people who work for a coordinator or supporter, and platform admins, may view
	 * the platform as a signatory: a municipality's own users already see it so.
	 */
	public static boolean mayViewAs(Actor own) {
		return own.isAuthenticated() && !own.isViewingAs() && (own.platformAdmin() || own.isOrganisationMember());
	}

	/**
	 * Starts viewing the platform as a signatory the person may see (ending any earlier
	 * visit) and records it in the audit trail.
	 */
	public void startViewingAs(Actor own, SignatoryView signatory) {
		if (!mayViewAs(own)) {
			throw new eu.mayorsinaction.shared.Forbidden();
		}
		stopViewingAs(own);
		HttpSession session = session(true);
		session.setAttribute(VIEW_AS, signatory.id());
		forgetCachedActor();
		this.events.publishEvent(visit(own, AuditManagement.VIEW_AS_STARTED, signatory.id(), signatory.name(), null));
	}

	/**
	 * Ends the visit, if any, records it in the audit trail and answers the signatory
	 * that was viewed.
	 */
	public Optional<Long> stopViewingAs(Actor own) {
		return endVisit(own, session(false), null);
	}

	/**
	 * Signing out ends the visit as well: recorded in the audit trail as ended by the
	 * sign-out, so that every visit that started has an end.
	 */
	void endVisitOnSignOut(HttpServletRequest request, Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof MiaUser user)) {
			return;
		}
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(VIEW_AS) instanceof Long)) {
			return;
		}
		endVisit(this.users.currentActor(user.id()), session, "signed-out");
	}

	private Optional<Long> endVisit(Actor own, HttpSession session, String detail) {
		if (session == null || !(session.getAttribute(VIEW_AS) instanceof Long signatoryId)) {
			return Optional.empty();
		}
		session.removeAttribute(VIEW_AS);
		forgetCachedActor();
		String name = this.organisations.signatoryNames(Set.of(signatoryId)).get(signatoryId);
		this.events.publishEvent(visit(own, AuditManagement.VIEW_AS_ENDED, signatoryId, name, detail));
		return Optional.of(signatoryId);
	}

	private Actor narrowed(Actor own, RequestAttributes request) {
		HttpSession session = session(false);
		if (session == null || !(session.getAttribute(VIEW_AS) instanceof Long signatoryId)) {
			return own;
		}
		Optional<SignatoryView> viewed = mayViewAs(own) ? visible(own, signatoryId) : Optional.empty();
		if (viewed.isEmpty()) {
			// The person lost the right to see it (or any organisation role): the visit
			// ends.
			session.removeAttribute(VIEW_AS);
			String name = this.organisations.signatoryNames(Set.of(signatoryId)).get(signatoryId);
			this.events.publishEvent(visit(own, AuditManagement.VIEW_AS_ENDED, signatoryId, name, "access-lost"));
			return own;
		}
		request.setAttribute(VIEWED, viewed.get(), RequestAttributes.SCOPE_REQUEST);
		return own.viewingAs(signatoryId, this.organisations.canEditSignatory(own, new SignatoryId(signatoryId)));
	}

	private Optional<SignatoryView> visible(Actor own, long signatoryId) {
		try {
			return Optional.of(this.organisations.getSignatory(own, new SignatoryId(signatoryId)));
		}
		catch (SignatoryNotFound ex) {
			return Optional.empty();
		}
	}

	private static Audited visit(Actor own, String action, long signatoryId, String name, String detail) {
		return new Audited(own, action, "SIGNATORY", signatoryId, name, signatoryId, null, null, null, detail);
	}

	private static void forgetCachedActor() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
			request.removeAttribute(VIEWED, RequestAttributes.SCOPE_REQUEST);
		}
	}

	private static HttpSession session(boolean create) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getSession(create);
		}
		return null;
	}

}
