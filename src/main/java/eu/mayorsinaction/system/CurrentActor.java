package eu.mayorsinaction.system;

import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.UserManagement;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the {@link Actor} of the signed-in person, read fresh from the
 * database on every request so that a role granted or removed counts at once.
 */
@Component
class CurrentActor implements HandlerMethodArgumentResolver {

	private static final String ATTRIBUTE = CurrentActor.class.getName();

	private final UserManagement users;

	CurrentActor(UserManagement users) {
		this.users = users;
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
	 * The actor of the current request, read once per request and kept as a request
	 * attribute.
	 */
	Actor current() {
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
		Actor actor = this.users.currentActor(user.id());
		request.setAttribute(ATTRIBUTE, actor, RequestAttributes.SCOPE_REQUEST);
		return actor;
	}

}
