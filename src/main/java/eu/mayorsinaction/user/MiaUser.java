package eu.mayorsinaction.user;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import eu.mayorsinaction.shared.Actor;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds them: the account and the {@link Actor}
 * that every access check uses.
 */
public final class MiaUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String displayName;

	private final String preferredLanguage;

	private String passwordHash;

	private final boolean enabled;

	private final Actor actor;

	private final boolean accountNonLocked;

	MiaUser(long id, String email, String displayName, String preferredLanguage, String passwordHash, boolean enabled,
			Actor actor) {
		this(id, email, displayName, preferredLanguage, passwordHash, enabled, actor, true);
	}

	MiaUser(long id, String email, String displayName, String preferredLanguage, String passwordHash, boolean enabled,
			Actor actor, boolean accountNonLocked) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.preferredLanguage = preferredLanguage;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.actor = actor;
		this.accountNonLocked = accountNonLocked;
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public String preferredLanguage() {
		return this.preferredLanguage;
	}

	public Actor actor() {
		return this.actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		if (this.actor.platformAdmin()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
		}
		if (this.actor.isOrganisationMember()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_ORGANISATION"));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	/** False while the account is locked after too many failed sign-ins. */
	@Override
	public boolean isAccountNonLocked() {
		return this.accountNonLocked;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
