package nl.wmebv.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import nl.wmebv.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The leaner decoder (issue 8 part 4) against the decoder it replaced, kept verbatim in
 * {@link LegacyEvidenceEncoding} as the oracle: on valid encodings the same event, and on mutated ones the
 * same refusal (field, constraint and message) or the same event. Every byte position of every encoding is
 * mutated once, so every position class (version, type, moments, identifiers, citation count and citations,
 * presence bytes, set counts and elements, enumerated values, digests, length prefixes) is reached. The seed
 * is fixed and printed in every failure message.
 */
@DisplayName("Awb 2:25 — de snelle decodering aanvaardt en weigert precies wat de oude deed")
class EvidenceDecoderOracleProperties {
    private static final long SEED = 0x2025_0807L;
    private static final int PER_TYPE = 80;   // 14 types: 1,120 events, each byte of each mutated once

    /** The kinds of mutation of one byte position. */
    private enum Mutation { FLIP_BIT, SET_HIGH, SET_ZERO, SET_RANDOM, TRUNCATE_HERE, INSERT_BYTE, DELETE_BYTE }

    @Test
    @DisplayName("gelijke uitkomst op geldige en op verminkte coderingen van elk type")
    void sameOutcomeAsTheOldDecoder() {
        EvidenceGenerators gen = EvidenceGenerators.of(SEED);
        SplittableRandom r = new SplittableRandom(SEED);
        EvidenceEventType[] types = EvidenceEventType.values();
        Map<Mutation, Integer> perMutation = new EnumMap<>(Mutation.class);
        Map<String, Integer> refusals = new HashMap<>();
        int accepted = 0;
        int mutations = 0;
        for (int i = 0; i < PER_TYPE * types.length; i++) {
            EvidenceEvent event = gen.event(types[i % types.length]);
            byte[] valid = LegacyEvidenceEncoding.encode(event);
            String where = "seed " + SEED + ", event " + i + " (" + event.type().wireName() + ")";
            assertEquals(event, EvidenceEncoding.decode(valid), where);
            for (int at = 0; at < valid.length; at++) {
                Mutation m = Mutation.values()[r.nextInt(Mutation.values().length)];
                byte[] mutated = mutate(valid, at, m, r);
                String outcome = compare(mutated, where + ", " + m + " at " + at + ": "
                        + HexFormat.of().formatHex(mutated));
                perMutation.merge(m, 1, Integer::sum);
                if (outcome == null) {
                    accepted++;
                } else {
                    refusals.merge(outcome, 1, Integer::sum);
                }
                mutations++;
            }
        }
        // The mutations reach every kind of mutation and most refusals the decoder can give, and some are
        // accepted (a changed character of an identifier or moment that is still valid).
        String seed = "seed " + SEED;
        assertEquals(Mutation.values().length, perMutation.size(), seed + ": " + perMutation);
        assertTrue(accepted > 1_000, seed + ": accepted " + accepted + " of " + mutations);
        for (String expected : new String[] {"version/supportedVersion", "type/knownType", "occurredAt/instant",
                "encoding/noTrailingBytes", "legalBasis/matchesEvent", "payloadDigest/format", "body/notBlank",
                "messageBox/knownValue", "messageType/presence", "correctChannels/ascendingUnique"}) {
            assertTrue(refusals.containsKey(expected), seed + ": no refusal " + expected + " among " + refusals.keySet());
        }
        assertTrue(refusals.keySet().stream().anyMatch(k -> k.endsWith("/utf8")), seed + ": no utf8 refusal");
        assertTrue(refusals.keySet().stream().anyMatch(k -> k.endsWith("/truncated")), seed + ": no truncation");
    }

    /** Decodes with both; fails unless they agree. Returns null if accepted, else "field/constraint". */
    private static String compare(byte[] bytes, String where) {
        EvidenceEvent expected = null;
        InvalidInputException expectedError = null;
        try {
            expected = LegacyEvidenceEncoding.decode(bytes);
        } catch (InvalidInputException e) {
            expectedError = e;
        }
        try {
            EvidenceEvent actual = EvidenceEncoding.decode(bytes);
            if (expectedError != null) {
                fail(where + ": the old decoder refused (" + expectedError.getMessage() + "), the new accepted " + actual);
            }
            assertEquals(expected, actual, where);
            return null;
        } catch (InvalidInputException actualError) {
            if (expectedError == null) {
                fail(where + ": the old decoder accepted " + expected + ", the new refused: " + actualError.getMessage());
            }
            assertEquals(expectedError.field(), actualError.field(), where);
            assertEquals(expectedError.constraint(), actualError.constraint(), where);
            assertEquals(expectedError.getMessage(), actualError.getMessage(), where);
            assertEquals(expectedError.legalBasis(), actualError.legalBasis(), where);
            return actualError.field() + "/" + actualError.constraint();
        }
    }

    private static byte[] mutate(byte[] valid, int at, Mutation m, SplittableRandom r) {
        byte[] b = valid.clone();
        switch (m) {
            case FLIP_BIT -> b[at] ^= (byte) (1 << r.nextInt(8));
            case SET_HIGH -> b[at] = (byte) (0x80 | r.nextInt(0x80));
            case SET_ZERO -> b[at] = 0;
            case SET_RANDOM -> b[at] = (byte) r.nextInt(256);
            case TRUNCATE_HERE -> b = Arrays.copyOf(valid, at);
            case INSERT_BYTE -> {
                b = new byte[valid.length + 1];
                System.arraycopy(valid, 0, b, 0, at);
                b[at] = (byte) r.nextInt(256);
                System.arraycopy(valid, at, b, at + 1, valid.length - at);
            }
            case DELETE_BYTE -> {
                b = new byte[valid.length - 1];
                System.arraycopy(valid, 0, b, 0, at);
                System.arraycopy(valid, at + 1, b, at, valid.length - at - 1);
            }
        }
        return b;
    }
}
