package eu.mayorsinaction.user;

/**
 * The person behind a valid bearer token, and what the token allows.
 */
public record AuthenticatedToken(MiaUser user, TokenScope scope) {

	/** Whether the token may be used for a request with this HTTP method. */
	public boolean allows(String method) {
		return this.scope == TokenScope.READ_WRITE || "GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method);
	}

}
