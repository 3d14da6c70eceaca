package nl.wmebv.core.message;

import java.util.List;
import java.util.StringJoiner;

/** Sizes and redacted renderings shared by inbound and outbound messages. */
final class MessageSizes {

    private MessageSizes() {
    }

    /** Content plus attachments, saturating at {@link Long#MAX_VALUE}. */
    static long total(long contentSize, List<Attachment> attachments) {
        long total = contentSize;
        for (Attachment a : attachments) {
            total = total > Long.MAX_VALUE - a.size() ? Long.MAX_VALUE : total + a.size();
        }
        return total;
    }

    /** The attachments as digests and sizes, without file names. */
    static String render(List<Attachment> attachments) {
        StringJoiner joiner = new StringJoiner(", ", "[", "]");
        for (Attachment a : attachments) {
            joiner.add(a.mediaType() + " " + a.digest() + " " + a.size() + " bytes");
        }
        return joiner.toString();
    }
}
