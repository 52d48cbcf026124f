package eu.mayorsinaction.system;

import java.util.Locale;

import eu.mayorsinaction.shared.Languages;
import eu.mayorsinaction.user.MiaUser;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: a language chosen in the picker (cookie), else the person's
 * preference, else the browser's {@code Accept-Language} among the supported languages,
 * else English. Programs calling the API get their {@code Accept-Language} first.
 */
class MiaLocaleResolver implements LocaleResolver {

	static final String COOKIE = "mia-lang";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		if (api && request.getHeader("Accept-Language") != null) {
			return fromAcceptLanguage(request);
		}
		Object switched = request.getAttribute(MiaLocaleResolver.class.getName() + ".override");
		if (switched instanceof String language && Languages.isSupported(language)) {
			return Locale.forLanguageTag(language);
		}
		String chosen = cookie(request);
		if (Languages.isSupported(chosen)) {
			return Locale.forLanguageTag(chosen);
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof MiaUser user
				&& Languages.isSupported(user.preferredLanguage())) {
			return Locale.forLanguageTag(user.preferredLanguage());
		}
		return fromAcceptLanguage(request);
	}

	private static Locale fromAcceptLanguage(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				Locale match = Locale.lookup(Locale.LanguageRange.parse(header), Languages.locales());
				if (match != null) {
					return match;
				}
			}
			catch (IllegalArgumentException ex) {
				// A malformed header is treated as absent.
			}
		}
		return Locale.forLanguageTag(Languages.DEFAULT);
	}

	private static String cookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (response == null || locale == null || !Languages.isSupported(locale.getLanguage())) {
			return;
		}
		Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
		cookie.setPath("/");
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

}
