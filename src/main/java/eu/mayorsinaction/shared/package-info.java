/**
 * Small value types and failure types used by every module; no Spring in here.
 */
package eu.mayorsinaction.shared;
