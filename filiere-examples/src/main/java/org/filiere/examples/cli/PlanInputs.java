package org.filiere.examples.cli;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.filiere.validation.Violation;
import org.filiere.wipe.schedule.Dock;
import org.filiere.wipe.schedule.OpeningHours;
import org.filiere.wipe.schedule.Station;
import org.filiere.wipe.schedule.Task;
import org.filiere.wipe.schedule.Workload;

/**
 * The input documents of {@code filiere plan} ({@code station.json}, {@code tasks.json}, contract
 * {@code plan.md}), their validation (every problem with its JSON path) and their conversion to the planner's
 * model. Immutable.
 */
final class PlanInputs {
    private PlanInputs() {
    }

    /** {@code station.json}. */
    record StationDoc(@NotBlank String timeZone, @NotNull @Min(1) Integer operators,
                      @NotNull @Min(1) Long handlingSeconds,
                      @NotEmpty List<@NotNull @Valid WindowDoc> openingHours,
                      @NotEmpty List<@NotNull @Valid DockDoc> docks) {
    }

    /** One opening window. */
    record WindowDoc(@NotEmpty List<@NotNull DayOfWeek> days, @NotNull LocalTime from, @NotNull LocalTime to) {
    }

    /** One dock. */
    record DockDoc(@NotBlank String id, @NotNull @Min(1) Integer bays,
                   @NotNull @DecimalMin(value = "0", inclusive = false) Double busMBps,
                   @NotNull Boolean ataPassThrough) {
    }

    /** {@code tasks.json}. */
    record TasksDoc(@NotNull OffsetDateTime start, @NotNull List<@NotNull @Valid TaskDoc> tasks) {
    }

    /** Kinds of task. */
    enum Kind { OVERWRITE, FIRMWARE }

    /** One task; which fields apply depends on {@code kind}. */
    record TaskDoc(@NotBlank String id, @NotNull Kind kind, @Min(1) Long capacityBytes,
                   @DecimalMin(value = "0", inclusive = false) Double driveMBps, @Min(1) Integer passes,
                   @Min(0) Long firmwareSeconds, Boolean requiresAtaPassThrough, OffsetDateTime due) {
    }

    /** Checks what Bean Validation cannot: time zone, from &lt; to, unique ids, fields per kind, pass-through. */
    static List<Violation> crossCheck(StationDoc s, TasksDoc t) {
        List<Violation> out = new ArrayList<>();
        if (s.timeZone() != null && !s.timeZone().isBlank()) {
            try {
                ZoneId.of(s.timeZone());
            } catch (DateTimeException e) {
                out.add(new Violation("timeZone", "UNKNOWN_TIME_ZONE", "unknown time zone '" + s.timeZone() + "'"));
            }
        }
        long longest = 0;
        if (s.openingHours() != null) {
            for (int i = 0; i < s.openingHours().size(); i++) {
                WindowDoc w = s.openingHours().get(i);
                if (w != null && w.from() != null && w.to() != null) {
                    if (!w.from().isBefore(w.to())) {
                        out.add(new Violation("openingHours[" + i + "].from", "FROM_BEFORE_TO",
                                "from must be before to (same day)"));
                    } else {
                        longest = Math.max(longest, w.to().toSecondOfDay() - w.from().toSecondOfDay());
                    }
                }
            }
        }
        if (s.handlingSeconds() != null && longest > 0 && s.handlingSeconds() > longest) {
            out.add(new Violation("handlingSeconds", "HANDLING_FITS_WINDOW",
                    "no opening window is long enough for one handling"));
        }
        boolean anyPassThrough = false;
        if (s.docks() != null) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < s.docks().size(); i++) {
                DockDoc d = s.docks().get(i);
                if (d == null) {
                    continue;
                }
                if (d.id() != null && !ids.add(d.id())) {
                    out.add(new Violation("docks[" + i + "].id", "UNIQUE", "duplicate dock id '" + d.id() + "'"));
                }
                anyPassThrough |= Boolean.TRUE.equals(d.ataPassThrough());
            }
        }
        if (t.tasks() != null) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < t.tasks().size(); i++) {
                TaskDoc d = t.tasks().get(i);
                if (d == null || d.kind() == null) {
                    continue;
                }
                String p = "tasks[" + i + "].";
                if (d.id() != null && !ids.add(d.id())) {
                    out.add(new Violation(p + "id", "UNIQUE", "duplicate task id '" + d.id() + "'"));
                }
                if (d.kind() == Kind.OVERWRITE) {
                    required(out, p + "capacityBytes", d.capacityBytes());
                    required(out, p + "driveMBps", d.driveMBps());
                    required(out, p + "passes", d.passes());
                    forbidden(out, p + "firmwareSeconds", d.firmwareSeconds(), "OVERWRITE");
                    forbidden(out, p + "requiresAtaPassThrough", d.requiresAtaPassThrough(), "OVERWRITE");
                } else {
                    required(out, p + "firmwareSeconds", d.firmwareSeconds());
                    forbidden(out, p + "capacityBytes", d.capacityBytes(), "FIRMWARE");
                    forbidden(out, p + "driveMBps", d.driveMBps(), "FIRMWARE");
                    forbidden(out, p + "passes", d.passes(), "FIRMWARE");
                    if (Boolean.TRUE.equals(d.requiresAtaPassThrough()) && !anyPassThrough && s.docks() != null) {
                        out.add(new Violation(p + "requiresAtaPassThrough", "PASS_THROUGH_DOCK",
                                "this firmware task needs ATA pass-through but no dock has ataPassThrough = true"));
                    }
                }
            }
        }
        return out;
    }

    private static void required(List<Violation> out, String path, Object value) {
        if (value == null) {
            out.add(new Violation(path, "NOT_NULL", "required for this kind of task"));
        }
    }

    private static void forbidden(List<Violation> out, String path, Object value, String kind) {
        if (value != null) {
            out.add(new Violation(path, "NOT_APPLICABLE", "not allowed for a " + kind + " task"));
        }
    }

    static Station station(StationDoc s) {
        List<OpeningHours.Window> windows = s.openingHours().stream()
                .map(w -> new OpeningHours.Window(Set.copyOf(w.days()), w.from(), w.to())).toList();
        List<Dock> docks = s.docks().stream()
                .map(d -> new Dock(d.id(), d.bays(), d.busMBps(), d.ataPassThrough())).toList();
        return new Station(new OpeningHours(ZoneId.of(s.timeZone()), windows), s.operators(), s.handlingSeconds(),
                docks);
    }

    static Workload workload(TasksDoc t) {
        List<Task> tasks = new ArrayList<>();
        for (TaskDoc d : t.tasks()) {
            java.time.Instant due = d.due() == null ? null : d.due().toInstant();
            if (d.kind() == Kind.OVERWRITE) {
                tasks.add(new Task.Overwrite(d.id(), d.capacityBytes(), d.driveMBps(), d.passes(), due));
            } else {
                tasks.add(new Task.Firmware(d.id(), d.firmwareSeconds(),
                        Boolean.TRUE.equals(d.requiresAtaPassThrough()), due));
            }
        }
        return new Workload(t.start().toInstant(), tasks);
    }
}
