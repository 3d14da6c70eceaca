package nl.wmebv.core.designation;

import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.ChannelId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.Attachment;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.ComponentChecks;
import nl.wmebv.core.message.InboundMessage;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Awb 2:13 lid 3 — nadere eisen aan elektronische verzending")
class FurtherRequirementsTest {

    static final Sha256Digest D = Sha256Digest.of("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    /** Only PDF and PNG, at most 10,000 bytes in all, at least substantial. */
    static final FurtherRequirements STRICT = FurtherRequirements.NONE
            .withAllowedMediaTypes(Set.of("application/pdf", "image/png"))
            .withMaxTotalSize(10_000)
            .withMinimumAssuranceLevel(AssuranceLevel.SUBSTANTIAL);

    static InboundMessage message(long contentSize, AssuranceLevel level, Attachment... attachments) {
        return new InboundMessage(MessageId.of("in-1"), BodyId.of("gm0344"), PartyId.of("p-1"),
                MessageTypeId.of("bezwaar"), ChannelId.of("portaal"), Instant.parse("2026-03-02T09:15:00Z"), level, D,
                contentSize, List.of(attachments));
    }

    static Attachment attachment(String mediaType, long size) {
        return Attachment.of("bijlage", mediaType, D, size);
    }

    @Nested
    @DisplayName("Validatie")
    class Validation {
        @Test
        @DisplayName("geldige eisen; null in elk veld wordt geweigerd met die veldnaam")
        void validAndNulls() {
            ComponentChecks.assertValidAndEachNullRejected(FurtherRequirements.class, Set.of("application/pdf"),
                    OptionalLong.of(1), AssuranceLevel.HIGH);
            ComponentChecks.assertValidAndEachNullRejected(FurtherRequirements.class, Set.of(), OptionalLong.empty(),
                    AssuranceLevel.NONE);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"pdf", "application/pdf; q=1", "", "text/*"})
        @DisplayName("een onjuist mediatype wordt geweigerd met veld allowedMediaTypes, zoals de annotaties zeggen")
        void badMediaType(String mediaType) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> FurtherRequirements.NONE.withAllowedMediaTypes(Set.of("image/png", mediaType)));
            assertEquals("allowedMediaTypes", e.field());
            ValidationAgreement.assertAgree(FurtherRequirements.class, Set.of("image/png", mediaType),
                    OptionalLong.empty(), AssuranceLevel.NONE);
        }

        @Test
        @DisplayName("een ontbrekend mediatype wordt geweigerd met veld allowedMediaTypes, zoals de annotaties zeggen")
        void nullMediaType() {
            Set<String> withNull = new HashSet<>(Arrays.asList("image/png", null));
            assertEquals("allowedMediaTypes", assertThrows(InvalidInputException.class,
                    () -> FurtherRequirements.NONE.withAllowedMediaTypes(withNull)).field());
            ValidationAgreement.assertAgree(FurtherRequirements.class, withNull, OptionalLong.empty(),
                    AssuranceLevel.NONE);
        }

        @ParameterizedTest(name = "{0} bytes")
        @ValueSource(longs = {0, -1, Long.MIN_VALUE})
        @DisplayName("een maximale grootte die niet positief is wordt geweigerd met veld maxTotalSize, 2:13 lid 3")
        void nonPositiveSize(long bytes) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> FurtherRequirements.NONE.withMaxTotalSize(bytes));
            assertEquals("maxTotalSize", e.field());
            assertEquals(java.util.Optional.of(Provision.AWB_2_13_LID_3.basis()), e.legalBasis());
            ValidationAgreement.assertAgree(FurtherRequirements.class, Set.of(), OptionalLong.of(bytes),
                    AssuranceLevel.NONE);
        }

        @Test
        @DisplayName("mediatypen worden in kleine letters bewaard en zijn niet te wijzigen")
        void lowerCase() {
            FurtherRequirements r = FurtherRequirements.NONE.withAllowedMediaTypes(Set.of("Application/PDF"));
            assertEquals(Set.of("application/pdf"), r.allowedMediaTypes());
            assertThrows(UnsupportedOperationException.class, () -> r.allowedMediaTypes().add("image/png"));
        }
    }

    @Nested
    @DisplayName("Welke eisen een bericht niet haalt")
    class Unmet {
        @Test
        @DisplayName("alles binnen de eisen: niets onvervuld")
        void allMet() {
            // 1000 + 2000 + 3000 = 6000 <= 10000; pdf and png allowed; SUBSTANTIAL >= SUBSTANTIAL.
            assertEquals(List.of(), STRICT.unmetBy(message(1000, AssuranceLevel.SUBSTANTIAL,
                    attachment("application/pdf", 2000), attachment("image/png", 3000))));
        }

        @Test
        @DisplayName("precies de maximale grootte is toegestaan")
        void exactlyMaxSize() {
            // 4000 + 6000 = 10000 = max.
            assertEquals(List.of(), STRICT.unmetBy(message(4000, AssuranceLevel.HIGH,
                    attachment("application/pdf", 6000))));
        }

        @Test
        @DisplayName("elke bijlage met een niet-toegestaan formaat wordt genoemd, in volgorde")
        void formats() {
            // Attachment 0 pdf (allowed), 1 text/html and 2 image/jpeg (not); total 3600, HIGH: rest met.
            assertEquals(List.of(
                    new UnmetRequirement(UnmetRequirement.Kind.MEDIA_TYPE, "attachments[1].mediaType",
                            "application/pdf, image/png", "text/html"),
                    new UnmetRequirement(UnmetRequirement.Kind.MEDIA_TYPE, "attachments[2].mediaType",
                            "application/pdf, image/png", "image/jpeg")),
                    STRICT.unmetBy(message(1000, AssuranceLevel.HIGH, attachment("application/pdf", 2000),
                            attachment("text/html", 500), attachment("image/jpeg", 100))));
        }

        @Test
        @DisplayName("te groot en te laag betrouwbaarheidsniveau: beide genoemd, grootte eerst")
        void sizeAndLevel() {
            // 9000 + 1001 = 10001 > 10000; LOW < SUBSTANTIAL.
            assertEquals(List.of(
                    new UnmetRequirement(UnmetRequirement.Kind.TOTAL_SIZE, "totalSize", "at most 10000 bytes",
                            "10001 bytes"),
                    new UnmetRequirement(UnmetRequirement.Kind.ASSURANCE_LEVEL, "assuranceLevel",
                            "at least SUBSTANTIAL", "LOW")),
                    STRICT.unmetBy(message(9000, AssuranceLevel.LOW, attachment("application/pdf", 1001))));
        }

        @Test
        @DisplayName("zonder nadere eisen haalt elk bericht alles")
        void none() {
            assertEquals(List.of(), FurtherRequirements.NONE.unmetBy(message(Long.MAX_VALUE - 1, AssuranceLevel.NONE,
                    attachment("application/x-msdownload", 5))));
        }

        @Test
        @DisplayName("isMetBy zegt ja precies wanneer unmetBy niets vindt (1.000 berichten, seed 2026)")
        void isMetByAgreesWithUnmetBy() {
            long seed = 2026L;
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            String[] types = {"application/pdf", "image/png", "text/html", "image/jpeg"};
            AssuranceLevel[] levels = AssuranceLevel.values();
            int met = 0;
            for (int i = 0; i < 1_000; i++) {
                Attachment[] attachments = new Attachment[random.nextInt(4)];
                for (int a = 0; a < attachments.length; a++) {
                    attachments[a] = attachment(types[random.nextInt(types.length)], 1 + random.nextInt(4_000));
                }
                InboundMessage m = message(1 + random.nextInt(6_000), levels[random.nextInt(levels.length)],
                        attachments);
                for (FurtherRequirements r : List.of(STRICT, FurtherRequirements.NONE)) {
                    boolean expected = r.unmetBy(m).isEmpty();
                    assertEquals(expected, r.isMetBy(m), "seed " + seed + ", case " + i + ": " + r);
                    met += expected && r == STRICT ? 1 : 0;
                }
            }
            // Both answers occur under the strict requirements, so the comparison is not one-sided.
            assertTrue(met > 50 && met < 950, "seed " + seed + ": " + met + " messages met the strict requirements");
            assertEquals("message", assertThrows(InvalidInputException.class, () -> STRICT.isMetBy(null)).field());
        }

        @Test
        @DisplayName("null wordt geweigerd met veld message")
        void nullMessage() {
            assertEquals("message", assertThrows(InvalidInputException.class, () -> STRICT.unmetBy(null)).field());
        }

        @Test
        @DisplayName("een bevinding zonder soort of met lege waarden wordt geweigerd")
        void unmetRequirementValidated() {
            assertEquals("kind", assertThrows(InvalidInputException.class,
                    () -> new UnmetRequirement(null, "s", "r", "a")).field());
            assertEquals("actual", assertThrows(InvalidInputException.class,
                    () -> new UnmetRequirement(UnmetRequirement.Kind.TOTAL_SIZE, "s", "r", " ")).field());
        }
    }
}
