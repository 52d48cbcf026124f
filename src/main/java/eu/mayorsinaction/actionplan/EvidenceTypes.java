package eu.mayorsinaction.actionplan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types accepted as evidence, recognised by their content (magic bytes, and the
 * entries of an office file's ZIP container) and not only by the name's extension: the
 * extension must name the type the content shows.
 */
final class EvidenceTypes {

	/** The extensions accepted, for the page and the error message. */
	static final List<String> EXTENSIONS = List.of("pdf", "png", "jpg", "jpeg", "gif", "webp", "docx", "xlsx", "pptx",
			"odt", "ods", "doc", "xls", "csv");

	private EvidenceTypes() {
	}

	/**
	 * The content type of the file, if its content is of the type its extension names.
	 */
	static Optional<String> contentType(String fileName, byte[] content) {
		String extension = extension(fileName);
		if (content.length == 0 || extension == null) {
			return Optional.empty();
		}
		return switch (extension) {
			case "pdf" -> when(startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII)), "application/pdf");
			case "png" -> when(startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
					"image/png");
			case "jpg", "jpeg" ->
				when(startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }), "image/jpeg");
			case "gif" -> when(startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
					|| startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII)), "image/gif");
			case "webp" -> when(
					content.length >= 12 && startsWith(content, "RIFF".getBytes(StandardCharsets.US_ASCII)) && Arrays
						.equals(Arrays.copyOfRange(content, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII)),
					"image/webp");
			case "doc" -> when(isOle2(content), "application/msword");
			case "xls" -> when(isOle2(content), "application/vnd.ms-excel");
			case "docx" -> when(hasOoxmlPart(content, "word/"),
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
			case "xlsx" ->
				when(hasOoxmlPart(content, "xl/"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			case "pptx" -> when(hasOoxmlPart(content, "ppt/"),
					"application/vnd.openxmlformats-officedocument.presentationml.presentation");
			case "odt" -> when(isOpenDocument(content, "application/vnd.oasis.opendocument.text"),
					"application/vnd.oasis.opendocument.text");
			case "ods" -> when(isOpenDocument(content, "application/vnd.oasis.opendocument.spreadsheet"),
					"application/vnd.oasis.opendocument.spreadsheet");
			case "csv" -> when(isPlainText(content), "text/csv");
			default -> Optional.empty();
		};
	}

	static String extension(String fileName) {
		if (fileName == null) {
			return null;
		}
		int dot = fileName.lastIndexOf('.');
		return (dot < 0 || dot == fileName.length() - 1) ? null : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static Optional<String> when(boolean matches, String contentType) {
		return matches ? Optional.of(contentType) : Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
	}

	private static boolean isOle2(byte[] content) {
		return startsWith(content, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
				0x1A, (byte) 0xE1 });
	}

	private static boolean isZip(byte[] content) {
		return startsWith(content, new byte[] { 'P', 'K', 0x03, 0x04 });
	}

	/** An Office Open XML package: [Content_Types].xml and a part under the folder. */
	private static boolean hasOoxmlPart(byte[] content, String folder) {
		if (!isZip(content)) {
			return false;
		}
		Set<String> names = entryNames(content);
		return names.contains("[Content_Types].xml") && names.stream().anyMatch((name) -> name.startsWith(folder));
	}

	/** An OpenDocument package: its first entry "mimetype" holds the media type. */
	private static boolean isOpenDocument(byte[] content, String mediaType) {
		if (!isZip(content)) {
			return false;
		}
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry first = zip.getNextEntry();
			if (first == null || !"mimetype".equals(first.getName())) {
				return false;
			}
			byte[] type = zip.readNBytes(200);
			return mediaType.equals(new String(type, StandardCharsets.US_ASCII).trim());
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static Set<String> entryNames(byte[] content) {
		Set<String> names = new HashSet<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null && names.size() < 10_000) {
				names.add(entry.getName());
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// a broken container: the names read so far
		}
		return names;
	}

	/**
	 * UTF-8 (or ISO-8859-1) text without control characters other than tab and line
	 * breaks, and not a web page or a program.
	 */
	private static boolean isPlainText(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			text = new String(content, StandardCharsets.ISO_8859_1);
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return false;
			}
		}
		String start = text.stripLeading().toLowerCase(Locale.ROOT);
		return !start.startsWith("<") && !start.startsWith("mz");
	}

}
