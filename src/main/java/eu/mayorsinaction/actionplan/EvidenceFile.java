package eu.mayorsinaction.actionplan;

/** An evidence file with its content, for a download. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {

}
