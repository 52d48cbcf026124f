package eu.mayorsinaction.inventory.web;

import java.util.List;
import java.util.Locale;

import eu.mayorsinaction.inventory.InventoryQualityView;
import eu.mayorsinaction.inventory.Sector;
import eu.mayorsinaction.inventory.calculation.QualityFinding;
import eu.mayorsinaction.inventory.calculation.QualitySeverity;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.context.MessageSource;

/**
 * The data-quality findings of an inventory. Peer figures are aggregates only (median,
 * MAD, count): no other signatory's values or names.
 */
@Schema(description = "Data-quality findings of an inventory; peer figures are aggregates only")
record QualityResponse(long inventoryId,
		@Schema(description = "the country whose other signatories are the peers") String country,
		@Schema(description = "how many peers (latest computed inventory with a population of each other "
				+ "signatory of the country)") int peerCount,
		@Schema(description = "year of the previous inventory compared with") Integer previousYear,
		List<Finding> findings) {

	@Schema(description = "One finding with the figures it used")
	record Finding(@Schema(description = "message key, e.g. quality.outlier.high") String code,
			QualitySeverity severity, @Schema(description = "the sector, absent for the whole inventory") Sector sector,
			@Schema(description = "the inventory's figure: MWh, MWh/inhabitant (lighting, outliers) or the number "
					+ "of key sectors covered (coverage)") Double value,
			@Schema(description = "threshold or previous inventory's MWh") Double reference,
			@Schema(description = "year of the previous inventory") Integer referenceYear,
			@Schema(description = "peers' median, MWh/inhabitant") Double median,
			@Schema(description = "peers' median absolute deviation, MWh/inhabitant") Double mad,
			@Schema(description = "robust z = 0.6745 × (value − median) / MAD") Double z,
			@Schema(description = "peers the median and MAD are made of") Integer peerCount,
			@Schema(description = "the explanation in the request's language") String message) {

	}

	static QualityResponse of(InventoryQualityView view, MessageSource messages, Locale locale) {
		return new QualityResponse(view.inventoryId(), view.country(), view.peerCount(), view.previousYear(),
				view.findings().stream().map((f) -> finding(f, messages, locale)).toList());
	}

	private static Finding finding(QualityFinding f, MessageSource messages, Locale locale) {
		return new Finding(f.code(), f.severity(), f.sector(), f.value(), f.reference(), f.referenceYear(), f.median(),
				f.mad(), f.z(), f.peerCount(), QualityMessages.explain(f, messages, locale));
	}

}
