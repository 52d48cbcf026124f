package eu.mayorsinaction.user;

import java.time.Instant;
import java.util.List;

import eu.mayorsinaction.audit.AuditEntryView;
import eu.mayorsinaction.mail.MailLogView;

/**
 * Everything the platform stores about one person, as they download it: their account,
 * roles, API tokens (never the secrets or their hashes), invitations, password reset
 * requests (dates only) and the audit trail of their own actions and of their account.
 */
public record PersonalData(Instant exportedAt, Account account, List<MembershipView> memberships, List<Token> apiTokens,
		List<Invitation> invitationsSent, List<Invitation> invitationsReceived,
		List<PasswordResetRequest> passwordResetRequests, List<MailLogView> mailsReceived,
		List<AuditEntryView> auditTrailOfOwnActions, List<AuditEntryView> auditTrailAboutAccount) {

	/** The account itself; the password is kept only as a hash and is not exported. */
	public record Account(long id, String email, String displayName, String preferredLanguage, Instant createdAt,
			boolean enabled, boolean platformAdmin, int failedSignIns, Instant lockedUntil) {
	}

	/** A personal API token: its name, dates and scope, never its secret or hash. */
	public record Token(long id, String name, String scope, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			Instant revokedAt) {
	}

	/** An invitation the person sent or received; the link itself is not exported. */
	public record Invitation(long id, String email, String displayName, String language, Role role, Long organisationId,
			Long signatoryId, String targetName, Instant createdAt, Instant expiresAt, Instant acceptedAt,
			Instant revokedAt) {
	}

	/** A password reset the person asked for: the dates only. */
	public record PasswordResetRequest(Instant createdAt, Instant expiresAt, Instant usedAt) {
	}

}
