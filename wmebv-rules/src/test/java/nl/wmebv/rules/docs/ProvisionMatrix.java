package nl.wmebv.rules.docs;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Outcome;

/**
 * Builds {@code docs/provisions.md}, the traceability matrix, from {@link Provision#values()} and the
 * compiled classes on the test class path of wmebv-rules: the main classes of wmebv-core and wmebv-rules,
 * the tests of wmebv-rules and, through the core test-jar, the tests of wmebv-core.
 *
 * <p>A class <em>cites</em> a provision when its byte code reads the enum constant's field
 * ({@code Provision.AWB_2_16_LID_2}); Javadoc links and strings do not count. The outcomes listed for a
 * provision are those an honest static reading can attribute to the citation: the outcome records that are
 * constructed in the very methods that read the constant, and the outcome types that read it themselves (in
 * {@code explain} or a constructor). Where a citing method builds no outcome itself (a helper that only adds
 * a step or a legal basis), the matrix says so instead of guessing. Packages and provisions added later are
 * picked up without any change here.
 */
final class ProvisionMatrix {
    /** The command that rewrites the committed file; printed when the file is stale. */
    static final String REGENERATE = "./mvnw -B -ntp -q -pl wmebv-rules -am test -Dtest=ProvisionMatrixTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dwmebv.writeDocs=true";

    /** The system property that makes the test write the file instead of comparing it. */
    static final String WRITE_PROPERTY = "wmebv.writeDocs";

    /**
     * Provisions that the library refers to without implementing, so no main class cites them. Each
     * reason restates LAW.md; the matrix prints it. Removing an entry here makes the check demand a rule.
     */
    static final Map<Provision, String> REFERRED_NOT_IMPLEMENTED = referredNotImplemented();

    private final JavaClasses classes;
    private final Path root;

    private ProvisionMatrix(JavaClasses classes, Path root) {
        this.classes = classes;
        this.root = root;
    }

    static ProvisionMatrix load() {
        JavaClasses imported = new ClassFileImporter().importPackages("nl.wmebv");
        return new ProvisionMatrix(imported, repositoryRoot());
    }

    private static Map<Provision, String> referredNotImplemented() {
        Map<Provision, String> m = new EnumMap<>(Provision.class);
        m.put(Provision.AWB_2_1_LID_1, "a duty of care (passende ondersteuning), not computable; metadata only "
                + "(LAW.md §2, Awb 2:1 lid 1)");
        m.put(Provision.AWB_2_7_LID_1, "the general permission to communicate electronically unless a vormvoorschrift "
                + "opposes; the inbound rules start from 2:13 lid 1, which builds on it (LAW.md §3, Awb 2:7)");
        m.put(Provision.AWB_2_7_LID_2, "a message to addressees is never electronic-only under the Awb; nothing to "
                + "compute, stated in the Javadoc of OutboundMessage (LAW.md §3, Awb 2:7)");
        m.put(Provision.AWB_2_15_LID_1, "refusal for disproportionate burden is the body's discretionary choice; the "
                + "library never refuses, it only names 2:15 as the alternative route under P8 (LAW.md §5, Awb 2:15)");
        m.put(Provision.AWB_2_15_LID_3, "telling the sender of a refusal follows the body's own 2:15 choice, which the "
                + "library does not make (LAW.md §5, Awb 2:15; P8)");
        m.put(Provision.ATW_5, "extends ATW art. 1–4 to terms set in an AMvB; the library applies the ATW to every "
                + "term the embedder marks as statutory (P15) without citing art. 5 separately (LAW.md §10)");
        m.put(Provision.AWB_2_9, "qualitative (voldoende betrouwbaar en vertrouwelijk): channel and assurance "
                + "level are recorded, not judged (LAW.md §3, Awb 2:9)");
        m.put(Provision.AWB_2_18_LID_1, "no computable rule (LAW.md §5, Awb 2:18)");
        m.put(Provision.AWB_2_18_LID_2, "no computable rule (LAW.md §5, Awb 2:18)");
        m.put(Provision.AWB_2_21_LID_4, "no AMvB is known; check before each release (LAW.md §7, Awb 2:21 lid 4)");
        m.put(Provision.ATW_4_ONDER_B, "terms about the bekendmaking or inwerkingtreding of regulations are outside "
                + "the library's terms (LAW.md §10, ATW art. 4)");
        m.put(Provision.ATW_4_ONDER_C, "terms of vrijheidsbeneming are outside the library's terms "
                + "(LAW.md §10, ATW art. 4)");
        return m;
    }

