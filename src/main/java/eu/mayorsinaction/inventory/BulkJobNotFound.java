package eu.mayorsinaction.inventory;

import eu.mayorsinaction.shared.NotFound;

/**
 * No such bulk import job, or one another person started: both answer 404.
 */
public class BulkJobNotFound extends NotFound {

	public BulkJobNotFound() {
		super("bulk.jobNotFound");
	}

}
