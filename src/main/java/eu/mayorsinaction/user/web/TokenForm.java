package eu.mayorsinaction.user.web;

import eu.mayorsinaction.user.TokenScope;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A new personal API token: its name (may be left empty), its lifetime in days (empty:
 * never expires) and whether it may only read.
 */
record TokenForm(@Size(max = 100) String name, @Min(0) @Max(3650) Integer expiresInDays, TokenScope scope) {

	/** The lifetimes the account page offers, in days; 0 stands for "never expires". */
	static final int[] LIFETIMES = { 30, 90, 365, 0 };

	static TokenForm blank() {
		return new TokenForm(null, 90, TokenScope.READ_WRITE);
	}

}
