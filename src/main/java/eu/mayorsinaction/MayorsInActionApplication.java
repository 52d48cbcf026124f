package eu.mayorsinaction;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Mayors in Action: one Spring Boot application, organised as a modular monolith.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MayorsInActionApplication {

	public static void main(String[] args) {
		SpringApplication.run(MayorsInActionApplication.class, args);
	}

}
