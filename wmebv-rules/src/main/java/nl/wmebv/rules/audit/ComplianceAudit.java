package nl.wmebv.rules.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.designation.Designation;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.designation.FurtherRequirements;
import nl.wmebv.core.designation.TemporaryExemption;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.LegalRole;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.rules.audit.AuditFinding.Kind;
import nl.wmebv.rules.receipt.DataReturnPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audits a body's configuration against Awb afdeling 2.3 at a reference moment (<em>nalevingsaudit</em>):
 * the BZK handreiking's checklists "aanwijzen en inrichten" and "bestaande kanalen aanpassen" as a pure
 * function. Cites {@link Provision#AWB_2_13_LID_2}, {@link Provision#AWB_2_13_LID_3},
 * {@link Provision#AWB_2_13_LID_4}, {@link Provision#AWB_2_16_LID_1}, {@link Provision#AWB_2_16_LID_1_ONDER_C},
 * {@link Provision#AWB_2_17_LID_1}, {@link Provision#AWB_2_17_LID_2}, {@link Provision#AWB_2_10_LID_1},
 * {@link Provision#AWB_2_10_LID_3}, {@link Provision#AWB_2_11_LID_1}, {@link Provision#AWB_2_11_LID_2},
 * {@link Provision#AWB_2_22_LID_1}, {@link Provision#AWB_2_25} and {@link Provision#AWB_4_4_LID_2}.
 *
 * <p>The checks, each a {@link AuditFinding.Kind}:
 * <ul>
 *   <li>every formal type without a temporary exemption has a designated channel at the moment
 *       (2:13 lid 2; otherwise every wrong-channel message of the type must be processed, 2:16 lid 1 onder c):
 *       VIOLATION;</li>
 *   <li>a designation valid now that ends within the look-ahead and leaves its type without a channel:
 *       RISK; one that starts within the look-ahead: ADVICE; an exemption that lapses within it: RISK if
 *       the type has no channel when it lapses, else ADVICE;</li>
 *   <li>a designated channel authenticating below the level the body says the type needs (2:13 lid 2,
 *       "voldoende betrouwbare en vertrouwelijke wijze"): VIOLATION; a further requirement asking a higher
 *       minimum level than the type needs (2:13 lid 3): RISK, because whether it hinders
 *       disproportionately is the body's judgement; published further requirements allowing formats or
 *       sizes the channel technically rejects: RISK;</li>
 *   <li>a designated channel that cannot acknowledge receipt (2:17 lid 1; a shared-system status, onder a,
 *       suffices): VIOLATION; a designated direct-data-entry channel that gives nothing back, or gives it
 *       back in a way that is not reliable and confidential enough (2:17 lid 2, read as the receipt rule
 *       reads it: never plain e-mail for data entered behind authentication, never a path weaker than the
 *       channel): VIOLATION;</li>
 *   <li>social media or chat designated for formal messages: ADVICE, handreiking; a channel designated for
 *       every type that has a channel, at least three, while some of them also have a specific channel:
 *       RISK, handreiking (every message through it is correctly sent and must be handled, 2:16 lid 1);</li>
 *   <li>a system in which the addressee has access without the 48-hour kennisgeving (2:10 lid 1):
 *       VIOLATION, or RISK when the body's Wdo message box sends kennisgevingen (2:10 lid 3 suffices only
 *       for messages placed there too); without bounce handling (2:11): VIOLATION; a channel without the
 *       2:25 evidence log while the body uses such a system: RISK (the burden of proof is the body's);</li>
 *   <li>on forms for an aanvraag or aanvulling (4:4 lid 1), fields neither marked optional nor necessary
 *       for the beschikking according to the body: VIOLATION (4:4 lid 2); fields neither marked optional
 *       nor judged: RISK. Forms for other types are outside 4:4.</li>
 * </ul>
 * Coverage counts a formal type as fully compliant when no statutory finding of severity VIOLATION or RISK
 * names it; advice and handreiking findings do not count against it. Findings on one channel are grouped: one finding lists every type concerned. "Soon" is the look-ahead,
 * by default {@value #DEFAULT_LOOK_AHEAD_DAYS} legal days: until the start of the legal day (Europe/Amsterdam)
 * that many days after the reference moment's legal day. This class is immutable and thread-safe.
 */
public final class ComplianceAudit {
    /** The default look-ahead in legal days (library default, configurable). */
    public static final int DEFAULT_LOOK_AHEAD_DAYS = 90;

    /** The least number of types a channel is designated for before it counts as a catch-all channel. */
    static final int CATCH_ALL_MINIMUM = 3;

    private static final Logger LOG = LoggerFactory.getLogger(ComplianceAudit.class);
    private static final ComplianceAudit DEFAULT = new ComplianceAudit(DEFAULT_LOOK_AHEAD_DAYS);

    private final int lookAheadDays;

    private ComplianceAudit(int lookAheadDays) {
        this.lookAheadDays = lookAheadDays;
    }

    /**
     * Returns the audit with the default look-ahead of {@value #DEFAULT_LOOK_AHEAD_DAYS} legal days.
     *
     * @return the audit
     */
    public static ComplianceAudit of() {
        return DEFAULT;
    }

    /**
     * Returns an audit with another look-ahead.
     *
     * @param days  the legal days in which a change counts as soon, 1 to 3,660
     * @return the audit
     * @throws nl.wmebv.core.InvalidInputException if {@code days} is out of range ({@code field() "lookAheadDays"})
     */
    public static ComplianceAudit withLookAheadDays(int days) {
        Checks.require(days >= 1 && days <= 3_660, "lookAheadDays", "range", "must lie between 1 and 3660", null);
        return new ComplianceAudit(days);
    }

    /**
     * Returns the look-ahead in legal days.
     *
     * @return the days
     */
    public int lookAheadDays() {
        return lookAheadDays;
    }

    /**
     * Audits a configuration at a reference moment.
     *
     * @param configuration  the body's configuration, not null
     * @param at             the reference moment, not null
     * @return the report, findings sorted
     * @throws nl.wmebv.core.InvalidInputException if an argument is null ({@code field() "configuration"} or
     *         {@code "at"})
     */
    public AuditReport audit(AuditConfiguration configuration, Instant at) {
        Checks.notNull(configuration, "configuration");
        Checks.notNull(at, "at");
        Instant horizon = LegalTime.startOfLegalDay(LegalTime.legalDay(at).plusDays(lookAheadDays));
        Run run = new Run(configuration, at, horizon);
        run.designations();
        run.channels();
        run.outbound();
        run.forms();
        List<AuditFinding> findings = new ArrayList<>(run.findings);
        findings.sort(Comparator.comparing(AuditFinding::severity).thenComparing(AuditFinding::primaryBasis)
                .thenComparing(AuditFinding::subject).thenComparing(AuditFinding::kind));
        Set<MessageTypeId> affected = new HashSet<>();
        findings.stream().filter(f -> f.severity() != Severity.ADVICE && f.source() == FindingSource.STATUTE)
                .forEach(f -> affected.addAll(f.messageTypes()));
        int formal = 0;
        int compliant = 0;
        for (MessageType t : configuration.register().messageTypes()) {
            if (t.isFormal()) {
                formal++;
                if (!affected.contains(t.id())) {
                    compliant++;
                }
            }
        }
        Step root = Step.of(Provision.AWB_2_13_LID_2.basis(), "audit.report")
                .withFact("body", configuration.register().body().id()).withFact("at", at)
                .withFact("lookAheadEnd", horizon).withFact("formalTypes", formal)
                .withFact("compliantFormalTypes", compliant);
        for (AuditFinding f : findings) {
            for (Step s : f.trace().steps()) {
                root = root.withChild(s);
            }
        }
        LOG.debug("Audit of {} at {}: {} findings, {}/{} formal types compliant",
                configuration.register().body().id(), at, findings.size(), compliant, formal);
        return new AuditReport(configuration.register().body(), at, horizon, findings, formal, compliant,
                AuditReport.basisOf(findings), Trace.of(root));
    }

    /** One audit run: the input and the findings collected so far. */
    private static final class Run {
        private final AuditConfiguration config;
        private final DesignationRegister register;
        private final Instant at;
        private final Instant horizon;
        private final List<AuditFinding> findings = new ArrayList<>();
        private final List<MessageType> formalTypes = new ArrayList<>();
        /** Channels designated at the moment, in register order, with the types they are designated for. */
        private final Map<ChannelId, List<MessageTypeId>> designatedAt = new LinkedHashMap<>();

        Run(AuditConfiguration config, Instant at, Instant horizon) {
            this.config = config;
            this.register = config.register();
            this.at = at;
            this.horizon = horizon;
            register.channels().forEach(c -> designatedAt.put(c.id(), new ArrayList<>()));
            for (MessageType t : register.messageTypes()) {
                if (t.isFormal()) {
                    formalTypes.add(t);
                    for (Channel c : register.designatedChannels(t.id(), at)) {
                        designatedAt.get(c.id()).add(t.id());
                    }
                }
            }
            designatedAt.values().removeIf(List::isEmpty);
        }

        void designations() {
            for (MessageType type : formalTypes) {
                MessageTypeId t = type.id();
                Optional<TemporaryExemption> exemption = register.exemption(t, at);
                if (!register.hasDesignatedChannel(t, at) && exemption.isEmpty()) {
                    add(Kind.NO_DESIGNATED_CHANNEL, Severity.VIOLATION,
                            List.of(Provision.AWB_2_13_LID_2, Provision.AWB_2_16_LID_1_ONDER_C), List.of(t),
                            List.of(), List.of(), type.role().toString());
                }
                exemption.filter(e -> e.validTo().isBefore(horizon)).ifPresent(e -> {
                    boolean covered = register.hasDesignatedChannel(t, e.validTo());
                    add(Kind.EXEMPTION_LAPSES, covered ? Severity.ADVICE : Severity.RISK,
                            List.of(Provision.AWB_2_13_LID_4, Provision.AWB_2_13_LID_2), List.of(t), List.of(),
                            List.of(), e.reference() + " " + day(e.validTo()));
                });
            }
            for (Designation d : register.designations()) {
                if (d.isValidAt(at) && d.validTo().filter(end -> end.isBefore(horizon)).isPresent()
                        && !register.hasDesignatedChannel(d.type(), d.validTo().orElseThrow())) {
                    add(Kind.DESIGNATION_ENDS, Severity.RISK, List.of(Provision.AWB_2_13_LID_2),
                            List.of(d.type()), ordered(d.channels()), List.of(), day(d.validTo().orElseThrow()));
                }
                if (d.validFrom().isAfter(at) && d.validFrom().isBefore(horizon)) {
                    add(Kind.DESIGNATION_STARTS, Severity.ADVICE, List.of(Provision.AWB_2_13_LID_2),
                            List.of(d.type()), ordered(d.channels()), List.of(), day(d.validFrom()));
                }
            }
        }

        void channels() {
            long typesWithChannel = formalTypes.stream().filter(t -> register.hasDesignatedChannel(t.id(), at)).count();
            for (Map.Entry<ChannelId, List<MessageTypeId>> e : designatedAt.entrySet()) {
                Channel channel = register.channel(e.getKey());
                ChannelCapabilities caps = config.capabilities(channel.id()).orElseThrow();
                List<MessageTypeId> types = e.getValue();
                List<ChannelId> self = List.of(channel.id());
                strength(channel, caps, types);
                if (caps.acknowledgement() == AcknowledgementSupport.NONE) {
                    add(Kind.NO_RECEIPT_ACKNOWLEDGEMENT, Severity.VIOLATION, List.of(Provision.AWB_2_17_LID_1),
                            types, self, List.of(), "");
                }
                if (channel.kind().isDirectDataEntry()) {
                    Optional<DataReturnPath> path = caps.enteredDataReturn();
                    if (path.isEmpty()) {
                        add(Kind.ENTERED_DATA_NOT_RETURNED, Severity.VIOLATION, List.of(Provision.AWB_2_17_LID_2),
                                types, self, List.of(), "");
                    } else if (!sufficient(path.get(), channel.assuranceLevel())) {
                        add(Kind.ENTERED_DATA_RETURN_UNRELIABLE, Severity.VIOLATION,
                                List.of(Provision.AWB_2_17_LID_2), types, self, List.of(),
                                path.get().kind() + "/" + path.get().assuranceLevel() + " < "
                                        + channel.assuranceLevel());
                    }
                }
                if (channel.kind() == ChannelKind.SOCIAL_MEDIA) {
                    add(Kind.SOCIAL_MEDIA_DESIGNATED, Severity.ADVICE, List.of(Provision.AWB_2_13_LID_2), types,
                            self, List.of(), channel.kind().toString());
                }
                if (typesWithChannel >= CATCH_ALL_MINIMUM && types.size() == typesWithChannel) {
                    List<MessageTypeId> specific = new ArrayList<>();
                    for (MessageTypeId t : types) {
                        if (register.designatedChannels(t, at).size() > 1) {
                            specific.add(t);
                        }
                    }
                    if (!specific.isEmpty()) {
                        add(Kind.CATCH_ALL_CHANNEL, Severity.RISK,
                                List.of(Provision.AWB_2_16_LID_1, Provision.AWB_2_13_LID_2), specific, self, List.of(),
                                types.size() + "/" + typesWithChannel);
                    }
                }
            }
        }

        private void strength(Channel channel, ChannelCapabilities caps, List<MessageTypeId> types) {
            List<ChannelId> self = List.of(channel.id());
            List<MessageTypeId> weak = new ArrayList<>();
            Map<AssuranceLevel, List<MessageTypeId>> overdemanding = new TreeMap<>();
            List<MessageTypeId> mismatch = new ArrayList<>();
            for (MessageTypeId t : types) {
                AssuranceLevel needed = config.requiredAssurance().get(t);
                FurtherRequirements req = register.furtherRequirements(t, channel.id(), at).orElseThrow();
                if (!channel.assuranceLevel().isAtLeast(needed)) {
                    weak.add(t);
                }
                if (!needed.isAtLeast(req.minimumAssuranceLevel())) {
                    overdemanding.computeIfAbsent(req.minimumAssuranceLevel(), k -> new ArrayList<>()).add(t);
                }
                if (exceeds(req, caps)) {
                    mismatch.add(t);
                }
            }
            if (!weak.isEmpty()) {
                add(Kind.CHANNEL_TOO_WEAK, Severity.VIOLATION, List.of(Provision.AWB_2_13_LID_2), weak, self,
                        List.of(), channel.assuranceLevel().toString());
            }
            overdemanding.forEach((level, ts) -> add(Kind.DISPROPORTIONATE_REQUIREMENT, Severity.RISK,
                    List.of(Provision.AWB_2_13_LID_3), ts, self, List.of(), level.toString()));
            if (!mismatch.isEmpty()) {
                add(Kind.REQUIREMENTS_EXCEED_CHANNEL, Severity.RISK, List.of(Provision.AWB_2_13_LID_3), mismatch,
                        self, List.of(), limits(caps));
            }
        }

        void outbound() {
            List<ChannelCapabilities> access = config.channelCapabilities().stream()
                    .filter(ChannelCapabilities::addresseeAccess).toList();
            if (access.isEmpty()) {
                return;
            }
            boolean wdoNotifies = access.stream().anyMatch(c -> c.sendsNotifications()
                    && register.channel(c.channel()).kind() == ChannelKind.WDO_MESSAGE_BOX);
            for (ChannelCapabilities c : access) {
                List<ChannelId> self = List.of(c.channel());
                if (!c.sendsNotifications()) {
                    boolean viaWdo = wdoNotifies && register.channel(c.channel()).kind() != ChannelKind.WDO_MESSAGE_BOX;
                    add(Kind.NO_NOTIFICATION, viaWdo ? Severity.RISK : Severity.VIOLATION,
                            viaWdo ? List.of(Provision.AWB_2_10_LID_1, Provision.AWB_2_10_LID_3, Provision.AWB_2_22_LID_1)
                                    : List.of(Provision.AWB_2_10_LID_1, Provision.AWB_2_22_LID_1),
                            List.of(), self, List.of(), viaWdo ? "wdo" : "");
                }
                if (!c.handlesBounces()) {
                    add(Kind.NO_BOUNCE_HANDLING, Severity.VIOLATION,
                            List.of(Provision.AWB_2_11_LID_1, Provision.AWB_2_11_LID_2), List.of(), self, List.of(), "");
                }
            }
            for (ChannelCapabilities c : config.channelCapabilities()) {
                if (!c.logsEvidence() && (c.addresseeAccess() || designatedAt.containsKey(c.channel()))) {
                    add(Kind.NO_EVIDENCE_LOGGING, Severity.RISK, List.of(Provision.AWB_2_25),
                            designatedAt.getOrDefault(c.channel(), List.of()), List.of(c.channel()), List.of(), "");
                }
            }
        }

        void forms() {
            for (FormDefinition form : config.forms()) {
                LegalRole role = register.messageType(form.type()).role();
                if (role != LegalRole.APPLICATION && role != LegalRole.SUPPLEMENT) {
                    continue;
                }
                List<String> unnecessary = new ArrayList<>();
                List<String> unjudged = new ArrayList<>();
                for (FormField field : form.fields()) {
                    if (field.obligation().isMarkedOptional()) {
                        continue;
                    }
                    switch (field.necessaryForDecision().answer()) {
                        case NO:
                            unnecessary.add(field.name());
                            break;
                        case NOT_STATED:
                            unjudged.add(field.name());
                            break;
                        case YES:
                            break;
                    }
                }
                if (!unnecessary.isEmpty()) {
                    add(Kind.FORM_FIELD_NOT_NECESSARY, Severity.VIOLATION, List.of(Provision.AWB_4_4_LID_2),
                            List.of(form.type()), List.of(form.channel()), unnecessary, form.id());
                }
                if (!unjudged.isEmpty()) {
                    add(Kind.FORM_FIELD_NECESSITY_NOT_STATED, Severity.RISK, List.of(Provision.AWB_4_4_LID_2),
                            List.of(form.type()), List.of(form.channel()), unjudged, form.id());
                }
            }
        }

        private void add(Kind kind, Severity severity, List<Provision> provisions, List<MessageTypeId> types,
                List<ChannelId> channels, List<String> fields, String detail) {
            List<LegalBasis> basis = provisions.stream().map(Provision::basis).toList();
            Step step = Step.of(basis.get(0), "audit." + kind).withFact("severity", severity)
                    .withFact("messageTypes", types.size() <= Text.LIST_LIMIT ? types : types.size())
                    .withFact("channels", channels).withFact("fields", fields.size());
            findings.add(new AuditFinding(kind, severity, basis, types, channels, fields, detail, Trace.of(step)));
        }

        private List<ChannelId> ordered(Set<ChannelId> channels) {
            return register.channels().stream().map(Channel::id).filter(channels::contains).toList();
        }

        private static String day(Instant moment) {
            return LegalTime.legalDay(moment).toString();
        }

        /** The reading of 2:17 lid 2 the receipt rule applies (ReceiptDutiesRule). */
        private static boolean sufficient(DataReturnPath path, AssuranceLevel entered) {
            boolean plainMailBehindAuthentication = path.kind() == ChannelKind.EMAIL && entered != AssuranceLevel.NONE;
            return !plainMailBehindAuthentication && path.assuranceLevel().isAtLeast(entered);
        }

        private static boolean exceeds(FurtherRequirements req, ChannelCapabilities caps) {
            boolean formats = !caps.acceptedMediaTypes().isEmpty() && (req.allowedMediaTypes().isEmpty()
                    || !caps.acceptedMediaTypes().containsAll(req.allowedMediaTypes()));
            boolean size = caps.maxTotalSize().isPresent() && (req.maxTotalSize().isEmpty()
                    || req.maxTotalSize().getAsLong() > caps.maxTotalSize().getAsLong());
            return formats || size;
        }

        private static String limits(ChannelCapabilities caps) {
            return String.join(",", new java.util.TreeSet<>(caps.acceptedMediaTypes()))
                    + (caps.maxTotalSize().isPresent() ? " max " + caps.maxTotalSize().getAsLong() : "");
        }
    }
}
