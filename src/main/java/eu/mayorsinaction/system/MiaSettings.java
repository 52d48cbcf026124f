package eu.mayorsinaction.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the platform under {@code mia.*}.
 *
 * @param baseUrl the address people reach the platform at (links in e-mails)
 * @param demo whether the embedded demo data set is loaded and shown
 */
@ConfigurationProperties("mia")
public record MiaSettings(String baseUrl, Demo demo) {

	public MiaSettings {
		if (demo == null) {
			demo = new Demo(false);
		}
	}

	/**
	 * @param enabled load the demo on an empty database and show demo accounts on the
	 * login page
	 */
	public record Demo(boolean enabled) {
	}

}
