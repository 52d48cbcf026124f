package eu.mayorsinaction.user.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/me/tokens}; the body and the name are optional.
 */
@Schema(description = "A new personal API token")
record TokenRequest(@Schema(description = "What the token is for, at most 100 characters",
		example = "Nightly export") String name) {

}
