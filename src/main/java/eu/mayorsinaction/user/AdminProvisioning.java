package eu.mayorsinaction.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code MIA_ADMIN_EMAIL} and {@code MIA_ADMIN_PASSWORD} create that platform admin at
 * start-up, or reset its password, in every profile: automated installs need no manual
 * step.
 */
@Component
@Order(0)
class AdminProvisioning implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminProvisioning.class);

	private final UserManagement users;

	private final String email;

	private final String password;

	AdminProvisioning(UserManagement users, @Value("${MIA_ADMIN_EMAIL:}") String email,
			@Value("${MIA_ADMIN_PASSWORD:}") String password) {
		this.users = users;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.email.isBlank() || this.password.isBlank()) {
			return;
		}
		this.users.provisionAdmin(this.email, this.password, "Platform administrator");
		log.info("Platform admin {} provisioned from the environment", this.email);
	}

}
