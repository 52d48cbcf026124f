package eu.mayorsinaction.actionplan.export;

/** Message texts in the language of the person exporting. */
@FunctionalInterface
interface Texts {

	String get(String key, Object... arguments);

}
