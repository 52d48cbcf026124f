package eu.mayorsinaction.organisation;

/**
 * Identifies a signatory; other modules hold this, never the signatory itself.
 */
public record SignatoryId(long value) {
}
