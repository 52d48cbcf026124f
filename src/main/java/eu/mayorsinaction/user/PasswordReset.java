package eu.mayorsinaction.user;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A one-time, expiring password reset link; only the hash of its secret is kept. */
@Table("password_reset")
class PasswordReset {

	@Id
	Long id;

	Long userId;

	String tokenHash;

	Instant createdAt;

	Instant expiresAt;

	Instant usedAt;

	boolean isUsable(Instant now) {
		return this.usedAt == null && this.expiresAt.isAfter(now);
	}

}
