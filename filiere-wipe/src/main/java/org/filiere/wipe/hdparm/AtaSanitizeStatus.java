package org.filiere.wipe.hdparm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code hdparm --sanitize-status}: the sanitize state machine (SD0 idle, SD1 frozen, SD2 in process, SD3 failed,
 * SD4 succeeded), progress when in process, and whether the last operation completed without error. Immutable.
 *
 * @param state            0..4 from "SDn", or -1 when unreadable
 * @param percent          progress in percent while in process, or null
 * @param lastCompletedOk  "Last Sanitize Operation Completed Without Error" was printed
 * @param text             the output, trimmed, for the record
 */
public record AtaSanitizeStatus(int state, Integer percent, boolean lastCompletedOk, String text) {
    private static final Pattern STATE = Pattern.compile("State:\\s*SD(\\d)");
    private static final Pattern PROGRESS = Pattern.compile("Progress:\\s*0x[0-9a-fA-F]+\\s*\\((\\d+)%\\)");

    /** Parses the output; never throws (unreadable output gives state -1). */
    public static AtaSanitizeStatus parse(String out) {
        String t = out == null ? "" : out.strip();
        Matcher m = STATE.matcher(t);
        int state = m.find() ? m.group(1).charAt(0) - '0' : -1;
        Matcher p = PROGRESS.matcher(t);
        Integer pct = null;
        if (p.find()) {
            try {
                pct = Math.min(100, Integer.parseInt(p.group(1)));
            } catch (NumberFormatException e) {
                pct = null;
            }
        }
        return new AtaSanitizeStatus(state, pct, t.contains("Completed Without Error"), t);
    }

    /** SD2: still running. */
    public boolean inProgress() {
        return state == 2;
    }

    /** SD4, or SD0 with the last operation completed without error. */
    public boolean succeeded() {
        return state == 4 || (state == 0 && lastCompletedOk);
    }

    /** SD3, or SD1 (frozen). */
    public boolean failed() {
        return state == 3 || state == 1;
    }
}
