package nl.wmebv.rules;

import static nl.wmebv.testsupport.ValidationAgreement.assertAgree;
import static nl.wmebv.testsupport.ValidationAgreement.assertConstructorOnlyRejection;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.rules.channel.ChannelStatus;
import nl.wmebv.rules.channel.ForwardingFacts;
import nl.wmebv.rules.channel.WrongChannelFacts;
import nl.wmebv.rules.inbound.ScopeFacts;
import nl.wmebv.rules.misaddressed.MisaddressedFacts;
import nl.wmebv.rules.misaddressed.Misdirection;
import nl.wmebv.rules.receipt.DataReturnPath;
import nl.wmebv.rules.receipt.ReceiptDutyFacts;
import nl.wmebv.rules.receipt.ReceiptFacts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Jakarta Validation annotations on the facts records of the rules agree with their constructors:
 * no violations exactly when the constructor accepts; cross-field rules are the constructor's alone.
 */
@DisplayName("Facts records: Jakarta annotations and constructors agree")
class FactsValidationTest {
    private static final MessageId MSG = MessageId.of("m");
    private static final ChannelId FORM = ChannelId.of("formulier");
    private static final ChannelId MAIL = ChannelId.of("mail");
    private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    @DisplayName("WrongChannelFacts (Awb 2:16)")
    void wrongChannelFacts() {
        assertAgree(WrongChannelFacts.class, MSG, true, false, false, MAIL, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                List.of(FORM), BodyFinding.notStated());
        assertAgree(WrongChannelFacts.class, null, true, false, false, MAIL, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                List.of(FORM), BodyFinding.notStated());
        assertAgree(WrongChannelFacts.class, MSG, true, false, false, null, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                List.of(FORM), BodyFinding.notStated());
        assertAgree(WrongChannelFacts.class, MSG, true, false, false, MAIL, null, List.of(FORM),
                BodyFinding.notStated());
        assertAgree(WrongChannelFacts.class, MSG, true, false, false, MAIL, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                null, BodyFinding.notStated());
        assertAgree(WrongChannelFacts.class, MSG, true, false, false, MAIL, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                Arrays.asList(FORM, null), BodyFinding.notStated());
        assertAgree(WrongChannelFacts.class, MSG, true, false, false, MAIL, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                List.of(FORM), null);
        assertConstructorOnlyRejection(WrongChannelFacts.class, "channelStatus", MSG, true, false, false, FORM,
                ChannelStatus.DESIGNATED_FOR_OTHER_TYPE, List.of(FORM), BodyFinding.notStated());
        assertConstructorOnlyRejection(WrongChannelFacts.class, "objectionOrAppeal", MSG, false, true, false, MAIL,
                ChannelStatus.DESIGNATED_FOR_NO_FORMAL_TYPE, List.of(), BodyFinding.notStated());
    }

    @Test
    @DisplayName("ReceiptFacts (Awb 2:20)")
    void receiptFacts() {
        assertAgree(ReceiptFacts.class, MSG, T, null, null);
        assertAgree(ReceiptFacts.class, null, T, null, null);
        assertConstructorOnlyRejection(ReceiptFacts.class, "reachedOwnSystemAt", MSG, null, null, null);
    }

    @Test
    @DisplayName("ReceiptDutyFacts and DataReturnPath (Awb 2:17)")
    void receiptDutyFacts() {
        DataReturnPath path = new DataReturnPath(ChannelKind.PORTAL, AssuranceLevel.LOW);
        assertAgree(ReceiptDutyFacts.class, MSG, true, ChannelStatus.DESIGNATED_FOR_TYPE, false, false, false, true,
                true, AssuranceLevel.LOW, path);
        assertAgree(ReceiptDutyFacts.class, MSG, true, ChannelStatus.DESIGNATED_FOR_TYPE, false, false, false, true,
                true, AssuranceLevel.LOW, null);
        assertAgree(ReceiptDutyFacts.class, MSG, true, null, false, false, false, true, true, AssuranceLevel.LOW,
                path);
        assertAgree(ReceiptDutyFacts.class, MSG, true, ChannelStatus.DESIGNATED_FOR_TYPE, false, false, false, true,
                true, null, path);
        assertConstructorOnlyRejection(ReceiptDutyFacts.class, "objectionOrAppeal", MSG, false,
                ChannelStatus.DESIGNATED_FOR_TYPE, true, true, false, true, true, AssuranceLevel.LOW, path);
        assertAgree(DataReturnPath.class, ChannelKind.PORTAL, AssuranceLevel.LOW);
        assertAgree(DataReturnPath.class, null, AssuranceLevel.LOW);
        assertAgree(DataReturnPath.class, ChannelKind.PORTAL, null);
    }

    @Test
    @DisplayName("MisaddressedFacts (Awb 2:3, 6:15) and ScopeFacts (2:13, 2:14)")
    void misaddressedAndScope() {
        assertAgree(MisaddressedFacts.class, MSG, Misdirection.ANOTHER_BODY_COMPETENT, true, false,
                BodyFinding.notStated());
        assertAgree(MisaddressedFacts.class, MSG, null, true, false, BodyFinding.notStated());
        assertAgree(MisaddressedFacts.class, MSG, Misdirection.ANOTHER_BODY_COMPETENT, true, false, null);
        assertAgree(ScopeFacts.class, MSG, T, true, false, false);
        assertAgree(ScopeFacts.class, MSG, null, true, false, false);
        assertAgree(ScopeFacts.class, null, T, true, false, false);
    }

    @Test
    @DisplayName("ForwardingFacts (Awb 2:24)")
    void forwardingFacts() {
        assertAgree(ForwardingFacts.class, MSG, true, true, T, T.plusSeconds(60), T.plusSeconds(120), true);
        assertAgree(ForwardingFacts.class, MSG, true, true, null, null, null, false);
        assertConstructorOnlyRejection(ForwardingFacts.class, "forwardedAt", MSG, true, true, T, T.minusSeconds(1),
                null, false);
        assertConstructorOnlyRejection(ForwardingFacts.class, "senderNotifiedAt", MSG, true, true, T,
                T.plusSeconds(60), T.plusSeconds(30), true);
    }
}
