package eu.mayorsinaction;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

/**
 * Rules of the architecture that the module verification does not cover (see
 * architecture.md and style.md).
 */
@AnalyzeClasses(packages = "eu.mayorsinaction", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String BASE = "eu.mayorsinaction.";

	/**
	 * Value types and calculation cores are plain Java: they are tested and reused
	 * without Spring.
	 */
	@ArchTest
	static final ArchRule shared_types_and_calculation_cores_should_not_depend_on_spring = noClasses().that()
		.resideInAnyPackage("eu.mayorsinaction.shared..", "..calculation..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..")
		.because("shared value types and calculation engines must run and be tested without Spring");

	@ArchTest
	static final ArchRule web_controllers_should_live_in_web_packages = classes().that()
		.areMetaAnnotatedWith(Controller.class)
		.should()
		.resideInAPackage("..web..")
		.because("each module keeps its thin web layer in its own web sub-package");

	@ArchTest
	static final ArchRule no_module_should_depend_on_the_web_layer_of_another_module = classes().that()
		.resideInAPackage("eu.mayorsinaction..")
		.should(notDependOnWebPackagesOfOtherModules());

	@ArchTest
	static final ArchRule no_class_should_write_to_standard_streams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
		.because("the platform logs through SLF4J");

	@ArchTest
	static final ArchRule no_class_should_print_stack_traces = noClasses().should()
		.callMethodWhere(printStackTrace())
		.because("stack traces go to the log, never to the console or a person");

	private static DescribedPredicate<JavaMethodCall> printStackTrace() {
		return DescribedPredicate.describe("a call of Throwable.printStackTrace()",
				(call) -> call.getTarget().getName().equals("printStackTrace")
						&& call.getTargetOwner().isAssignableTo(Throwable.class));
	}

	private static ArchCondition<JavaClass> notDependOnWebPackagesOfOtherModules() {
		return new ArchCondition<>("not depend on the web package of another module") {
			@Override
			public void check(JavaClass item, ConditionEvents events) {
				String own = moduleOf(item.getPackageName());
				item.getDirectDependenciesFromSelf().forEach((dependency) -> {
					String target = dependency.getTargetClass().getPackageName();
					String targetModule = moduleOf(target);
					boolean web = target.equals(BASE + targetModule + ".web")
							|| target.startsWith(BASE + targetModule + ".web.");
					if (targetModule != null && web && !targetModule.equals(own)) {
						events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
					}
				});
			}
		};
	}

	/**
	 * The module of a package: its first segment below the base package, or null outside.
	 */
	static String moduleOf(String packageName) {
		if (!packageName.startsWith(BASE)) {
			return null;
		}
		String rest = packageName.substring(BASE.length());
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
