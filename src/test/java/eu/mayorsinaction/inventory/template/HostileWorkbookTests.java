package eu.mayorsinaction.inventory.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Workbooks meant to hurt: a password-protected one, an XML bomb (entities expanding to
 * billions of characters) and a zip bomb (a tiny file inflating to hundreds of
 * megabytes). Each is refused with its reason, quickly, without exhausting memory.
 */
class HostileWorkbookTests {

	private final SeapTemplateReader reader = new SeapTemplateReader();

	@Test
	void a_password_protected_workbook_is_refused_as_encrypted() throws Exception {
		byte[] plain = FilledTemplates.filled(false, true, 2008, 2014);
		POIFSFileSystem filesystem = new POIFSFileSystem();
		EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
		Encryptor encryptor = info.getEncryptor();
		encryptor.confirmPassword("secret");
		try (OutputStream out = encryptor.getDataStream(filesystem)) {
			out.write(plain);
		}
		ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
		filesystem.writeFilesystem(encrypted);
		filesystem.close();
		assertThatThrownBy(() -> this.reader.read(encrypted.toByteArray())).isInstanceOf(TemplateUnreadable.class)
			.hasMessage(TemplateUnreadable.ENCRYPTED);
	}

	@Test
	void an_xml_bomb_in_an_xlsx_is_refused_without_expanding_it() throws IOException {
		String bomb = """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [
				 <!ENTITY lol "lollollollollollollollollollol">
				 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
				 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
				 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
				 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
				 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
				 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
				 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
				 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
				]>
				<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">
				<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>
				""";
		byte[] workbook = withSheetXml(bomb.getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> this.reader.read(workbook)).isInstanceOf(TemplateUnreadable.class)
			.hasMessage(TemplateUnreadable.CORRUPT);
	}

	@Test
	void a_zip_bomb_is_refused_before_it_is_inflated() throws IOException {
		// 200 MB of spaces inside a valid worksheet element compress to a few hundred kB.
		ByteArrayOutputStream sheet = new ByteArrayOutputStream();
		sheet.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
			.getBytes(StandardCharsets.UTF_8));
		byte[] spaces = new byte[1024 * 1024];
		java.util.Arrays.fill(spaces, (byte) ' ');
		byte[] workbook = withSheetXml(sheet.toByteArray(), spaces, 200,
				"</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> this.reader.read(workbook)).isInstanceOf(TemplateUnreadable.class)
			.hasMessage(TemplateUnreadable.CORRUPT);
	}

	private static byte[] withSheetXml(byte[] xml) throws IOException {
		return withSheetXml(xml, new byte[0], 0, new byte[0]);
	}

	/**
	 * A valid one-sheet .xlsx whose worksheet part is replaced by {@code head}, then
	 * {@code times} × {@code filler}, then {@code tail}.
	 */
	private static byte[] withSheetXml(byte[] head, byte[] filler, int times, byte[] tail) throws IOException {
		ByteArrayOutputStream valid = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Inventory").createRow(0).createCell(0).setCellValue("M11");
			workbook.write(valid);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(valid.toByteArray()));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					zip.write(head);
					for (int i = 0; i < times; i++) {
						zip.write(filler);
					}
					zip.write(tail);
				}
				else {
					in.transferTo(zip);
				}
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
