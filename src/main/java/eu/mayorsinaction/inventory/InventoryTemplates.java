package eu.mayorsinaction.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.mayorsinaction.inventory.calculation.InventoryResult;
import eu.mayorsinaction.inventory.template.SeapTemplateReader;
import eu.mayorsinaction.inventory.template.SeapTemplateWriter;
import eu.mayorsinaction.inventory.template.TemplateFinding;
import eu.mayorsinaction.inventory.template.TemplateSheet;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.BusinessException;
import eu.mayorsinaction.shared.InvalidInput;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Covenant's SEAP template in and out: an imported workbook is first a preview —
 * every inventory it holds, computed by the platform, with what was skipped or doubtful
 * and where its own Table B differs from the platform's computation — and is stored only
 * when the person confirms (all inventories or none). An export fills a copy of the
 * shipped template.
 */
@Service
public class InventoryTemplates {

	/** The project's copy of the template (Italian edition, 2009 structure). */
	static final String TEMPLATE = "reference/seap-template-2009-it.xls";

	/** Table B may differ from the platform's figure by rounding: 0.01 t or 0.1 %. */
	private static final double ABSOLUTE_TOLERANCE = 0.01;

	private static final double RELATIVE_TOLERANCE = 0.001;

	private final InventoryManagement inventories;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final SeapTemplateReader reader = new SeapTemplateReader();

	private final SeapTemplateWriter writer = new SeapTemplateWriter();

	InventoryTemplates(InventoryManagement inventories, PlatformTransactionManager transactions,
			Optional<Clock> clock) {
		this.inventories = inventories;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * One inventory of the workbook as it would be stored.
	 *
	 * @param sheet what was read, with its findings
	 * @param invalid what the platform refuses in it (a missing year, …), or {@code null}
	 * @param result the platform's computation, or {@code null} with {@code problem}
	 * @param problem why it cannot be computed (it will be stored as a draft), or
	 * {@code null}
	 * @param differences where the sheet's Table B or electricity factor differs from the
	 * computation
	 * @param stored the inventory stored on confirmation, else {@code null}
	 */
	public record ImportedInventory(TemplateSheet sheet, InvalidInput invalid, InventoryResult result,
			BusinessException problem, List<TemplateFinding> differences, InventoryView stored) {

		public List<TemplateFinding> findings() {
			List<TemplateFinding> all = new ArrayList<>(this.sheet.findings());
			all.addAll(this.differences);
			return all;
		}

	}

	/**
	 * Reads a workbook for a signatory, storing nothing.
	 * @throws eu.mayorsinaction.inventory.template.TemplateUnreadable if it is no
	 * readable template with data
	 */
	public List<ImportedInventory> preview(Actor actor, SignatoryId signatory, byte[] workbook) {
		SignatoryView view = this.inventories.editable(actor, signatory);
		List<ImportedInventory> previews = new ArrayList<>();
		for (TemplateSheet sheet : this.reader.read(workbook)) {
			previews.add(preview(sheet, view));
		}
		return previews;
	}

	/**
	 * Reads a workbook and stores every inventory in it: computed when it can be, else as
	 * a draft. All or nothing: one invalid inventory, or one of a type and year the
	 * signatory already has, stores none.
	 * @throws InvalidInput naming the sheet and field of the first invalid inventory
	 * @throws InventoryAlreadyExists if the signatory has one of that type and year
	 */
	public List<ImportedInventory> commit(Actor actor, SignatoryId signatory, byte[] workbook) {
		List<ImportedInventory> previews = preview(actor, signatory, workbook);
		for (ImportedInventory preview : previews) {
			if (preview.invalid() != null) {
				throw preview.invalid();
			}
		}
		return this.transaction.execute((status) -> previews.stream().map((preview) -> {
			InventoryData data = preview.sheet().inventory();
			InventoryView stored = (preview.result() != null) ? this.inventories.createInventory(actor, signatory, data)
					: this.inventories.saveDraft(actor, signatory, null, data);
			return new ImportedInventory(preview.sheet(), null, preview.result(), preview.problem(),
					preview.differences(), stored);
		}).toList());
	}

	/**
	 * The template filled with one inventory (a BEI on the first inventory sheet, an MEI
	 * on the second), in the template's format (.xls).
	 */
	public byte[] export(Actor actor, SignatoryId signatory, long inventoryId) {
		InventoryView inventory = this.inventories.inventory(actor, signatory, inventoryId);
		return this.writer.fill(template(), inventory.data(), inventory.result());
	}

	private ImportedInventory preview(TemplateSheet sheet, SignatoryView signatory) {
		InventoryData data = sheet.inventory();
		try {
			data.validate(Year.now(this.clock));
		}
		catch (InvalidInput invalid) {
			return new ImportedInventory(sheet, invalid, null, null, List.of(), null);
		}
		String country = (data.country() != null) ? data.country() : signatory.country();
		try {
			InventoryResult result = this.inventories.calculate(data.toInput(country));
			return new ImportedInventory(sheet, null, result, null, differences(sheet, result), null);
		}
		catch (BusinessException problem) {
			return new ImportedInventory(sheet, null, null, problem, List.of(), null);
		}
	}

	/**
	 * Table B cells and the electricity factor of M550 that the computation does not
	 * match.
	 */
	private static List<TemplateFinding> differences(TemplateSheet sheet, InventoryResult result) {
		List<TemplateFinding> differences = new ArrayList<>();
		for (Map.Entry<Sector, Map<Carrier, Double>> row : sheet.tableB().entrySet()) {
			Sector sector = row.getKey();
			for (Map.Entry<Carrier, Double> cell : row.getValue().entrySet()) {
				Carrier carrier = cell.getKey();
				double computed = result.emissions()
					.stream()
					.filter((e) -> e.sector() == sector && e.carrier() == carrier)
					.mapToDouble(InventoryResult.Emission::tco2)
					.sum();
				if (differs(cell.getValue(), computed)) {
					String address = carrier.templateColumn() + " " + emissionRowCode(sector);
					differences.add(new TemplateFinding(sheet.sheetName(), address, "template.tableBDifference",
							List.of(sector.name(), carrier.name(), cell.getValue(), computed)));
				}
			}
		}
		Double stated = sheet.statedElectricityFactor();
		Double computed = result.electricityFactor();
		if (stated != null && computed != null && differs(stated, computed)) {
			differences.add(new TemplateFinding(sheet.sheetName(), "C M550", "template.electricityFactorDifference",
					List.of(stated, computed)));
		}
		return differences;
	}

	private static boolean differs(double stated, double computed) {
		double difference = Math.abs(stated - computed);
		return difference > ABSOLUTE_TOLERANCE && difference > RELATIVE_TOLERANCE * Math.abs(computed);
	}

	/** The Table B row code of a sector: M11 → M51. */
	private static String emissionRowCode(Sector sector) {
		return "M" + (Integer.parseInt(sector.templateRow().substring(1)) + 40);
	}

	private static byte[] template() {
		try (InputStream in = new ClassPathResource(TEMPLATE).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the SEAP template is missing from the build", ex);
		}
	}

}
