package org.filiere.wipe.nwipe;

import java.time.Duration;
import java.util.List;
import org.filiere.internal.Require;

/**
 * What nwipe's log says about one device: its summary-table rows and the log lines about it. Fields a layout
 * does not print are null. Immutable.
 *
 * @param device            the device name as in the tables ({@code sda}, {@code loop0}: no {@code /dev/})
 * @param status            the Drive Status cell, or null when the row is missing or garbled
 * @param flagged           the row started with {@code !} (nwipe flags a problem)
 * @param passErrors        Error Summary: pass errors, or null when that row is missing
 * @param verificationErrors Error Summary: verification errors, or null
 * @param syncErrors        Error Summary: fdatasync I/O errors (0.31+ layouts), or null
 * @param throughput        Drive Status throughput cell as printed ({@code "140 MB/s"}), or null
 * @param throughputBytesPerSecond the same in bytes per second (decimal units), or null
 * @param duration          Drive Status {@code HH:MM:SS}, or null
 * @param model             model as printed (truncated to 17 characters by nwipe), or null
 * @param serial            serial as printed, or null (blank for loop devices)
 * @param bytesErased       0.41+ Erasure Summary bytes erased, or null
 * @param bytesTotal        0.41+ Erasure Summary bytes total, or null
 * @param bytesWritten      sum of the {@code bytes written} log lines
 * @param bytesRead         sum of the {@code bytes read} log lines
 * @param largestPassBytes  the largest single {@code bytes written} report (one full pass when complete)
 * @param problems          error/fatal log lines and {@code [FAILURE]} lines about this device, in order
 * @param rowProblem        why the Drive Status row could not be read, or null when it was read
 */
public record DeviceSummary(String device, DriveStatus status, boolean flagged, Long passErrors,
                            Long verificationErrors, Long syncErrors, String throughput,
                            Long throughputBytesPerSecond, Duration duration, String model, String serial,
                            Long bytesErased, Long bytesTotal, long bytesWritten, long bytesRead,
                            long largestPassBytes, List<String> problems, String rowProblem) {
    public DeviceSummary {
        Require.nonBlank(device, "device");
        problems = Require.copy(problems, "problems");
    }
}
