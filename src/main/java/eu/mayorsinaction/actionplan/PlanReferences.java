package eu.mayorsinaction.actionplan;

/**
 * What another module keeps that names a plan, asked before the plan is deleted so that
 * the confirmation can say it. The monitoring module implements it for its reports (which
 * depend on this module, not the other way round); none registered counts 0.
 */
public interface PlanReferences {

	/** How many monitoring reports of the signatory name the plan. */
	int monitoringReportsNaming(long signatoryId, long planId);

}
