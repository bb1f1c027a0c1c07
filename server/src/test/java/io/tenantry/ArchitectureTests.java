package io.tenantry;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Conventions the module boundaries alone do not enforce. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.tenantry");

	@Test
	void repositoriesStayInsideTheirModule() {
		classes().that()
			.areAnnotatedWith(Repository.class)
			.or()
			.haveSimpleNameEndingWith("Repository")
			.should()
			.notBePublic()
			.check(CLASSES);
	}

	@Test
	void domainCodeIsFreeOfWebTypes() {
		noClasses().that()
			.resideInAnyPackage("io.tenantry.(*)")
			.and()
			.resideOutsideOfPackage("io.tenantry.platform")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web.bind..", "org.springframework.web.servlet..",
					"org.springframework.http..", "org.springframework.ui..")
			.check(CLASSES);
	}

	@Test
	void controllersLiveInWebPackages() {
		classes().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.resideInAPackage("io.tenantry.*.web")
			.andShould()
			.notBePublic()
			.check(CLASSES);
	}

}
