package nl.wmebv.rules.outbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.evidence.BecameAccessible;
import nl.wmebv.core.evidence.DeliveryFailed;
import nl.wmebv.core.evidence.DeliveryItem;
import nl.wmebv.core.evidence.EvidenceEvent;
import nl.wmebv.core.evidence.MessageEvent;
import nl.wmebv.core.evidence.PlacedInMessageBox;
import nl.wmebv.core.evidence.Resent;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.OutboundMessage;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.core.time.ObjectionTimeLimit;
import nl.wmebv.rules.timelimit.NotificationFacts;

/** Computes an {@link OutboundStatus} from the sorted events known at a moment. */
final class StatusComputation {

    /** One attempt to deliver the message: a placement, an e-mail reaching the provider, or a re-sending. */
    private record Attempt(ChannelId channel, Instant start, boolean resend, Optional<Instant> effectiveAt,
            Optional<DeliveryFailed> failure) {
        boolean successful() {
            return effectiveAt.isPresent() && failure.isEmpty();
        }

        Attempt failedBy(DeliveryFailed f) {
            return new Attempt(channel, start, resend, effectiveAt, Optional.of(f));
        }
    }

    private final OutboundMessage message;
    private final PartyId addressee;
    private final Map<ChannelId, Channel> electronic;
    private final OutboundPolicies policies;
    private final List<Record> events;
    private final Instant asOf;
    private final MessageId id;

    StatusComputation(OutboundMessage message, PartyId addressee, Map<ChannelId, Channel> electronic,
            OutboundPolicies policies, List<Record> events, Instant asOf) {
        this.message = message;
        this.addressee = addressee;
        this.electronic = electronic;
        this.policies = policies;
        this.events = events;
        this.asOf = asOf;
        this.id = message.id();
    }

    OutboundStatus compute() {
        List<Attempt> attempts = attempts();
        TimeOfSending sending = timeOfSending(attempts);
        boolean inForce = sending.kind() != TimeOfSending.Kind.NOT_IN_FORCE;
        ConsentOutcome consent = consent(attempts, inForce);
        boolean sent = sending.sentAt().isPresent();
        boolean determiningCovered = !sent || !electronic.containsKey(sending.channel().get())
                || consentCovers(events, sending.channel().get(), firstStart(attempts, sending.channel().get()));
        List<NotificationDuty> notificationDuties = inForce ? notificationDuties(attempts) : List.of();
        List<ResendDuty> resendDuties = inForce ? resendDuties(attempts) : List.of();
        OutboundStatus.Kind kind = !inForce ? OutboundStatus.Kind.NOT_IN_FORCE
                : !sent ? OutboundStatus.Kind.NOT_YET_SENT
                : determiningCovered ? OutboundStatus.Kind.SENT : OutboundStatus.Kind.SENT_WITHOUT_CONSENT;
        Optional<ObjectionTimeLimit> objection = kind == OutboundStatus.Kind.SENT
                ? Optional.of(ObjectionTimeLimit.afterAnnouncement(sending.announcementDay().get(), policies.calendar()))
                : Optional.empty();
        Optional<NotificationFacts> facts = inForce && sent
                ? Optional.of(notificationFacts(sending, notificationDuties)) : Optional.empty();
        List<Amendment> amendments = new ArrayList<>();
        for (Record r : events) {
            if (r instanceof AmendmentSent a) {
                amendments.add(new Amendment(a.amendment(), a.kind(), a.occurredAt()));
            }
        }
        List<EvidenceEvent> evidence = new ArrayList<>();
        for (Record r : events) {
            if (r instanceof MessageEvent e) {
                evidence.add(e);
            }
        }
        Set<LegalBasis> basis = new LinkedHashSet<>(sending.legalBasis());
        basis.add(Provision.AWB_2_8.basis());
        if (kind == OutboundStatus.Kind.SENT_WITHOUT_CONSENT) {
            basis.add(Provision.AWB_6_8_LID_1.basis());
        }
        if (objection.isPresent()) {
            basis.add(Provision.AWB_3_41_LID_1.basis());
            basis.add(Provision.AWB_6_8_LID_1.basis());
            basis.add(Provision.AWB_6_7.basis());
        }
        notificationDuties.forEach(d -> basis.addAll(d.legalBasis()));
        resendDuties.forEach(d -> basis.addAll(d.legalBasis()));
        if (message.amends().isPresent() || !amendments.isEmpty()) {
            basis.add(Provision.AWB_2_12.basis());
        }
        if (!evidence.isEmpty() && usesAccessSystem(attempts)) {
            basis.add(Provision.AWB_2_25.basis());
        }
        Step root = Step.of(sending.primaryBasis(), "outbound.status").withFact("messageId", id)
                .withFact("addressee", addressee).withFact("asOf", LegalTime.render(asOf)).withFact("kind", kind)
                .withFact("events", events.size());
        List<Step> steps = new ArrayList<>();
        steps.add(root);
        steps.addAll(consent.trace().steps());
        steps.addAll(sending.trace().steps());
        notificationDuties.forEach(d -> steps.addAll(d.trace().steps()));
        resendDuties.forEach(d -> steps.addAll(d.trace().steps()));
        message.amends().ifPresent(a -> steps.add(Step.of(Provision.AWB_2_12.basis(), "outbound.amends")
                .withFact("messageId", id).withFact("amends", a)));
        for (Amendment a : amendments) {
            steps.add(Step.of(Provision.AWB_2_12.basis(), "outbound.amendedBy").withFact("messageId", id)
                    .withFact("amendment", a.amendment()).withFact("kind", a.kind())
                    .withFact("sentAt", LegalTime.render(a.sentAt())));
        }
        return new OutboundStatus(id, addressee, asOf, kind, consent, sending, objection, notificationDuties,
                resendDuties, message.amends(), amendments, facts, evidence, List.copyOf(basis), Trace.of(steps));
    }

