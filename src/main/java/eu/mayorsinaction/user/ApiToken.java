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

	ApiTokenView toView() {
		return new ApiTokenView(this.id, this.name, this.createdAt, this.lastUsedAt, this.revokedAt);
	}

}
