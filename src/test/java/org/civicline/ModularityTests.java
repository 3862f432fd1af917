package org.civicline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
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

	/**
	 * docs/architecture.md shows the modules as Documenter draws them from the code, so
	 * the committed diagram is checked against the code at every build rather than drawn
	 * by hand. {@code -Dcivicline.docs.write=true} rewrites it (PlantUML source and SVG).
	 */
	@Test
	void theCommittedModuleDiagramIsTheOneTheCodeGives() throws IOException {
		Path generated = Path.of("target", "module-diagram");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeModulesAsPlantUml(
					Documenter.DiagramOptions.defaults().withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
		// Laid out in Java (Smetana) so that rendering needs no Graphviz on the machine.
		String diagram = Files.readString(generated.resolve("components.puml"))
			.replaceFirst("@startuml\\R", "@startuml\n!pragma layout smetana\n");
		Path committed = Path.of("docs", "modules", "components.puml");
		if (Boolean.getBoolean("civicline.docs.write")) {
			Files.createDirectories(committed.getParent());
			Files.writeString(committed, diagram);
			try (OutputStream svg = Files.newOutputStream(committed.resolveSibling("components.svg"))) {
				new SourceStringReader(diagram).outputImage(svg, new FileFormatOption(FileFormat.SVG));
			}
		}
		assertThat(committed)
			.as("docs/modules/components.puml: the modules changed; rebuild it with "
					+ "./mvnw test -Dtest=ModularityTests -Dcivicline.docs.write=true")
			.exists();
		// Documenter lists the same boxes and arrows in another order from run to run.
		assertThat(Files.readString(committed).lines().sorted().toList())
			.as("docs/modules/components.puml: the modules changed; rebuild "
					+ "it with ./mvnw test -Dtest=ModularityTests -Dcivicline.docs.write=true")
			.isEqualTo(diagram.lines().sorted().toList());
		String svg = Files.readString(committed.resolveSibling("components.svg"));
		// PlantUML names each box in the SVG by the module's name without its spaces; a
		// module nothing uses or listens to (web) is left out of the diagram.
		List<String> drawn = modules.stream()
			.map((module) -> module.getDisplayName())
			.filter((name) -> diagram.contains("\"==" + name + "\\n"))
			.toList();
		assertThat(drawn).hasSizeGreaterThanOrEqualTo(10);
		drawn.forEach((name) -> assertThat(svg).as("the SVG beside it shows every module drawn")
			.contains("." + name.replace(" ", "") + "\""));
	}

}
