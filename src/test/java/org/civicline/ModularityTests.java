package org.civicline;

import java.util.Arrays;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(CivicLineApplication.class);

	static final JavaClasses production = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.civicline");

	@Test
	void modulesOnlyUseEachOthersPublicApiAndAllowedDependencies() {
		modules.verify();
	}

	@Test
	void coreNlpStaysInsideTheLanguageModule() {
		noClasses().that()
			.resideOutsideOfPackage("org.civicline.nlp..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("edu.stanford.nlp..")
			.check(production);
	}

	@Test
	void onnxRuntimeStaysInsideTheLanguageModule() {
		noClasses().that()
			.resideOutsideOfPackage("org.civicline.nlp..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("ai.onnxruntime..")
			.check(production);
	}

	@Test
	void luceneStaysInsideTheFaqModule() {
		noClasses().that()
			.resideOutsideOfPackage("org.civicline.faq..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.apache.lucene..")
			.check(production);
	}

	/**
	 * The packaged server starts from bean definitions the build wrote (process-aot), so
	 * a bean that exists only under a property, another bean or a profile would be
	 * decided by the build and the setting silently ignored at start. Only the commands'
	 * own profile may add beans: commands read the configuration at start.
	 */
	@Test
	void noServerBeanDependsOnASettingTheBuildWouldFix() {
		Set<String> decidedBySettings = Set.of("org.springframework.context.annotation.Conditional",
				"org.springframework.boot.autoconfigure.condition.ConditionalOnProperty",
				"org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty",
				"org.springframework.boot.autoconfigure.condition.ConditionalOnExpression",
				"org.springframework.boot.autoconfigure.condition.ConditionalOnBean",
				"org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean",
				"org.springframework.boot.autoconfigure.condition.ConditionalOnResource");
		DescribedPredicate<JavaAnnotation<?>> settingDependent = DescribedPredicate
			.describe("conditional on a setting or on a profile other than the commands'", (annotation) -> {
				String type = annotation.getRawType().getName();
				if (type.equals("org.springframework.context.annotation.Profile")) {
					return !Arrays.equals((Object[]) annotation.get("value").orElseThrow(), new String[] { "command" });
				}
				return decidedBySettings.contains(type);
			});
		noClasses().should().beAnnotatedWith(settingDependent).check(production);
		noMethods().should().beAnnotatedWith(settingDependent).check(production);
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
