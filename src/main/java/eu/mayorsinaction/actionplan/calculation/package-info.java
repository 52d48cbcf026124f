/**
 * The plan-versus-target calculation of an action plan (domain brief §4–5) in plain Java:
 * no Spring, immutable inputs and results, computed in {@code double}, rounded only for
 * display.
 */
package eu.mayorsinaction.actionplan.calculation;
