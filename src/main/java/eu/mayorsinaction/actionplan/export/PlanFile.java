package eu.mayorsinaction.actionplan.export;

/** An exported plan: the file's name, its content type and its bytes. */
public record PlanFile(String fileName, String contentType, byte[] content) {

}
