package nl.wmebv.rules.audit;

import static nl.wmebv.testsupport.ValidationAgreement.assertAgree;
import static nl.wmebv.testsupport.ValidationAgreement.assertConstructorOnlyRejection;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.message.MessageTypeId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Audit input records: Jakarta annotations and constructors agree")
class AuditInputValidationTest {
    private static final ChannelId FORM = ChannelId.of("formulier");
    private static final MessageTypeId AANVRAAG = MessageTypeId.of("aanvraag");
    private static final FormField NAAM = FormField.of("naam", FieldObligation.REQUIRED, BodyFinding.yes("nodig"));

    @Test
    @DisplayName("ChannelCapabilities (Awb 2:10, 2:11, 2:13 lid 3, 2:17, 2:25)")
    void channelCapabilities() {
        assertAgree(ChannelCapabilities.class, FORM, AcknowledgementSupport.AUTOMATIC, Optional.empty(),
                Set.of("application/pdf"), OptionalLong.of(10), false, false, false, false);
        assertAgree(ChannelCapabilities.class, null, AcknowledgementSupport.AUTOMATIC, Optional.empty(), Set.of(),
                OptionalLong.empty(), false, false, false, false);
        assertAgree(ChannelCapabilities.class, FORM, null, Optional.empty(), Set.of(), OptionalLong.empty(), false,
                false, false, false);
        assertAgree(ChannelCapabilities.class, FORM, AcknowledgementSupport.AUTOMATIC, Optional.empty(),
                Set.of("geen mediatype"), OptionalLong.empty(), false, false, false, false);
        assertAgree(ChannelCapabilities.class, FORM, AcknowledgementSupport.AUTOMATIC, Optional.empty(),
                Set.of("application/pdf"), OptionalLong.of(0), false, false, false, false);
        assertAgree(ChannelCapabilities.class, FORM, AcknowledgementSupport.AUTOMATIC, Optional.empty(),
                Set.of("application/pdf"), null, false, false, false, false);
        assertConstructorOnlyRejection(ChannelCapabilities.class, "sendsNotifications", FORM,
                AcknowledgementSupport.AUTOMATIC, Optional.empty(), Set.of(), OptionalLong.empty(), false, true,
                false, false);
    }

    @Test
    @DisplayName("FormDefinition and FormField (Awb 4:4 lid 2)")
    void forms() {
        assertAgree(FormDefinition.class, "aanvraagformulier", AANVRAAG, FORM, List.of(NAAM));
        assertAgree(FormDefinition.class, " ", AANVRAAG, FORM, List.of(NAAM));
        assertAgree(FormDefinition.class, "aanvraagformulier", null, FORM, List.of(NAAM));
        assertAgree(FormDefinition.class, "aanvraagformulier", AANVRAAG, FORM, List.of());
        assertAgree(FormDefinition.class, "aanvraagformulier", AANVRAAG, FORM, Arrays.asList(NAAM, null));
        assertConstructorOnlyRejection(FormDefinition.class, "fields[1].name", "aanvraagformulier", AANVRAAG, FORM,
                List.of(NAAM, NAAM));
        assertAgree(FormField.class, "naam", FieldObligation.REQUIRED, BodyFinding.notStated());
        assertAgree(FormField.class, " ", FieldObligation.REQUIRED, BodyFinding.notStated());
        assertAgree(FormField.class, "naam", null, BodyFinding.notStated());
        assertAgree(FormField.class, "naam", FieldObligation.REQUIRED, null);
    }
}
