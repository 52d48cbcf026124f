package eu.mayorsinaction.user;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("app_user")
class AppUser {

	@Id
	Long id;

	String email;

	String displayName;

	String preferredLanguage;

	String passwordHash;

	boolean enabled;

	boolean platformAdmin;

	@Version
	Integer version;

	Instant createdAt;

	int failedSignIns;

	Instant lockedUntil;

	@MappedCollection(idColumn = "user_id")
	Set<Membership> memberships = new HashSet<>();

	static AppUser create(String email, String displayName, String language, String passwordHash, Instant now) {
		AppUser user = new AppUser();
		user.email = normaliseEmail(email);
		user.displayName = displayName.strip();
		user.preferredLanguage = language;
		user.passwordHash = passwordHash;
		user.enabled = true;
		user.createdAt = now;
		return user;
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	static String normaliseEmail(String email) {
		return email.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
