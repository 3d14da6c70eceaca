package nl.wmebv.rules.timelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.outcome.Texts;
import nl.wmebv.core.time.LegalTime;

/** The texts of this package and the explanation of an assessment. */
final class LedgerText {
    private LedgerText() {
    }

    static String render(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.wmebv.rules.timelimit.Texts", Texts.bundleLocale(locale));
        return Texts.format(bundle, key, args);
    }

    static String explain(SubmissionAssessment a, Locale locale) {
        Checks.notNull(locale, "locale");
        List<String> lines = new ArrayList<>();
        Submission s = a.submission();
        String id = s.messageId().value();
        String received = LegalTime.render(s.receivedAt());
        String end = LegalTime.render(a.endExclusive());
        String lastDay = a.lastDay().toString();
        String late = duration(a.lateBy(), locale);
        switch (a.kind()) {
            case TIMELY -> {
                SubmissionAssessment.Timely t = (SubmissionAssessment.Timely) a;
                String key = switch (t.timelyBy()) {
                    case AWB_6_9_LID_2 -> "ledger.explain.timely.post";
                    case AWB_2_23 -> a.term().openEnded() && !s.receivedAt().isBefore(a.endExclusive())
                            ? "ledger.explain.timely.pending" : "ledger.explain.timely";
                    default -> "ledger.explain.timely";
                };
                lines.add(render(locale, key, id, received, lastDay, end, t.timelyBy().basis().toString(),
                        s.postedAt().map(LegalTime::render).orElse("-")));
            }
            case LATE_EXCUSED -> {
                lines.add(render(locale, "ledger.explain.lateExcused", id, received, lastDay, end, late));
                for (ExcusableLateness x : ((SubmissionAssessment.LateExcused) a).excusals()) {
                    lines.add("- " + fromFacts(locale, x.finding(), x.facts()));
                }
            }
            case LATE_NEEDS_ASSESSMENT -> {
                lines.add(render(locale, "ledger.explain.needsAssessment", id, received, lastDay, end, late));
                for (FaultAssessment f : ((SubmissionAssessment.LateNeedsAssessment) a).assessments()) {
                    lines.add("- " + fromFacts(locale, f.question(), f.facts()));
                }
            }
            case LATE -> {
                lines.add(render(locale, "ledger.explain.late", id, received, lastDay, end, late));
                if (a.term().base().objectionOrAppeal()) {
                    lines.add(render(locale, "ledger.explain.late.objection"));
                }
            }
        }
        lines.add(a.term().base().termEnd().explain(locale));
        for (LedgerEntry e : a.entries()) {
            if (!e.finding().equals("ledger.base")) {
                lines.add(fromFacts(locale, e.finding(), withEnds(e)));
            }
        }
        for (LedgerFlag f : a.flags()) {
            lines.add(render(locale, "ledger.flag." + f.name()));
        }
        return String.join("\n", lines);
    }

    private static Map<String, String> withEnds(LedgerEntry e) {
        Map<String, String> m = new java.util.LinkedHashMap<>(e.facts());
        m.put("lastDayBefore", e.lastDayBefore().toString());
        m.put("lastDayAfter", e.lastDayAfter().toString());
        m.put("endAfter", LegalTime.render(e.endAfter()));
        return m;
    }

    /** Renders a finding whose text names its facts as {0}… in the order of the key's ".args" entry. */
    private static String fromFacts(Locale locale, String key, Map<String, String> facts) {
        String[] names = render(Locale.ROOT, key + ".args").split(",");
        Object[] args = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            if (name.equals("grace")) {
                args[i] = duration(Duration.parse(facts.get("grace")), locale);
            } else {
                args[i] = facts.getOrDefault(name, "-");
            }
        }
        return render(locale, key, args);
    }

    static String duration(Duration d, Locale locale) {
        boolean en = Texts.bundleLocale(locale).equals(Locale.ENGLISH);
        long seconds = d.getSeconds();
        long days = seconds / 86_400;
        long hours = (seconds % 86_400) / 3_600;
        long minutes = (seconds % 3_600) / 60;
        long secs = seconds % 60;
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(days + (en ? (days == 1 ? " day" : " days") : (days == 1 ? " dag" : " dagen")));
        }
        if (hours > 0) {
            parts.add(hours + (en ? " h" : " uur"));
        }
        if (minutes > 0) {
            parts.add(minutes + " min");
        }
        if (secs > 0 || parts.isEmpty()) {
            parts.add(secs + " s");
        }
        return String.join(" ", parts);
    }
}
