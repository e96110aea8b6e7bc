package org.imrtreview.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The review core (model, constraint, dvh maths and readers, evaluate, letter content) knows no
 * window, image or document library, so the CLI, the batch runner and the window run the same code.
 */
@AnalyzeClasses(packages = "org.imrtreview", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {
        "org.imrtreview.model..", "org.imrtreview.constraint..", "org.imrtreview.dvh..",
        "org.imrtreview.evaluate..", "org.imrtreview.letter.content.."
    };

    private static final String[] UI_AND_DOCUMENT_LIBRARIES = {
        "javafx..", "java.awt..", "javax.imageio..", "javax.swing..", "org.apache.poi..",
        "org.apache.pdfbox..", "org.jfree..", "org.controlsfx..", "atlantafx..", "org.bytedeco.."
    };

    @ArchTest
    static final ArchRule coreUsesNoUiOrDocumentLibraries = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(UI_AND_DOCUMENT_LIBRARIES);

    @ArchTest
    static final ArchRule modelDependsOnNothingElseOfOurs = noClasses().that().resideInAPackage("org.imrtreview.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.imrtreview.constraint..", "org.imrtreview.dvh..", "org.imrtreview.evaluate..",
                    "org.imrtreview.intake..", "org.imrtreview.letter..", "org.imrtreview.store..",
                    "org.imrtreview.cli..", "org.imrtreview.ui..");

    @ArchTest
    static final ArchRule coreDoesNotReachOutwards = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.imrtreview.ui..", "org.imrtreview.cli..",
                    "org.imrtreview.intake..", "org.imrtreview.ocr..");

    /** The OCR wrapper is a leaf: it reads text from pictures and knows nothing of reviews. */
    @ArchTest
    static final ArchRule ocrKnowsNothingOfTheReview = noClasses().that().resideInAPackage("org.imrtreview.ocr..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.imrtreview.model..", "org.imrtreview.constraint..", "org.imrtreview.dvh..",
                    "org.imrtreview.evaluate..", "org.imrtreview.intake..", "org.imrtreview.letter..",
                    "org.imrtreview.store..", "org.imrtreview.cli..", "org.imrtreview.ui..", "org.imrtreview.digitize..");

    /** Only the OCR wrapper touches the native Tesseract bindings. */
    @ArchTest
    static final ArchRule onlyTheOcrWrapperUsesTesseract = noClasses().that().resideOutsideOfPackage("org.imrtreview.ocr..")
            .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco..");

    @ArchTest
    static final ArchRule onlyTheCliPrints = noClasses().that().resideOutsideOfPackages("org.imrtreview.cli..", "org.imrtreview")
            .should().accessField(System.class, "out");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.imrtreview.(*)..")
            .should().beFreeOfCycles();

    /**
     * Sub-packages too (ui ↔ ui.casereview, review ↔ store, ...). Two known cycles are waived until
     * the packages are reshaped (docs/decisions/0145): a package registering its own sub-package's
     * implementations — evaluate's standard rule list naming the rules of evaluate.rule, and
     * intake's standard loader naming the PDF handler of intake.pdf.
     */
    @ArchTest
    static final ArchRule subPackagesAreFreeOfCycles = slices().matching("org.imrtreview.(**)")
            .should().beFreeOfCycles()
            .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.imrtreview.evaluate"),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.imrtreview.evaluate.rule"))
            .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.imrtreview.intake"),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.imrtreview.intake.pdf"));

    /** PDFBox stays in the PDF packages: reading submitted PDFs, and writing letters. */
    @ArchTest
    static final ArchRule pdfBoxOnlyInThePdfPackages = noClasses().that()
            .resideOutsideOfPackages("org.imrtreview.intake.pdf..", "org.imrtreview.letter.pdf..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..");

    /**
     * The command line runs the review headless; it touches the window only to launch it (gui) or
     * to picture it (snapshot).
     */
    @ArchTest
    static final ArchRule cliUsesTheWindowOnlyToLaunchIt = noClasses().that().resideInAPackage("org.imrtreview.cli..")
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("window classes other"
                    + " than the launchers", (com.tngtech.archunit.core.domain.JavaClass c) ->
                    c.getPackageName().startsWith("org.imrtreview.ui")
                    && !c.getName().equals("org.imrtreview.ui.WorkstationApp")
                    && !c.getName().startsWith("org.imrtreview.ui.snapshot.CaseSnapshot")
                    && !c.getName().equals("org.imrtreview.ui.common.Theme")));

    /** The review session is headless: no window toolkit in it. */
    @ArchTest
    static final ArchRule reviewSessionIsHeadless = noClasses().that().resideInAPackage("org.imrtreview.review..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.imrtreview.ui..", "org.imrtreview.cli..");
}
