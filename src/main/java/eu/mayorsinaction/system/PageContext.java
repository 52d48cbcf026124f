package eu.mayorsinaction.system;

import eu.mayorsinaction.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout needs on every page, error pages included (which get no model from
 * controllers): who is signed in (and as which signatory they view the platform), whether
 * this is the demo, and the current address. Templates reach it as {@code @page}.
 */
@Component("page")
public class PageContext {

	private final CurrentActor currentActor;

	private final MiaSettings settings;

	PageContext(CurrentActor currentActor, MiaSettings settings) {
		this.currentActor = currentActor;
		this.settings = settings;
	}

	public Actor viewer() {
		return this.currentActor.current();
	}

	/**
	 * The name of the signatory the person is viewing the platform as, or {@code null}:
	 * the layout then shows a banner with a way back.
	 */
	public String viewingAsName() {
		return this.currentActor.viewedSignatoryName().orElse(null);
	}

	public boolean demoMode() {
		return this.settings.demo().enabled();
	}

	public String currentPath() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			Object forwarded = attributes.getRequest().getAttribute("jakarta.servlet.error.request_uri");
			return (forwarded != null) ? forwarded.toString() : attributes.getRequest().getRequestURI();
		}
		return "/";
	}

	/** The current address without its {@code page} parameter, for the pager's links. */
	public String pageBase() {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").build().toUriString();
	}

}