    // ---------------------------------------------------------------- attempts

    private List<Attempt> attempts() {
        List<Attempt> list = new ArrayList<>();
        List<DeliveryFailed> failures = messageFailures();
        for (Record r : events) {
            if (r instanceof PlacedInMessageBox p) {
                Optional<Instant> next = events.stream().filter(o -> o instanceof PlacedInMessageBox q
                        && q.channel().equals(p.channel()) && q.occurredAt().isAfter(p.occurredAt()))
                        .map(OutboundLifecycle::instantOf).findFirst();
                Optional<Instant> accessible = events.stream().filter(o -> o instanceof BecameAccessible b
                        && b.channel().equals(p.channel()) && !b.occurredAt().isBefore(p.occurredAt())
                        && next.map(n -> b.occurredAt().isBefore(n)).orElse(true))
                        .map(OutboundLifecycle::instantOf).findFirst();
                boolean resend = failures.stream().anyMatch(f -> f.occurredAt().isBefore(p.occurredAt()));
                list.add(new Attempt(p.channel(), p.occurredAt(), resend, accessible, Optional.empty()));
            } else if (r instanceof Resent s && s.item() == DeliveryItem.MESSAGE && !isAccessSystem(s.channel())) {
                list.add(new Attempt(s.channel(), s.occurredAt(), true, Optional.of(s.occurredAt()), Optional.empty()));
            }
        }
        for (Channel c : electronic.values()) {
            if (c.kind().isAddresseeAccessSystem()) {
                continue;
            }
            Optional<Instant> firstResend = events.stream().filter(o -> o instanceof Resent s
                    && s.item() == DeliveryItem.MESSAGE && s.channel().equals(c.id()))
                    .map(OutboundLifecycle::instantOf).findFirst();
            events.stream().filter(o -> o instanceof ReachedAddresseeSystem s && s.channel().equals(c.id())
                    && firstResend.map(fr -> s.occurredAt().isBefore(fr)).orElse(true))
                    .map(OutboundLifecycle::instantOf).findFirst()
                    .ifPresent(at -> list.add(new Attempt(c.id(), at, false, Optional.of(at), Optional.empty())));
        }
        list.sort(Comparator.comparing(Attempt::start).thenComparing(a -> a.channel().value()));
        for (DeliveryFailed f : failures) {
            int target = -1;
            for (int i = 0; i < list.size(); i++) {
                Attempt a = list.get(i);
                if (a.channel().equals(f.channel()) && !a.start().isAfter(f.occurredAt())) {
                    target = i;
                }
            }
            if (target >= 0 && list.get(target).failure().isEmpty()) {
                list.set(target, list.get(target).failedBy(f));
            }
        }
        return list;
    }