    /** One provision's row: who cites it, what they can produce, which tests read it. */
    record Row(Provision provision, SortedSet<String> citedBy, SortedSet<String> outcomes,
            SortedSet<String> tests) {
    }

    List<Row> rows() {
        Map<Provision, JavaField> fields = provisionFields();
        List<Row> rows = new ArrayList<>();
        for (Provision p : Provision.values()) {
            SortedSet<String> citedBy = new TreeSet<>();
            SortedSet<String> outcomes = new TreeSet<>();
            SortedSet<String> tests = new TreeSet<>();
            tests.addAll(testsQuoting(p));
            for (JavaFieldAccess access : fields.get(p).getAccessesToSelf()) {
                JavaClass owner = access.getOriginOwner();
                if (owner.isEquivalentTo(Provision.class)) {
                    continue;
                }
                if (isTest(owner)) {
                    JavaClass top = topLevel(owner);
                    if (isTestClassName(top.getSimpleName()) && !isMatrixSelfCheck(top)) {
                        tests.add(top.getName());
                    }
                    continue;
                }
                citedBy.add(topLevel(owner).getName());
                outcomes.addAll(outcomesOf(access.getOrigin(), owner));
            }
            rows.add(new Row(p, citedBy, outcomes, tests));
        }
        return rows;
    }

    /**
     * Test classes whose source holds the exact compact citation as a string literal, e.g.
     * {@code "Awb 2:11 lid 1"}: tests that compare a legal basis with its text rather than reading the
     * constant. A display name such as {@code "Awb 2:11 lid 1 en 3 — ..."} does not count.
     */
    private SortedSet<String> testsQuoting(Provision p) {
        String literal = "\"" + p.basis() + "\"";
        SortedSet<String> out = new TreeSet<>();
        for (JavaClass c : testClasses()) {
            Optional<Path> source = sourceFile(c.getName(), "test");
            if (source.isPresent() && read(source.get()).contains(literal)) {
                out.add(c.getName());
            }
        }
        return out;
    }

    private List<JavaClass> testClasses;

    private List<JavaClass> testClasses() {
        if (testClasses == null) {
            testClasses = classes.stream().filter(ProvisionMatrix::isTest)
                    .filter(c -> c.getEnclosingClass().isEmpty() && isTestClassName(c.getSimpleName()))
                    .filter(c -> !isMatrixSelfCheck(c))
                    .toList();
        }
        return testClasses;
    }

    private final Map<Path, String> sources = new java.util.HashMap<>();

