package eu.mayorsinaction.audit;

import java.util.Optional;

/**
 * Tells the audit trail the name of a person at the moment they act (implemented by the
 * user module, which the audit module must not depend on).
 */
public interface AuditActorNames {

	Optional<String> nameOf(long userId);

}