    private List<DeliveryFailed> messageFailures() {
        List<DeliveryFailed> list = new ArrayList<>();
        for (Record r : events) {
            if (r instanceof DeliveryFailed f && f.item() == DeliveryItem.MESSAGE) {
                list.add(f);
            }
        }
        return list;
    }

    private boolean isAccessSystem(ChannelId channel) {
        Channel c = electronic.get(channel);
        return c != null && c.kind().isAddresseeAccessSystem();
    }

    private boolean isWdo(ChannelId channel) {
        Channel c = electronic.get(channel);
        return c != null && c.kind() == ChannelKind.WDO_MESSAGE_BOX;
    }

    private boolean usesAccessSystem(List<Attempt> attempts) {
        return attempts.stream().anyMatch(a -> isAccessSystem(a.channel()));
    }

    /** Whether the body uses the Wdo-voorziening beside another system for this message (2:10 lid 3, 2:19 onder c). */
    private boolean usesBoth(List<Attempt> attempts) {
        return attempts.stream().anyMatch(a -> a.failure().isEmpty() && isWdo(a.channel()))
                && attempts.stream().anyMatch(a -> a.failure().isEmpty() && isAccessSystem(a.channel())
                        && !isWdo(a.channel()));
    }

    private static Instant firstStart(List<Attempt> attempts, ChannelId channel) {
        return attempts.stream().filter(a -> a.channel().equals(channel)).map(Attempt::start)
                .min(Comparator.naturalOrder()).orElseThrow();
    }

    // ---------------------------------------------------------------- 2:19

    private TimeOfSending timeOfSending(List<Attempt> attempts) {
        boolean failed = !messageFailures().isEmpty();
        Step step = Step.of(Provision.AWB_2_19.basis(), "sending.attempts").withFact("messageId", id)
                .withFact("attempts", attempts.size()).withFact("messageFailures", messageFailures().size());
        Optional<Attempt> resend = attempts.stream().filter(a -> a.resend() && a.successful())
                .max(Comparator.comparing((Attempt a) -> a.effectiveAt().get()).thenComparing(a -> a.channel().value()));
        if (failed && resend.isPresent()) {
            Attempt a = resend.get();
            List<LegalBasis> basis = new ArrayList<>(List.of(Provision.AWB_2_11_LID_3.basis()));
            if (isAccessSystem(a.channel())) {
                basis.add(isWdo(a.channel()) && usesBoth(attempts) ? Provision.AWB_2_19_ONDER_C.basis()
                        : Provision.AWB_2_19_ONDER_B.basis());
            }
            return sent(TimeOfSending.Kind.RESENT, a, basis, step);
        }
        List<Attempt> initial = attempts.stream().filter(a -> !a.resend() && a.successful()).toList();
        if (usesBoth(attempts)) {
            Optional<Attempt> wdo = initial.stream().filter(a -> isWdo(a.channel())).min(byEffective());
            if (wdo.isPresent()) {
                return sent(TimeOfSending.Kind.ONDER_C, wdo.get(),
                        List.of(Provision.AWB_2_19_ONDER_C.basis(), Provision.AWB_2_10_LID_3.basis()), step);
            }
            return notYet(step.withChild(Step.of(Provision.AWB_2_19_ONDER_C.basis(), "sending.awaitingWdo")));
        }
        Optional<Attempt> b = initial.stream().filter(a -> isAccessSystem(a.channel())).min(byEffective());
        if (b.isPresent()) {
            return sent(TimeOfSending.Kind.ONDER_B, b.get(), List.of(Provision.AWB_2_19_ONDER_B.basis()), step);
        }
        Optional<Attempt> a = initial.stream().filter(x -> !isAccessSystem(x.channel())).min(byEffective());
        if (a.isPresent()) {
            return sent(TimeOfSending.Kind.ONDER_A, a.get(), List.of(Provision.AWB_2_19_ONDER_A.basis()), step);
        }
        return notYet(step);
    }

