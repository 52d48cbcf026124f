package eu.mayorsinaction.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	/**
	 * The OpenAPI description at {@code /v3/api-docs}: what the API is and how programs
	 * authenticate.
	 */
	@Bean
	OpenAPI mayorsInActionApi() {
		return new OpenAPI()
			.info(new Info().title("Mayors in Action API")
				.version("v1")
				.description("Signatories, commitments, coordinators and supporters of the Covenant of Mayors. "
						+ "Authenticate with a personal API token (Authorization: Bearer, created with POST "
						+ "/api/v1/me/tokens) or HTTP Basic. Errors are RFC 9457 problem details with a stable "
						+ "'code' and, for validation, the 'fields' at fault."))
			.components(new Components()
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
