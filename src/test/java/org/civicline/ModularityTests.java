package org.civicline;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
	void luceneStaysInsideTheFaqModule() {
		noClasses().that()
			.resideOutsideOfPackage("org.civicline.faq..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.apache.lucene..")
			.check(production);
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