    private static Comparator<Attempt> byEffective() {
        return Comparator.comparing((Attempt a) -> a.effectiveAt().get()).thenComparing(a -> a.channel().value());
    }

    private TimeOfSending sent(TimeOfSending.Kind kind, Attempt a, List<LegalBasis> basis, Step step) {
        Instant at = a.effectiveAt().get();
        LocalDate day = LegalTime.legalDay(at);
        Step s = step.withChild(Step.of(basis.get(0), "sending." + kind.name()).withFact("sentAt", LegalTime.render(at))
                .withFact("channel", a.channel()).withFact("announcementDay", day));
        if (day.isBefore(OutboundLifecycle.WMEBV)) {
            s = s.withChild(Step.of(Provision.AWB_2_19.basis(), "sending.preWmebv").withFact("legalDay", day));
            return new TimeOfSending(id, TimeOfSending.Kind.NOT_IN_FORCE, Optional.of(at), Optional.of(a.channel()),
                    Optional.of(day), List.of(Provision.AWB_2_19.basis()), Trace.of(s));
        }
        return new TimeOfSending(id, kind, Optional.of(at), Optional.of(a.channel()), Optional.of(day), basis,
                Trace.of(s));
    }

    private TimeOfSending notYet(Step step) {
        return new TimeOfSending(id, TimeOfSending.Kind.NOT_YET_SENT, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(Provision.AWB_2_19.basis()), Trace.of(step.withChild(
                        Step.of(Provision.AWB_2_19.basis(), "sending.NOT_YET_SENT"))));
    }

    // ---------------------------------------------------------------- 2:8

    static boolean consentCovers(List<Record> events, ChannelId channel, Instant sentAt) {
        for (Record r : events) {
            if (r instanceof ConsentGiven g && g.channel().equals(channel) && g.occurredAt().isBefore(sentAt)) {
                boolean revoked = events.stream().anyMatch(o -> o instanceof ConsentRevoked v
                        && v.channel().equals(channel) && v.occurredAt().isAfter(g.occurredAt())
                        && v.occurredAt().isBefore(sentAt));
                if (!revoked) {
                    return true;
                }
            }
        }
        return false;
    }

    private ConsentOutcome consent(List<Attempt> attempts, boolean inForce) {
        LegalBasis basis = Provision.AWB_2_8.basis();
        Step step = Step.of(basis, "consent.channels").withFact("messageId", id);
        if (!inForce) {
            return new ConsentOutcome(id, ConsentOutcome.Kind.NOT_IN_FORCE, List.of(), List.of(), List.of(basis),
                    Trace.of(step));
        }
        List<ChannelId> covered = new ArrayList<>();
        List<ChannelId> uncovered = new ArrayList<>();
        for (Attempt a : attempts) {
            ChannelId c = a.channel();
            if (!electronic.containsKey(c) || covered.contains(c) || uncovered.contains(c)) {
                continue;
            }
            Instant first = firstStart(attempts, c);
            boolean ok = consentCovers(events, c, first);
            (ok ? covered : uncovered).add(c);
            step = step.withChild(Step.of(basis, ok ? "consent.covered" : "consent.missing").withFact("channel", c)
                    .withFact("firstSending", LegalTime.render(first)));
        }
        ConsentOutcome.Kind kind = covered.isEmpty() && uncovered.isEmpty() ? ConsentOutcome.Kind.NOT_ELECTRONIC
                : uncovered.isEmpty() ? ConsentOutcome.Kind.CONSENT_GIVEN : ConsentOutcome.Kind.NO_CONSENT;
        List<LegalBasis> bases = kind == ConsentOutcome.Kind.NO_CONSENT
                ? List.of(basis, Provision.AWB_6_8_LID_1.basis()) : List.of(basis);
        return new ConsentOutcome(id, kind, covered, uncovered, bases, Trace.of(step));
    }

    // ---------------------------------------------------------------- 2:10

