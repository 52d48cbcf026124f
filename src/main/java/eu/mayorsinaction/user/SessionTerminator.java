package eu.mayorsinaction.user;

import java.util.Optional;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a person (sessions live in the database, so this reaches all app
 * nodes), e.g. after a password reset.
 */
@Component
class SessionTerminator {

	private final Optional<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SessionTerminator(Optional<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	/** Ends the sessions of the account signed in with this e-mail address. */
	int endAllSessions(String email) {
		if (this.sessions.isEmpty()) {
			return 0;
		}
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.get();
		var found = repository.findByPrincipalName(email);
		found.keySet().forEach(repository::deleteById);
		return found.size();
	}

}
