package eu.mayorsinaction.user;

/**
 * What a personal API token may do: read only ({@code GET} and {@code HEAD}), or read and
 * write with all the rights of its owner.
 */
public enum TokenScope {

	READ_ONLY, READ_WRITE

}
