package eu.mayorsinaction.user.web;

import jakarta.validation.constraints.Size;

/**
 * A new personal API token: only its name, which may be left empty.
 */
record TokenForm(@Size(max = 100) String name) {

	static TokenForm blank() {
		return new TokenForm(null);
	}

}
