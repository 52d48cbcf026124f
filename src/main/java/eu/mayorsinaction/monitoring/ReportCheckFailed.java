package eu.mayorsinaction.monitoring;

import java.util.List;

import eu.mayorsinaction.monitoring.calculation.ReportCheck;
import eu.mayorsinaction.shared.BusinessException;

/** The report cannot be submitted: the pre-submission check fails; the items say why. */
public class ReportCheckFailed extends BusinessException {

	private final transient List<ReportCheck.Item> failed;

	public ReportCheckFailed(List<ReportCheck.Item> failed) {
		super("monitoring.check.failed", 400, failed.size());
		this.failed = List.copyOf(failed);
	}

	@Override
	public List<Detail> details() {
		return this.failed.stream()
			.map((item) -> new Detail(null, item.criterion().name(),
					"monitoring.check." + item.criterion().name() + "." + item.reason(), item.values()))
			.toList();
	}

}
