package eu.mayorsinaction.organisation;

/**
 * Identifies one commitment of a signatory; plans and progress views refer to it.
 */
public record CommitmentId(long value) {
}
