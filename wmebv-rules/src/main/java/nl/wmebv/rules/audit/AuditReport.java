package nl.wmebv.rules.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.AdministrativeBody;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.core.time.LegalTime;

/**
 * The result of the compliance audit of a body's configuration (<em>nalevingsrapport</em>): the findings
 * sorted by severity, then primary legal basis, then subject; and the coverage, the share of formal message
 * types named by no statutory violation and no statutory risk (handreiking findings and advice do not count
 * against it).
 *
 * <p>Two renderings: {@link #toMarkdown(Locale)} for the body's project team, and {@link #toTsv()}, a
 * machine-readable summary (format documented there). This record is immutable and thread-safe.
 *
 * @param body                  the audited body
 * @param referenceMoment       the moment the configuration was audited at
 * @param lookAheadEnd          the end, exclusive, of the period in which changes count as "soon"
 * @param findings              the findings, sorted
 * @param formalTypes           the number of formal message types in the register
 * @param compliantFormalTypes  the number of those named by no statutory finding of severity VIOLATION or RISK
 * @param legalBasis            the provisions the report rests on, primary first
 * @param trace                 one step per finding under the audit step
 */
public record AuditReport(AdministrativeBody body, Instant referenceMoment, Instant lookAheadEnd,
        List<AuditFinding> findings, int formalTypes, int compliantFormalTypes, List<LegalBasis> legalBasis,
        Trace trace) implements Outcome {

    /**
     * Validates the report and copies the findings.
     *
     * @param body                  the body, not null
     * @param referenceMoment       the reference moment, not null
     * @param lookAheadEnd          the end of the look-ahead, after the reference moment
     * @param findings              the findings, not null, no null elements
     * @param formalTypes           the number of formal types, not negative
     * @param compliantFormalTypes  the compliant ones, between 0 and {@code formalTypes}
     * @param legalBasis            the provisions, not empty
     * @param trace                 the trace, not null
     * @throws nl.wmebv.core.InvalidInputException if a value is null or out of range, naming it
     */
    public AuditReport {
        Checks.notNull(body, "body");
        Checks.notNull(referenceMoment, "referenceMoment");
        Checks.notNull(lookAheadEnd, "lookAheadEnd");
        Checks.require(lookAheadEnd.isAfter(referenceMoment), "lookAheadEnd", "after",
                "must be after referenceMoment", null);
        findings = Checks.listCopy(findings, "findings");
        Checks.require(formalTypes >= 0, "formalTypes", "notNegative", "must not be negative", null);
        Checks.require(compliantFormalTypes >= 0 && compliantFormalTypes <= formalTypes, "compliantFormalTypes",
                "range", "must lie between 0 and formalTypes", null);
        legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
        Checks.notNull(trace, "trace");
    }

    /**
     * Returns the coverage: the percentage of formal types named by no statutory violation or risk, rounded half
     * up to one decimal; 100.0 when the register has no formal type.
     *
     * @return the percentage, e.g. {@code 87.5}
     */
    public BigDecimal coveragePercent() {
        if (formalTypes == 0) {
            return BigDecimal.valueOf(1000, 1);
        }
        return BigDecimal.valueOf(compliantFormalTypes * 100L).divide(BigDecimal.valueOf(formalTypes), 1,
                RoundingMode.HALF_UP);
    }

    /**
     * Returns the findings of one severity, in report order.
     *
     * @param severity  the severity, not null
     * @return the findings
     * @throws nl.wmebv.core.InvalidInputException if {@code severity} is null
     */
    public List<AuditFinding> findings(Severity severity) {
        Checks.notNull(severity, "severity");
        return findings.stream().filter(f -> f.severity() == severity).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns whether the audit found nothing at all.
     *
     * @return true if there are no findings
     */
    public boolean isClean() {
        return findings.isEmpty();
    }

    @Override
    public String explain(Locale locale) {
        return Text.render(locale, "audit.summary", body.name(), LegalTime.render(referenceMoment),
                findings(Severity.VIOLATION).size(), findings(Severity.RISK).size(), findings(Severity.ADVICE).size(),
                compliantFormalTypes, formalTypes, percent(locale));
    }

    /**
     * Renders the report as Markdown for the body's project team, in plain language: Dutch by default,
     * English for an English locale. Per severity a section; per finding what was found, the legal basis
     * (marked "handreiking" where the norm is policy), the affected types, channels and fields, and what to
     * do.
     *
     * @param locale  the locale, not null
     * @return the Markdown text
     * @throws nl.wmebv.core.InvalidInputException if {@code locale} is null
     */
    public String toMarkdown(Locale locale) {
        Checks.notNull(locale, "locale");
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Text.render(locale, "md.title", body.name())).append("\n\n");
        md.append(Text.render(locale, "md.moment", LegalTime.render(referenceMoment),
                LegalTime.legalDay(lookAheadEnd.minusNanos(1)))).append("\n\n");
        md.append(explain(locale)).append("\n\n");
        md.append("| ").append(Text.render(locale, "md.severity")).append(" | ")
                .append(Text.render(locale, "md.count")).append(" |\n|---|---:|\n");
        for (Severity s : Severity.values()) {
            md.append("| ").append(Text.render(locale, "severity." + s)).append(" | ").append(findings(s).size())
                    .append(" |\n");
        }
        int n = 0;
        for (Severity s : Severity.values()) {
            List<AuditFinding> group = findings(s);
            if (group.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(Text.render(locale, "severity." + s)).append(" (").append(group.size())
                    .append(")\n");
            for (AuditFinding f : group) {
                n++;
                md.append("\n### ").append(n).append(". ").append(Text.render(locale, "title." + f.kind()))
                        .append("\n\n");
                md.append("- ").append(Text.render(locale, "md.what")).append(": ").append(f.explain(locale))
                        .append('\n');
                md.append("- ").append(Text.render(locale, "md.basis")).append(": ")
                        .append(f.legalBasis().stream().map(b -> b.toCitation(locale))
                                .collect(Collectors.joining("; ")))
                        .append(" (").append(Text.render(locale, "source." + f.source())).append(")\n");
                appendList(md, locale, "md.types", f.messageTypes());
                appendList(md, locale, "md.channels", f.channels());
                appendList(md, locale, "md.fields", f.fields());
                md.append("- ").append(Text.render(locale, "md.remedy")).append(": ").append(f.remedy(locale))
                        .append('\n');
            }
        }
        return md.toString();
    }

    /**
     * Renders the machine-readable summary: UTF-8 text, lines separated by {@code \n}, fields by a tab.
     * Lines starting with {@code #} are metadata: {@code #body}, {@code #referenceMoment} (ISO-8601 UTC),
     * {@code #lookAheadEnd}, {@code #coverage} (compliant, total, percentage with a dot). Then a header line
     * and one line per finding in report order with the columns {@code severity}, {@code kind},
     * {@code source}, {@code legalBasis} (compact citations separated by {@code ;}), {@code messageTypes},
     * {@code channels} and {@code fields} (identifiers separated by {@code ,}) and {@code detail}. Tabs and
     * line breaks inside values are replaced by a space.
     *
     * @return the summary
     */
    public String toTsv() {
        StringBuilder tsv = new StringBuilder();
        tsv.append("#body\t").append(clean(body.id().toString())).append('\n');
        tsv.append("#referenceMoment\t").append(referenceMoment).append('\n');
        tsv.append("#lookAheadEnd\t").append(lookAheadEnd).append('\n');
        tsv.append("#coverage\t").append(compliantFormalTypes).append('\t').append(formalTypes).append('\t')
                .append(coveragePercent().toPlainString()).append('\n');
        tsv.append("severity\tkind\tsource\tlegalBasis\tmessageTypes\tchannels\tfields\tdetail\n");
        for (AuditFinding f : findings) {
            tsv.append(f.severity()).append('\t').append(f.kind()).append('\t').append(f.source()).append('\t')
                    .append(f.legalBasis().stream().map(LegalBasis::toString).collect(Collectors.joining(";")))
                    .append('\t').append(clean(joinAll(f.messageTypes()))).append('\t')
                    .append(clean(joinAll(f.channels()))).append('\t').append(clean(joinAll(f.fields())))
                    .append('\t').append(clean(f.detail())).append('\n');
        }
        return tsv.toString();
    }

    static List<LegalBasis> basisOf(List<AuditFinding> findings) {
        List<LegalBasis> basis = new ArrayList<>();
        basis.add(Provision.AWB_2_13_LID_2.basis());
        TreeSet<LegalBasis> rest = new TreeSet<>();
        findings.forEach(f -> rest.addAll(f.legalBasis()));
        rest.remove(Provision.AWB_2_13_LID_2.basis());
        basis.addAll(rest);
        return basis;
    }

    private String percent(Locale locale) {
        String p = coveragePercent().toPlainString();
        return Texts.isEnglish(locale) ? p : p.replace('.', ',');
    }

    private static void appendList(StringBuilder md, Locale locale, String key, List<?> values) {
        if (!values.isEmpty()) {
            md.append("- ").append(Text.render(locale, key)).append(": ").append(joinAll(values)).append('\n');
        }
    }

    private static String joinAll(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** Locale test shared by the renderings. */
    private static final class Texts {
        private Texts() {
        }

        static boolean isEnglish(Locale locale) {
            return nl.wmebv.core.outcome.Texts.bundleLocale(locale).equals(Locale.ENGLISH);
        }
    }
}
