package eu.mayorsinaction;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module graph: modules are direct sub-packages that reach each other only through
 * their public API, with no cycles. Also writes the module documentation (C4 and UML
 * component diagrams, module canvases) to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(MayorsInActionApplication.class);

	@Test
	void modules_respect_their_boundaries_and_form_no_cycles() {
		modules.verify();
	}

	@Test
	void module_documentation_is_written() {
		new Documenter(modules).writeDocumentation();
	}

}
