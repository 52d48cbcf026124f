package eu.mayorsinaction.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long links stay valid and how sign-ins are throttled, under {@code mia.accounts.*}.
 *
 * @param invitationValidity how long an invitation link works (7 days)
 * @param passwordResetValidity how long a password reset link works (1 hour)
 * @param maxFailedSignIns consecutive failed sign-ins that lock the account (5)
 * @param lockDuration how long a locked account stays locked (15 minutes)
 * @param failedSignInDelay the pause after a failed sign-in, per failure so far (200 ms)
 * @param maxFailedSignInDelay the longest pause (2 s)
 * @param maxFailedSignInsPerAddress failed sign-ins from one client address, across all
 * accounts, within {@code addressWindow} after which further attempts from that address
 * are refused until older failures leave the window (20)
 * @param addressWindow the sliding window over which failures per address are counted (15
 * minutes)
 */
@ConfigurationProperties("mia.accounts")
public record AccountSettings(Duration invitationValidity, Duration passwordResetValidity, Integer maxFailedSignIns,
		Duration lockDuration, Duration failedSignInDelay, Duration maxFailedSignInDelay,
		Integer maxFailedSignInsPerAddress, Duration addressWindow) {

	public AccountSettings {
		invitationValidity = (invitationValidity != null) ? invitationValidity : Duration.ofDays(7);
		passwordResetValidity = (passwordResetValidity != null) ? passwordResetValidity : Duration.ofHours(1);
		maxFailedSignIns = (maxFailedSignIns != null) ? maxFailedSignIns : 5;
		lockDuration = (lockDuration != null) ? lockDuration : Duration.ofMinutes(15);
		failedSignInDelay = (failedSignInDelay != null) ? failedSignInDelay : Duration.ofMillis(200);
		maxFailedSignInDelay = (maxFailedSignInDelay != null) ? maxFailedSignInDelay : Duration.ofSeconds(2);
		maxFailedSignInsPerAddress = (maxFailedSignInsPerAddress != null) ? maxFailedSignInsPerAddress : 20;
		addressWindow = (addressWindow != null) ? addressWindow : Duration.ofMinutes(15);
	}

	/** The pause after the given number of consecutive failures. */
	Duration delayAfter(int failures) {
		Duration delay = this.failedSignInDelay.multipliedBy(Math.max(failures, 0));
		return (delay.compareTo(this.maxFailedSignInDelay) > 0) ? this.maxFailedSignInDelay : delay;
	}

}
