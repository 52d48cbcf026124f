package eu.mayorsinaction.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, as pages and the JSON API show it.
 *
 * @param items the rows of this page
 * @param page zero-based page number
 * @param size the page size asked for
 * @param totalItems rows over all pages
 */
public record PageResult<T>(List<T> items, int page, int size, long totalItems) {

	public PageResult {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return (size <= 0) ? 0 : (int) ((totalItems + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalItems);
	}

}