    private List<NotificationDuty> notificationDuties(List<Attempt> attempts) {
        boolean lid3 = usesBoth(attempts);
        List<Record> deliveries = events.stream().filter(OutboundLifecycle::isNotificationDelivery).toList();
        Optional<Instant> optOut = events.stream().filter(r -> r instanceof NotificationOptOut)
                .map(OutboundLifecycle::instantOf).findFirst();
        List<NotificationDuty> duties = new ArrayList<>();
        for (Attempt a : attempts) {
            if (!isAccessSystem(a.channel()) || a.effectiveAt().isEmpty()) {
                continue;
            }
            Instant accessible = a.effectiveAt().get();
            LocalDate day = LegalTime.legalDay(accessible);
            if (day.isBefore(OutboundLifecycle.WMEBV)) {
                continue;
            }
            Instant due = accessible.plus(NotificationFacts.NOTIFICATION_PERIOD);
            Optional<Instant> first = deliveries.stream().map(OutboundLifecycle::instantOf)
                    .filter(t -> !t.isBefore(accessible)).findFirst();
            Optional<Instant> last = deliveries.stream().map(OutboundLifecycle::instantOf)
                    .filter(t -> !t.isBefore(accessible)).reduce((x, y) -> y);
            boolean bounced = last.isPresent() && events.stream().anyMatch(r -> r instanceof DeliveryFailed f
                    && f.item() == DeliveryItem.NOTIFICATION && !f.occurredAt().isBefore(last.get()));
            boolean covered = lid3 && !isWdo(a.channel());
            boolean notReceived = bounced && !covered;
            NotificationDuty.Status status;
            if (covered) {
                status = NotificationDuty.Status.COVERED_BY_LID_3;
            } else if (first.isPresent() && first.get().isBefore(due)) {
                status = NotificationDuty.Status.MET;
            } else if (optOut.isPresent() && optOut.get().isBefore(due)
                    && first.map(f -> optOut.get().isBefore(f)).orElse(true)) {
                status = NotificationDuty.Status.OPTED_OUT;
            } else if (first.isPresent()) {
                status = NotificationDuty.Status.LATE;
            } else if (asOf.isBefore(due)) {
                status = NotificationDuty.Status.DUE;
            } else {
                status = NotificationDuty.Status.MISSED;
            }
            boolean contentCheck = policies.contentCheck() && Provision.AWB_2_10_LID_2.isInForceOn(day)
                    && status != NotificationDuty.Status.COVERED_BY_LID_3
                    && status != NotificationDuty.Status.OPTED_OUT;
            List<LegalBasis> basis = new ArrayList<>();
            if (covered) {
                basis.add(Provision.AWB_2_10_LID_3.basis());
                basis.add(Provision.AWB_2_10_LID_1.basis());
            } else {
                basis.add(Provision.AWB_2_10_LID_1.basis());
                if (lid3) {
                    basis.add(Provision.AWB_2_10_LID_3.basis());
                }
                if (status == NotificationDuty.Status.MISSED || status == NotificationDuty.Status.OPTED_OUT
                        || status == NotificationDuty.Status.LATE) {
                    basis.add(Provision.AWB_2_22_LID_1.basis());
                }
                if (notReceived) {
                    basis.add(Provision.AWB_2_11_LID_2.basis());
                    basis.add(Provision.AWB_2_22_LID_2.basis());
                }
                if (contentCheck) {
                    basis.add(Provision.AWB_2_10_LID_2.basis());
                }
            }
            Step step = Step.of(basis.get(0), "notification." + status.name()).withFact("messageId", id)
                    .withFact("channel", a.channel()).withFact("accessibleAt", LegalTime.render(accessible))
                    .withFact("dueBy", LegalTime.render(due)).withFact("replacement", a.resend());
            if (first.isPresent()) {
                step = step.withFact("sentAt", LegalTime.render(first.get()));
            }
            if (status == NotificationDuty.Status.LATE) {
                step = step.withFact("lateNotification", policies.lateNotification());
            }
            duties.add(new NotificationDuty(id, a.channel(), accessible, due, status, first, notReceived, contentCheck,
                    basis, Trace.of(step.withFact("notReceived", notReceived))));
        }
        duties.sort(Comparator.comparing(NotificationDuty::accessibleAt).thenComparing(d -> d.channel().value()));
        return duties;
    }

    // ---------------------------------------------------------------- 2:11

