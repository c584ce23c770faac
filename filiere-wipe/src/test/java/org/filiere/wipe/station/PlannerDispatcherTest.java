package org.filiere.wipe.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.filiere.sanitization.Technique;
import org.filiere.wipe.schedule.Plan;
import org.filiere.wipe.schedule.WipePlanner;
import org.junit.jupiter.api.Test;

class PlannerDispatcherTest {

    private static List<StationTask> mix() {
        List<StationTask> tasks = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            tasks.add(SimStation.hdd("HDD-" + i, i % 2 == 0 ? 500 : 320));
        }
        for (int i = 0; i < 5; i++) {
            tasks.add(SimStation.ssdFirmware("SSD-" + i));
        }
        return tasks;
    }

    @Test
    void theRunnerDrivenByThePlannerErasesEverythingWithinOpeningHoursAndPassThroughRules() {
        SimStation s = SimStation.hub();
        PlannerDispatcher dispatcher = new PlannerDispatcher();
        StationReport report = new StationRunner(s.station, s.engine, s.ledger, s.time, dispatcher)
                .run(mix(), StationListener.NONE);
        assertThat(report.allErased()).isTrue();
        assertThat(dispatcher.plans()).isGreaterThan(1);
        for (Execution e : report.executions()) {
            assertThat(s.station.openingHours().contains(e.loadedAt(), Duration.ofMinutes(2))).isTrue();
            if (e.task().job().technique() != Technique.OVERWRITE) {
                assertThat(e.bay().dockId()).isEqualTo("sata1");
            }
        }
    }

    @Test
    void whenDisksRunAsEstimatedTheRunEndsWhenThePlanSaysWithinAnHour() {
        SimStation s = SimStation.hub();
        for (StationTask t : mix()) {
            // drives exactly as fast as the planner assumes
            s.behaviour.put(t.id(), SimulatedDrive.healthy(t.workload().kind() == Workload.Kind.OVERWRITE
                    ? t.workload().driveMBps() : 1, t.workload().firmwareSeconds()));
        }
        Plan plan = new WipePlanner().plan(PlannerDispatcher.toStation(s.station),
                new org.filiere.wipe.schedule.Workload(SimStation.TUESDAY_9H,
                        mix().stream().map(PlannerDispatcher::toTask).toList()));
        StationReport report = new StationRunner(s.station, s.engine, s.ledger, s.time, new PlannerDispatcher())
                .run(mix(), StationListener.NONE);
        assertThat(report.makespan().getSeconds()).isCloseTo((long) plan.makespanSeconds(),
                org.assertj.core.data.Offset.offset(3600L));
    }
}
