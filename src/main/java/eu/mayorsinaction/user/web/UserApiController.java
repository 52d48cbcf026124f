package eu.mayorsinaction.user.web;

import java.net.URI;
import java.util.List;

import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.UserId;
import eu.mayorsinaction.user.UserManagement;
import eu.mayorsinaction.user.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts, for platform admins.
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Accounts", description = "Accounts and their roles; platform administrators only")
class UserApiController {

	private final UserManagement users;

	private final SmartValidator validator;

	UserApiController(UserManagement users, SmartValidator validator) {
		this.users = users;
		this.validator = validator;
	}

	@GetMapping
	@Operation(summary = "All accounts, by email address")
	@ApiResponse(responseCode = "403", description = "The caller is not a platform administrator")
	List<UserView> list(@Parameter(hidden = true) Actor actor) {
		return this.users.users(actor);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account")
	@ApiResponse(responseCode = "404", description = "No such account")
	UserView get(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return this.users.user(actor, new UserId(id));
	}

	@PostMapping
	@Operation(summary = "Create an account, optionally with a first role",
			description = "An organisation role needs `organisationId`, a signatory role `signatoryId`. "
					+ "A duplicate email address is answered 400 with the field `email`.")
	@ApiResponse(responseCode = "201", description = "The account was created")
	@ApiResponse(responseCode = "400", description = "A field is not valid; `fields` lists them")
	ResponseEntity<UserView> create(@Parameter(hidden = true) Actor actor, @RequestBody NewUser request)
			throws BindException {
		// Admins only, before anything else: others learn nothing about the rules.
		if (!actor.platformAdmin()) {
			throw new Forbidden();
		}
		BindingResult errors = new BeanPropertyBindingResult(request, "newUser");
		this.validator.validate(request, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		UserView created = this.users.createUser(actor, request);
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
	}

}
