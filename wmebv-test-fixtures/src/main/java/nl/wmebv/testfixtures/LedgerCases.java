package nl.wmebv.testfixtures;

import static nl.wmebv.testfixtures.GemeenteVoorbeeld.AANVRAAG;
import static nl.wmebv.testfixtures.GemeenteVoorbeeld.BEZWAAR;
import static nl.wmebv.testfixtures.GemeenteVoorbeeld.INFO_MAIL;
import static nl.wmebv.testfixtures.GemeenteVoorbeeld.PORTAAL;
import static nl.wmebv.testfixtures.GemeenteVoorbeeld.WEBFORMULIER_BEZWAAR;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.Outage;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.core.time.TermUnit;
import nl.wmebv.core.time.TimeLimit;
import nl.wmebv.rules.timelimit.LedgerPolicies;
import nl.wmebv.rules.timelimit.NotificationFacts;
import nl.wmebv.rules.timelimit.OutageExtension;
import nl.wmebv.rules.timelimit.Submission;
import nl.wmebv.rules.timelimit.SubmissionTimeLimit;
import nl.wmebv.rules.timelimit.WrongChannelSubmission;

/**
 * Generators of term-ledger cases (Awb 2:21&ndash;2:23, 6:7&ndash;6:9) on the register of
 * {@link GemeenteVoorbeeld}. They favour the boundaries: terms ending near feestdagen, DST changes and year
 * ends, receipts within seconds of an end, outages over the end, kennisgevingen around the 48 hours.
 */
public final class LedgerCases {
    /** The besluit whose sending starts every generated term. */
    public static final MessageId BESLUIT = MessageId.of("besluit");
    /** The submission whose timeliness every generated case asks. */
    public static final MessageId BEZWAARSCHRIFT = MessageId.of("bezwaarschrift");

    private static final AtwCalendar CALENDAR = AtwCalendar.standard();

    private LedgerCases() {
    }

    /**
     * Ledger cases of every shape: a bezwaartermijn, a statutory term in days or weeks, or a term set by the
     * body; up to {@link Size#maxEvents()} extensions, wrong-channel messages and outages; sometimes a
     * kennisgeving; both P1 policies and several P6 look-backs; electronic and posted submissions.
     *
     * @return the generator
     */
    public static Generator<LedgerCase> any() {
        Generator<LocalDate> days = LegalDays.any();
        Generator<nl.wmebv.core.BodyFinding> findings = InboundCases.findings();
        return s -> {
            LocalDate event = days.next(s);
            int max = s.size().maxEvents();
            SubmissionTimeLimit base = switch (s.between(0, 3)) {
                case 0 -> SubmissionTimeLimit.objection(event, BEZWAAR, CALENDAR);
                case 1 -> SubmissionTimeLimit.of(TimeLimit.statutory(s.between(1, 30), TermUnit.DAYS), event, BEZWAAR,
                        CALENDAR);
                case 2 -> SubmissionTimeLimit.setByBody(event, event.plusDays(s.between(1, 20)), BEZWAAR);
                default -> SubmissionTimeLimit.of(TimeLimit.statutory(s.between(1, 4), TermUnit.WEEKS), event,
                        AANVRAAG, CALENDAR);
            };
            base = base.withStartedBySending(BESLUIT);
            Instant start = base.start();
            Instant end = base.endExclusive();
            List<OutageExtension> extensions = new ArrayList<>();
            for (int i = s.between(0, max / 2); i > 0; i--) {
                Instant newEnd = end.plusSeconds(s.between(-3 * 86_400L, 6 * 86_400L));
                OutageExtension x = OutageExtension.unannounced("verlenging-" + i,
                        s.coin() ? Set.of(BEZWAAR, AANVRAAG) : Set.of(AANVRAAG), Set.of(PORTAAL), newEnd);
                extensions.add(s.coin() ? x : x.withAnnouncement(start, "website"));
            }
            List<WrongChannelSubmission> wrong = new ArrayList<>();
            for (int i = s.between(0, max / 2); i > 0; i--) {
                Instant received = around(s, start, end);
                BodyFinding belief = s.oneIn(4) ? findings.next(s) : BodyFinding.yes("verwarrende website");
                Optional<Instant> reaction = s.oneIn(5) ? Optional.empty()
                        : Optional.of(received.plusSeconds(s.between(0L, 9 * 86_400L)));
                wrong.add(new WrongChannelSubmission(MessageId.of("verkeerd-" + i), received, reaction, belief));
            }
            List<Outage> outages = new ArrayList<>();
            for (int i = s.between(0, max / 2 + 1); i > 0; i--) {
                outages.add(outage(s, start, end));
            }
            Optional<NotificationFacts> notification = Optional.empty();
            if (s.oneIn(3)) {
                Instant accessible = LegalTime.startOfLegalDay(event).plusSeconds(s.between(0L, 86_399L));
                boolean sent = s.coin();
                Instant sentAt = sent ? accessible.plusSeconds(s.between(0L, 4 * 86_400L)) : null;
                notification = Optional.of(new NotificationFacts(BESLUIT, true, accessible, s.oneIn(4), sentAt,
                        sent && s.coin()));
            }
            LedgerPolicies policies = LedgerPolicies.defaults();
            if (s.coin()) {
                policies = policies.withLateNotification(LedgerPolicies.LateNotification.LATE_BUT_VALID);
            }
            if (s.oneIn(3)) {
                policies = policies.withOutageLookBack(Duration.ofHours(s.between(1, 72)));
            }
            Instant received = s.oneIn(3) ? around(s, start, end) : end.plusSeconds(s.between(-7_200L, 3 * 86_400L));
            Submission submission = s.oneIn(6)
                    ? Submission.byPost(BEZWAARSCHRIFT, received.minusSeconds(s.between(0L, 8 * 86_400L)), received)
                    : Submission.electronic(BEZWAARSCHRIFT, received);
            return new LedgerCase(base, extensions, wrong, outages, notification, policies,
                    GemeenteVoorbeeld.register(), submission);
        };
    }

    private static Instant around(Source s, Instant start, Instant end) {
        long span = Math.max(1, end.getEpochSecond() - start.getEpochSecond());
        return s.oneIn(3) ? end.plusSeconds(s.between(-3, 3)) : start.plusSeconds(s.between(0L, span - 1));
    }

    /**
     * Outages of one channel of {@link GemeenteVoorbeeld} around a term: half ending or starting near its end,
     * one in six still open.
     *
     * @param start  the start of the term, not null
     * @param end    the end of the term, exclusive, not null
     * @return the generator
     */
    public static Generator<Outage> outagesAround(Instant start, Instant end) {
        return s -> outage(s, start, end);
    }

    private static Outage outage(Source s, Instant start, Instant end) {
        ChannelId channel = s.oneOf(List.of(WEBFORMULIER_BEZWAAR, WEBFORMULIER_BEZWAAR, PORTAAL, INFO_MAIL));
        Instant from = s.coin() ? end.minusSeconds(s.between(1L, 12 * 3_600L)) : around(s, start, end);
        if (s.oneIn(6)) {
            return Outage.ofOpenEnded(channel, from, false);
        }
        return Outage.of(channel, from, from.plusSeconds(s.between(60L, 20 * 3_600L)), false);
    }
}
