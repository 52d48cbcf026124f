package eu.mayorsinaction.organisation;

import java.time.LocalDate;

/**
 * One support relation: which organisation supports which signatory, since when and until
 * when.
 */
public record SupportView(long id, long organisationId, String organisationName, OrganisationKind organisationKind,
		long signatoryId, String signatoryName, LocalDate since, LocalDate until, boolean active) {
}
