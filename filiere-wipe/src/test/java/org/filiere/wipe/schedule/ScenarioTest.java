package org.filiere.wipe.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScenarioTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final WipePlanner planner = new WipePlanner();

    private static Station station(int operators, Set<DayOfWeek> days, LocalTime from, LocalTime to, Dock... docks) {
        return new Station(new OpeningHours(PARIS, List.of(new OpeningHours.Window(days, from, to))), operators,
                120, List.of(docks));
    }

    private static Station hub(int operators) {
        return station(operators, EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0), new Dock("usb8", 8, 400, false), new Dock("sata1", 1, 550, true));
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    @Test
    void daylightSavingWeekendIsOneHourShorterAndHandlingsStayInLocalOpeningHours() {
        Station st = hub(1);
        Instant start = at("2026-03-28T15:00:00+01:00"); // Saturday; clocks go forward on Sunday 29 March
        OpenCalendar cal = new OpenCalendar(st.openingHours(), start, 120);
        long saturdayClose = cal.to(0);
        long tuesdayOpen = cal.from(1);
        assertThat(tuesdayOpen - saturdayClose).isEqualTo(Duration.ofHours(63).toSeconds());
        assertThat(start.plusSeconds(tuesdayOpen).atZone(PARIS).toOffsetDateTime().toString())
                .isEqualTo("2026-03-31T09:00+02:00");
        List<Task> tasks = new ArrayList<>();
        for (int j = 0; j < 30; j++) {
            tasks.add(new Task.Overwrite("d" + j, 250_000_000_000L + j * 40_000_000_000L, 60 + 5 * j, 2, null));
        }
        Workload wl = new Workload(start, tasks);
        for (Strategy s : Strategy.values()) {
            Plan plan = planner.plan(st, wl, s);
            assertThat(IndependentValidator.validate(st, wl, plan)).as(s.label()).isEmpty();
            for (Assignment a : plan.assignments()) {
                ZonedDateTime local = a.start().atZone(PARIS);
                assertThat(local.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(16, 58));
                assertThat(local.getDayOfWeek()).isIn(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
            }
        }
    }

    @Test
    void twoOperatorsLoadTwoBaysAtTheSameInstantOneOperatorCannot() {
        List<Task> tasks = new ArrayList<>();
        for (int j = 0; j < 6; j++) {
            tasks.add(new Task.Overwrite("d" + j, 500_000_000_000L, 100, 1, null));
        }
        Workload wl = new Workload(at("2026-06-02T09:00:00+02:00"), tasks);
        Plan two = planner.plan(hub(2), wl);
        Plan one = planner.plan(hub(1), wl);
        assertThat(IndependentValidator.validate(hub(2), wl, two)).isEmpty();
        assertThat(two.assignments().stream().filter(a -> a.start().equals(wl.start())).count()).isEqualTo(2);
        assertThat(one.assignments().stream().filter(a -> a.start().equals(wl.start())).count()).isEqualTo(1);
        assertThat(two.makespanSeconds()).isLessThanOrEqualTo(one.makespanSeconds());
    }

    @Test
    void aHandlingMayEndExactlyAtClosingButNotOneSecondLater() {
        Workload edge = new Workload(at("2026-06-02T16:58:00+02:00"),
                List.of(new Task.Firmware("f", 60, false, null)));
        Workload late = new Workload(at("2026-06-02T16:58:01+02:00"),
                List.of(new Task.Firmware("f", 60, false, null)));
        for (Strategy s : Strategy.values()) {
            assertThat(planner.plan(hub(1), edge, s).assignments().get(0).start())
                    .isEqualTo(at("2026-06-02T16:58:00+02:00"));
            Plan p = planner.plan(hub(1), late, s);
            assertThat(p.assignments().get(0).start()).isEqualTo(at("2026-06-03T09:00:00+02:00"));
            assertThat(p.lowerBoundSeconds()).isEqualTo(p.makespanSeconds());
        }
    }

    @Test
    void longOverwriteIsLoadedBeforeClosingAndRunsOvernight() {
        Station single = station(1, EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(17, 0),
                new Dock("sata", 1, 550, false));
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task.Overwrite("long", 4_320_000_000_000L, 100, 1, null)); // 12 h
        for (int j = 0; j < 6; j++) {
            tasks.add(new Task.Overwrite("short" + j, 360_000_000_000L, 100, 1, null)); // 1 h each
        }
        Workload wl = new Workload(at("2026-06-02T09:00:00+02:00"), tasks);
        Plan plan = planner.plan(single, wl);
        Plan fifo = planner.plan(single, wl, Strategy.FIFO);
        assertThat(IndependentValidator.validate(single, wl, plan)).isEmpty();
        assertThat(plan.assignmentOf("long").orElseThrow().start().atZone(PARIS).toLocalTime())
                .isAfter(LocalTime.of(15, 0));
        assertThat(plan.makespanSeconds()).isLessThan(fifo.makespanSeconds() * 0.7);
    }

    @Test
    void handlingBoundCountsHowManyLoadsTheCalendarAndOperatorsAllow() {
        // 10-minute daily window, 2-minute handlings: 5 loads a day; 12 loads need three days
        Station st = station(1, EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(9, 10),
                new Dock("big", 20, 400, false));
        List<Task> tasks = new ArrayList<>();
        for (int j = 0; j < 12; j++) {
            tasks.add(new Task.Firmware("f" + j, 60, false, null));
        }
        Workload wl = new Workload(at("2026-06-02T09:00:00+02:00"), tasks);
        Plan plan = planner.plan(st, wl);
        double expected = Duration.ofDays(2).toSeconds() + 120 + 120 + 60; // third day, 2nd slot, + handling + erase
        assertThat(plan.lowerBound().handling()).isEqualTo(expected);
        assertThat(plan.makespanSeconds()).isEqualTo(expected);
        assertThat(IndependentValidator.validate(st, wl, plan)).isEmpty();
    }

    @Test
    void dueDatesAreMetFirstWhenPossible() {
        Station st = station(1, EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(17, 0),
                new Dock("one", 1, 550, false));
        Instant start = at("2026-06-02T09:00:00+02:00");
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task.Overwrite("big", 1_800_000_000_000L, 100, 1, null)); // 5 h
        tasks.add(new Task.Overwrite("urgent", 360_000_000_000L, 100, 1, start.plusSeconds(2 * 3600))); // 1 h
        Workload wl = new Workload(start, tasks);
        Plan plan = planner.plan(st, wl);
        assertThat(plan.late()).isEmpty();
        assertThat(planner.plan(st, wl, Strategy.FIFO).late()).containsExactly("urgent");
    }
}
