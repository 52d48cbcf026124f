/**
 * Action plans (SEAP/SECAP) of a signatory: the plan, its actions by field of action, and
 * the plan measured against the reduction target of its baseline inventory (pure Java
 * under {@code calculation}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action plans")
package eu.mayorsinaction.actionplan;
