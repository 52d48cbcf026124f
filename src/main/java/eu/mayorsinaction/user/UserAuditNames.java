package eu.mayorsinaction.user;

import java.util.Optional;

import eu.mayorsinaction.audit.AuditActorNames;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the audit trail the display name of the person acting. */
@Component
class UserAuditNames implements AuditActorNames {

	private final AppUserRepository users;

	UserAuditNames(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> nameOf(long userId) {
		return this.users.findById(userId).map((user) -> user.displayName);
	}

}
