package eu.mayorsinaction.organisation;

/**
 * A signatory made a new commitment (first or renewal): deadlines and progress follow the
 * new one from now on.
 */
public record CommitmentAdded(SignatoryId signatoryId, CommitmentId commitmentId, Framework framework, Long userId) {
}
