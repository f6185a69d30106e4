package org.mentorhub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The hexagon's dependency rules over the shipped classes: dependencies point inward, and the core
 * (domain, matching, port, service) knows nothing of Atlassian, Active Objects, JAX-RS, servlets or
 * the adapters. Rules about packages that do not exist yet pass rather than fail.
 */
@AnalyzeClasses(packages = "org.mentorhub", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonArchitectureTest {
    private static final String DOMAIN = "org.mentorhub.domain..";
    private static final String MATCHING = "org.mentorhub.matching..";
    private static final String PORT = "org.mentorhub.port..";
    private static final String SERVICE = "org.mentorhub.service..";
    private static final String ADAPTER = "org.mentorhub.adapter..";
    private static final String JAVA = "java..";

    @ArchTest
    static final ArchRule domainDependsOnlyOnJava = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, JAVA);

    @ArchTest
    static final ArchRule matchingDependsOnlyOnJavaAndLucene = classes().that().resideInAPackage(MATCHING)
            .should().onlyDependOnClassesThat().resideInAnyPackage(MATCHING, JAVA, "org.apache.lucene..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule portsDependOnlyOnTheDomain = classes().that().resideInAPackage(PORT)
            .should().onlyDependOnClassesThat().resideInAnyPackage(PORT, DOMAIN, JAVA);

    @ArchTest
    static final ArchRule servicesDependOnlyOnTheCore = classes().that().resideInAPackage(SERVICE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(SERVICE, PORT, DOMAIN, MATCHING, JAVA);

    @ArchTest
    static final ArchRule coreKnowsNoPlatformAndNoAdapter = noClasses().that().resideInAnyPackage(DOMAIN, MATCHING, PORT, SERVICE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.atlassian..", "net.java.ao..", "javax.ws.rs..", "javax.servlet..", "jakarta..", ADAPTER);
}
