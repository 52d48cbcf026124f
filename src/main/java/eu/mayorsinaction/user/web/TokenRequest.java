package eu.mayorsinaction.user.web;

import eu.mayorsinaction.user.TokenScope;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/me/tokens}; the body and every field are optional.
 */
@Schema(description = "A new personal API token")
record TokenRequest(
		@Schema(description = "What the token is for, at most 100 characters", example = "Nightly export") String name,
		@Schema(description = "Days until the token expires (1 to 3650); absent or 0: it never expires",
				example = "90") Integer expiresInDays,
		@Schema(description = "READ_ONLY allows GET and HEAD only; READ_WRITE (the default) allows everything "
				+ "the owner may do") TokenScope scope) {

}
