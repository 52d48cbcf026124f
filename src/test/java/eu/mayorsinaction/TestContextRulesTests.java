package eu.mayorsinaction;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * The suite builds at most two Spring contexts ({@link WebIntegrationTest} and
 * {@link PostgresIntegrationTest}): anything that would make Spring build another one is
 * refused here, so that {@code ./mvnw verify} stays fast.
 */
@AnalyzeClasses(packages = "eu.mayorsinaction", importOptions = ImportOption.OnlyIncludeTests.class)
class TestContextRulesTests {

	@ArchTest
	static final ArchRule spring_tests_should_use_one_of_the_two_shared_test_contexts = classes().that()
		.areMetaAnnotatedWith(BootstrapWith.class)
		.and()
		.areNotAnnotations()
		.should()
		.beAnnotatedWith(WebIntegrationTest.class)
		.orShould()
		.beAnnotatedWith(PostgresIntegrationTest.class)
		.because("every other Spring test configuration starts one more application context");

	@ArchTest
	static final ArchRule test_classes_should_not_change_the_shared_contexts = noClasses().that()
		.areNotAnnotations()
		.should()
		.beAnnotatedWith(ContextConfiguration.class)
		.orShould()
		.beAnnotatedWith(TestPropertySource.class)
		.orShould()
		.beAnnotatedWith(ActiveProfiles.class)
		.orShould()
		.beAnnotatedWith(DirtiesContext.class)
		.because("any of these gives the test class a context of its own");

	@ArchTest
	static final ArchRule no_test_should_replace_beans_with_mocks = noFields().should()
		.beAnnotatedWith(MockitoBean.class)
		.orShould()
		.beAnnotatedWith(MockitoSpyBean.class)
		.because("bean overrides give the test class a context of its own: test the module's logic in a plain unit"
				+ " test instead");

	@ArchTest
	static final ArchRule no_test_should_add_dynamic_properties = noMethods().should()
		.beAnnotatedWith(DynamicPropertySource.class)
		.because("dynamic properties give the test class a context of its own");

}
