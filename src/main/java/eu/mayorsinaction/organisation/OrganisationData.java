package eu.mayorsinaction.organisation;

import eu.mayorsinaction.shared.CountryCode;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person enters about a coordinator or supporter; {@code version} as in
 * {@link SignatoryData}.
 */
public record OrganisationData(@NotNull OrganisationKind kind, @NotBlank @Size(max = 200) String name,
		@NotBlank @CountryCode String country, @Size(max = 1000) String territory, @Size(max = 200) String contactName,
		@Email @Size(max = 254) String contactEmail,
		@Size(max = 500) @Pattern(regexp = "^(https?://\\S+)?$", message = "{validation.url}") String website,
		Integer version) {

	public static OrganisationData blank() {
		return new OrganisationData(OrganisationKind.COORDINATOR, null, null, null, null, null, null, null);
	}

}