    private String read(Path file) {
        try {
            String cached = sources.get(file);
            if (cached == null) {
                cached = Files.readString(file, StandardCharsets.UTF_8);
                sources.put(file, cached);
            }
            return cached;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<Provision, JavaField> provisionFields() {
        JavaClass provision = classes.get(Provision.class);
        Map<Provision, JavaField> m = new EnumMap<>(Provision.class);
        for (Provision p : Provision.values()) {
            m.put(p, provision.getField(p.name()));
        }
        return m;
    }

    private static SortedSet<String> outcomesOf(JavaCodeUnit origin, JavaClass owner) {
        SortedSet<String> out = new TreeSet<>();
        if (isOutcome(owner) && !owner.isInterface()) {
            out.add(displayName(owner));
        }
        collect(origin, owner, out, new HashSet<>(), 0);
        return out;
    }

    /**
     * Adds the outcomes the code unit constructs, and follows what it computed up to three steps within its own
     * class: to the callers and method references of a private helper (a trace built on demand by a private
     * method, a legal basis chosen by one), and to the readers of a static field the static initializer fills (a
     * legal-basis list built once). So a rule that decides in one method and cites in a helper still lists the
     * outcome it decides.
     */
    private static void collect(JavaCodeUnit unit, JavaClass owner, SortedSet<String> out, Set<JavaCodeUnit> seen,
            int depth) {
        if (!seen.add(unit)) {
            return;
        }
        for (JavaConstructorCall call : unit.getConstructorCallsFromSelf()) {
            JavaClass target = call.getTargetOwner();
            if (isOutcome(target) && !target.isInterface()) {
                out.add(displayName(target));
            }
        }
        if (depth == 3) {
            return;
        }
        if (unit.getName().equals("<clinit>")) {
            for (JavaFieldAccess set : unit.getFieldAccesses()) {
                if (set.getAccessType() == JavaFieldAccess.AccessType.SET && set.getTargetOwner().equals(owner)) {
                    set.getTarget().resolveMember().ifPresent(field -> field.getAccessesToSelf().stream()
                            .filter(get -> get.getAccessType() == JavaFieldAccess.AccessType.GET)
                            .filter(get -> get.getOriginOwner().equals(owner))
                            .forEach(get -> collect(get.getOrigin(), owner, out, seen, depth + 1)));
                }
            }
        } else if (unit.getModifiers().contains(JavaModifier.PRIVATE)) {
            unit.getCallsOfSelf().stream().filter(c -> c.getOriginOwner().equals(owner))
                    .forEach(c -> collect(c.getOrigin(), owner, out, seen, depth + 1));
            if (unit instanceof JavaMethod method) {
                method.getReferencesToSelf().stream().filter(r -> r.getOriginOwner().equals(owner))
                        .forEach(r -> collect(r.getOrigin(), owner, out, seen, depth + 1));
            }
        }
    }

    private static boolean isOutcome(JavaClass c) {
        return c.isAssignableTo(Outcome.class);
    }

    private static boolean isTest(JavaClass c) {
        String location = c.getSource().map(s -> s.getUri().toString()).orElse("");
        return location.contains("/test-classes/") || location.contains("-tests.jar");
    }

    /** The matrix's own test reads a constant to check the generator; that is no coverage of the law. */
    private static boolean isMatrixSelfCheck(JavaClass c) {
        return c.getName().equals(ProvisionMatrix.class.getPackageName() + ".ProvisionMatrixTest");
    }

    private static boolean isTestClassName(String simpleName) {
        return simpleName.endsWith("Test") || simpleName.endsWith("Tests") || simpleName.endsWith("Properties");
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }

    /** {@code WrongChannelOutcome.MustProcess} for a nested type, the simple name otherwise. */
    private static String displayName(JavaClass c) {
        String name = c.getName();
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** Renders the whole file. */
    String render() {
        List<Row> rows = rows();
        StringBuilder sb = new StringBuilder();
        sb.append("# Provisions: traceability matrix\n\n");
        sb.append("<!-- Generated from Provision.values() and the compiled classes; do not edit by hand. -->\n");
        sb.append("<!-- Regenerate: ").append(REGENERATE).append(" -->\n\n");
        sb.append("Every provision the library implements or refers to (`nl.wmebv.core.law.Provision`), with its text on\n");
        sb.append("wetten.overheid.nl, the first legal day it is in force, the classes that cite it in their byte code, the\n");
        sb.append("outcomes those citations can produce and the tests that read the same constant (or compare a legal\n");
        sb.append("basis with its exact citation text, such as `\"Awb 2:11 lid 1\"`). A test\n");
        sb.append("(`ProvisionMatrixTest`) regenerates this file in memory and fails when it differs from the committed\n");
        sb.append("one, or when a provision has no citing class or no test. Provisions that are only referred to, not\n");
        sb.append("implemented, are listed with the reason from `LAW.md`.\n\n");
        sb.append("How to read the columns: *cited by* lists main classes whose methods read the constant (a rule, its\n");
        sb.append("outcome type, or a helper such as an enum of reasons); *outcomes* lists the outcome records built in\n");
        sb.append("the methods that read the constant, or the outcome type itself when it cites the provision in its\n");
        sb.append("explanation; \"(step or basis only)\" means the citing code only adds a trace step or a legal basis to\n");
        sb.append("an outcome built elsewhere.\n\n");
        sb.append("Regenerate after adding or changing a provision, a rule or a test:\n\n");
        sb.append("```\n").append(REGENERATE).append("\n```\n\n");
        sb.append("## Overview\n\n");
        sb.append("| Provision | Title | In force | Citing classes | Tests |\n");
        sb.append("|---|---|---|---|---|\n");
        for (Row r : rows) {
            Provision p = r.provision();
            sb.append("| [").append(p.basis()).append("](").append(p.basis().url()).append(") | ")
                    .append(p.dutchTitle()).append(" | ").append(p.inForceFrom()).append(" | ");
            if (r.citedBy().isEmpty()) {
                sb.append(REFERRED_NOT_IMPLEMENTED.containsKey(p) ? "referred to, not implemented" : "**none**");
            } else {
                sb.append(r.citedBy().size());
            }
            sb.append(" | ").append(r.tests().size()).append(" |\n");
        }
        for (Row r : rows) {
            Provision p = r.provision();
            sb.append("\n## ").append(p.basis()).append("\n\n");
            sb.append("- Constant: `Provision.").append(p.name()).append("`\n");
            sb.append("- Text: [").append(p.basis().toDutchCitation()).append("](").append(p.basis().url())
                    .append(") — ").append(p.dutchTitle()).append('\n');
            sb.append("- In force from: ").append(p.inForceFrom()).append('\n');
            if (r.citedBy().isEmpty()) {
                String reason = REFERRED_NOT_IMPLEMENTED.get(p);
                sb.append("- Cited by: none — ")
                        .append(reason == null ? "**no rule cites this provision**" : "referred to, not implemented: "
                                + reason).append('\n');
            } else {
                sb.append("- Cited by: ").append(links(r.citedBy(), "main")).append('\n');
                sb.append("- Outcomes: ").append(r.outcomes().isEmpty() ? "(step or basis only)"
                        : String.join(", ", r.outcomes().stream().map(o -> "`" + o + "`").toList()));
                sb.append('\n');
            }
            sb.append("- Tests: ").append(r.tests().isEmpty() ? "**none**" : links(r.tests(), "test")).append('\n');
        }
        return sb.toString();
    }

    private String links(SortedSet<String> classNames, String sourceSet) {
        List<String> out = new ArrayList<>();
        for (String name : classNames) {
            String simple = name.substring(name.lastIndexOf('.') + 1);
            Optional<String> path = sourcePath(name, sourceSet);
            out.add(path.map(p -> "[`" + simple + "`](" + p + ")").orElse("`" + simple + "`"));
        }
        return String.join(", ", out);
    }

    /** Finds {@code <module>/src/<set>/java/<path>.java} in any module of the repository, relative to docs/. */
    private Optional<String> sourcePath(String className, String sourceSet) {
        return sourceFile(className, sourceSet).map(f -> "../" + root.relativize(f).toString().replace('\\', '/'));
    }

    private Optional<Path> sourceFile(String className, String sourceSet) {
        String relative = "src/" + sourceSet + "/java/" + className.replace('.', '/') + ".java";
        try (Stream<Path> modules = Files.list(root)) {
            return modules.filter(Files::isDirectory).sorted()
                    .map(m -> m.resolve(relative))
                    .filter(Files::isRegularFile)
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file() {
        return root.resolve("docs").resolve("provisions.md");
    }

    /** The repository root: the nearest directory upwards holding {@code mvnw} and {@code docs/}. */
    static Path repositoryRoot() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("docs"))) {
                return p;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("no repository root above " + System.getProperty("user.dir"));
    }
}
