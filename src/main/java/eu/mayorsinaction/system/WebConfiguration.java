package eu.mayorsinaction.system;

import java.util.List;
import java.util.Locale;

import eu.mayorsinaction.shared.Languages;
import eu.mayorsinaction.user.UserManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final CurrentActor currentActor;

	private final UserManagement users;

	WebConfiguration(CurrentActor currentActor, UserManagement users) {
		this.currentActor = currentActor;
		this.users = users;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new MiaLocaleResolver();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.currentActor);
	}

	/**
	 * The static resources under their own paths only (Boot's default maps {@code /**},
	 * which made the resource URL filter look up every page link of a page — the
	 * cockpit's 600 links — as a file in the jar before leaving it alone);
	 * {@code spring.web.resources.add-mappings=false} switches the default off. Web jars
	 * keep their version-less URLs.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch()).excludePathPatterns("/api/**");
	}

	/**
	 * {@code ?lang=xx} on any page switches the language, and becomes the signed-in
	 * person's preference.
	 */
	class LanguageSwitch implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String language = request.getParameter("lang");
			if (!Languages.isSupported(language)) {
				return true;
			}
			LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
			if (resolver != null) {
				resolver.setLocale(request, response, Locale.forLanguageTag(language));
			}
			// The cookie is only read on the next request: this one must speak the new
			// language already.
			request.setAttribute(MiaLocaleResolver.class.getName() + ".override", language);
			var actor = WebConfiguration.this.currentActor.current();
			if (actor.isAuthenticated() && SecurityContextHolder.getContext().getAuthentication() != null) {
				WebConfiguration.this.users.changePreferredLanguage(actor, language);
			}
			return true;
		}

	}

}
