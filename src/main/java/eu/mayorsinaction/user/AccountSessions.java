package eu.mayorsinaction.user;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends every session of a person, on every node (sessions live in the database). Runs
 * after the current transaction commits: the session store writes in a transaction of its
 * own, and a change that rolls back must leave the person signed in.
 */
@Component
class AccountSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	void endAll(String principalName) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					end(principalName);
				}
			});
		}
		else {
			end(principalName);
		}
	}

	private void end(String principalName) {
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository != null) {
			repository.findByPrincipalName(principalName).keySet().forEach(repository::deleteById);
		}
	}

}