    private List<ResendDuty> resendDuties(List<Attempt> attempts) {
        List<ResendDuty> duties = new ArrayList<>();
        for (Record r : events) {
            if (!(r instanceof DeliveryFailed f) || LegalTime.legalDay(f.occurredAt()).isBefore(OutboundLifecycle.WMEBV)) {
                continue;
            }
            Instant at = f.occurredAt();
            if (f.item() == DeliveryItem.MESSAGE) {
                boolean deliveredElsewhere = attempts.stream().anyMatch(a -> a.successful()
                        && !a.channel().equals(f.channel()) && !a.effectiveAt().get().isAfter(at));
                if (deliveredElsewhere) {
                    continue;
                }
                Optional<Instant> fulfilled = events.stream().filter(o -> (o instanceof Resent s
                        && s.item() == DeliveryItem.MESSAGE || o instanceof PlacedInMessageBox)
                        && !OutboundLifecycle.instantOf(o).isBefore(at)).map(OutboundLifecycle::instantOf).findFirst();
                Instant serviceDue = LegalTime.endOfLegalDayExclusive(policies.calendar()
                        .plusWorkingDays(LegalTime.legalDay(at), policies.resendWorkingDays()));
                ResendDuty.Status status = fulfilled.isPresent() ? ResendDuty.Status.FULFILLED
                        : asOf.isBefore(serviceDue) ? ResendDuty.Status.OUTSTANDING : ResendDuty.Status.OUTSTANDING_LATE;
                Step step = Step.of(Provision.AWB_2_11_LID_1.basis(), "resend.MESSAGE." + status.name())
                        .withFact("messageId", id).withFact("channel", f.channel())
                        .withFact("failedAt", LegalTime.render(at)).withFact("failure", f.failure())
                        .withFact("serviceLevelDueBy", LegalTime.render(serviceDue));
                duties.add(new ResendDuty(id, DeliveryItem.MESSAGE, f.channel(), at, f.failure(), status,
                        Optional.of(serviceDue), fulfilled, List.of(Provision.AWB_2_11_LID_1.basis(),
                                Provision.AWB_2_11_LID_3.basis()), Trace.of(step)));
            } else {
                Optional<Instant> fulfilled = events.stream().filter(o -> OutboundLifecycle.isNotificationDelivery(o)
                        && OutboundLifecycle.instantOf(o).isAfter(at)).map(OutboundLifecycle::instantOf).findFirst();
                ResendDuty.Status status = fulfilled.isPresent() ? ResendDuty.Status.FULFILLED
                        : ResendDuty.Status.OUTSTANDING;
                Step step = Step.of(Provision.AWB_2_11_LID_2.basis(), "resend.NOTIFICATION." + status.name())
                        .withFact("messageId", id).withFact("channel", f.channel())
                        .withFact("failedAt", LegalTime.render(at)).withFact("failure", f.failure());
                duties.add(new ResendDuty(id, DeliveryItem.NOTIFICATION, f.channel(), at, f.failure(), status,
                        Optional.empty(), fulfilled, List.of(Provision.AWB_2_11_LID_2.basis()), Trace.of(step)));
            }
        }
        return duties;
    }

    // ---------------------------------------------------------------- 2:22

    private NotificationFacts notificationFacts(TimeOfSending sending, List<NotificationDuty> duties) {
        ChannelId channel = sending.channel().get();
        Instant sentAt = sending.sentAt().get();
        if (!isAccessSystem(channel)) {
            return NotificationFacts.noPlacement(id);
        }
        NotificationDuty d = duties.stream().filter(x -> x.channel().equals(channel) && x.accessibleAt().equals(sentAt))
                .findFirst().orElseThrow();
        // Facts, not judgements: a late kennisgeving is passed with its real moment, and the deadline ledger
        // alone applies policy P1 (LedgerPolicies), so P1 is never applied twice in different ways.
        boolean counts = d.status() == NotificationDuty.Status.MET
                || d.status() == NotificationDuty.Status.COVERED_BY_LID_3 && d.sentAt().isPresent()
                || d.status() == NotificationDuty.Status.LATE;
        Instant notificationSentAt = counts ? d.sentAt().orElse(null) : null;
        return new NotificationFacts(id, true, d.accessibleAt(), d.status() == NotificationDuty.Status.OPTED_OUT,
                notificationSentAt, notificationSentAt != null && d.notReceived());
    }
}
