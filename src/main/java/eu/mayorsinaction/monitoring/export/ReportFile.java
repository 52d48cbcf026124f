package eu.mayorsinaction.monitoring.export;

/** An exported report: the file's name, its content type and its bytes. */
public record ReportFile(String fileName, String contentType, byte[] content) {

}
