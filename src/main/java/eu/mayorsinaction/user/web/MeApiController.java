package eu.mayorsinaction.user.web;

import java.util.List;

import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.ApiTokenView;
import eu.mayorsinaction.user.CreatedToken;
import eu.mayorsinaction.user.UserManagement;
import eu.mayorsinaction.user.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calling person's own account and personal API tokens.
 */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The calling person's account, roles and personal API tokens")
class MeApiController {

	private final UserManagement users;

	MeApiController(UserManagement users) {
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "The calling person's account and roles")
	UserView me(@Parameter(hidden = true) Actor actor) {
		return this.users.me(actor);
	}

	@GetMapping("/tokens")
	@Operation(summary = "The caller's personal API tokens, revoked ones included",
			description = "Lists names and dates only: a token's secret is shown once, when it is created.")
	List<ApiTokenView> tokens(@Parameter(hidden = true) Actor actor) {
		return this.users.tokens(actor);
	}

	@PostMapping("/tokens")
	@Operation(summary = "Create a personal API token",
			description = "Returns the token once; only its hash is stored. Send it as `Authorization: Bearer mia_…`. "
					+ "The body is optional; without a name the token is called \"API token\", without "
					+ "`expiresInDays` it never expires, without `scope` it is READ_WRITE. An expired token is "
					+ "answered 401 `auth.invalidToken`; a READ_ONLY token is answered 403 `auth.readOnlyToken` "
					+ "on anything but GET and HEAD.")
	@ApiResponse(responseCode = "201", description = "The token was created; `token` holds the secret")
	ResponseEntity<CreatedToken> createToken(@Parameter(hidden = true) Actor actor,
			@RequestBody(required = false) TokenRequest body) {
		CreatedToken created = (body != null)
				? this.users.createToken(actor, body.name(), body.expiresInDays(), body.scope())
				: this.users.createToken(actor, null);
		return ResponseEntity.status(HttpStatus.CREATED).body(created);
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke one of the caller's personal API tokens",
			description = "A revoked token is answered 401 from then on; it stays in the list as revoked.")
	@ApiResponse(responseCode = "204", description = "The token is revoked")
	@ApiResponse(responseCode = "404", description = "The caller has no token with this id")
	void revokeToken(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		this.users.revokeToken(actor, id);
	}

}
