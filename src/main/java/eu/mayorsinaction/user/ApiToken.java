package eu.mayorsinaction.user;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("api_token")
class ApiToken {

	@Id
	Long id;

	Long userId;

	String name;

	String tokenHash;

	Instant createdAt;

	Instant lastUsedAt;

	Instant revokedAt;

	Instant expiresAt;

	TokenScope scope = TokenScope.READ_WRITE;

	boolean isUsable(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || this.expiresAt.isAfter(now));
	}

	ApiTokenView toView(Instant now) {
		return new ApiTokenView(this.id, this.name, this.createdAt, this.lastUsedAt, this.revokedAt, this.expiresAt,
				this.scope, this.expiresAt != null && !this.expiresAt.isAfter(now));
	}

}
