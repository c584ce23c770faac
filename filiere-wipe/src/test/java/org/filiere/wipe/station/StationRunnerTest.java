package org.filiere.wipe.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.filiere.ledger.Ledger;
import org.filiere.ledger.LedgerEntry;
import org.filiere.ledger.LedgerState;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.Technique;
import org.junit.jupiter.api.Test;

class StationRunnerTest {

    private static List<StationTask> hdds(int n) {
        List<StationTask> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(SimStation.hdd("HDD-" + i, 500));
        }
        return out;
    }

    @Test
    void everyTaskIsErasedAndEachOutcomeIsJournalledBeforeItIsReported() {
        SimStation s = SimStation.hub();
        List<String> violations = new CopyOnWriteArrayList<>();
        StationReport report = s.runner().run(hdds(12), new StationListener() {
            @Override
            public void onOutcome(TaskOutcome o) {
                LedgerState st = s.ledger.state();
                if (o instanceof TaskOutcome.Erased e && !st.records(e.task().mediumSerial()).contains(e.record())) {
                    violations.add(e.task().id());
                }
            }
        });
        assertThat(violations).isEmpty();
        assertThat(report.allErased()).isTrue();
        assertThat(report.outcomes()).allMatch(o -> o instanceof TaskOutcome.Erased);
        assertThat(s.ledger.state().unfinishedWipes()).isEmpty();
        long started = s.ledger.entries().stream().filter(e -> e instanceof LedgerEntry.WipeStarted).count();
        assertThat(started).isEqualTo(12);
    }

    @Test
    void eightOverwritesShareTheUsbBusFairly() {
        // 8 HDDs of 500 GB, 3 passes each, 120 MB/s drives on a 400 MB/s bus: each gets 50 MB/s,
        // so each takes 1.5e6 MB / 50 = 30 000 s; always open, no handling.
        SimStation s = SimStation.alwaysOpen();
        s.station.docks();
        List<StationTask> tasks = hdds(8);
        StationReport report = new StationRunner(new Station(List.of(s.station.dock("usb8")),
                OpeningHours.always(), 8, Duration.ZERO), s.engine, s.ledger, s.time, new GreedyDispatcher())
                .run(tasks, StationListener.NONE);
        assertThat(report.makespan().getSeconds()).isBetween(29_500L, 30_500L);
        assertThat(report.executions()).extracting(e -> e.bay().dockId()).containsOnly("usb8");
    }

    @Test
    void loadsHappenOnlyDuringOpeningHoursOneOperatorAtATime() {
        SimStation s = SimStation.hub();
        StationReport report = s.runner().run(hdds(20), StationListener.NONE);
        ZoneId paris = SimStation.PARIS;
        List<Instant> loads = new ArrayList<>();
        for (Execution e : report.executions()) {
            if (e.attempt() == 1) {
                assertThat(s.station.openingHours().contains(e.loadedAt(), Duration.ofMinutes(2)))
                        .as("load of %s at %s", e.task().id(), e.loadedAt().atZone(paris)).isTrue();
                assertThat(e.ioStart()).isEqualTo(e.loadedAt().plus(Duration.ofMinutes(2)));
                loads.add(e.loadedAt());
            }
        }
        loads.sort(Instant::compareTo);
        for (int i = 1; i < loads.size(); i++) {
            assertThat(Duration.between(loads.get(i - 1), loads.get(i))).isGreaterThanOrEqualTo(Duration.ofMinutes(2));
        }
        // 20 tasks do not fit 9 bays: some loads wait for a bay freed in the night, i.e. the next opening
        assertThat(report.executions()).anyMatch(e -> e.loadedAt().atZone(paris).getHour() == 9
                && e.loadedAt().isAfter(SimStation.TUESDAY_9H.plus(Duration.ofHours(20))));
    }

    @Test
    void firmwareTasksNeedingPassThroughRunInTheSataBayAndOverwritesKeepOutOfIt() {
        SimStation s = SimStation.alwaysOpen();
        List<StationTask> tasks = new ArrayList<>(hdds(4));
        tasks.add(SimStation.ssdFirmware("SSD-1"));
        tasks.add(SimStation.ssdFirmware("SSD-2"));
        StationReport report = s.runner().run(tasks, StationListener.NONE);
        assertThat(report.allErased()).isTrue();
        for (Execution e : report.executions()) {
            assertThat(e.bay().dockId()).isEqualTo(e.task().job().technique() == Technique.OVERWRITE ? "usb8" : "sata1");
        }
    }

    @Test
    void aFailureIsRetriedOnceInTheSameBayThenTheMediumIsMarkedForDestruction() {
        SimStation s = SimStation.alwaysOpen();
        s.behaviour.put("HDD-0", SimulatedDrive.healthy(120, 0).failing(1, "write error on sector 1234"));
        s.behaviour.put("HDD-1", SimulatedDrive.healthy(120, 0).failing(2, "write error on sector 99"));
        List<String> retried = new ArrayList<>();
        StationReport report = s.runner().run(hdds(3), new StationListener() {
            @Override
            public void onRetry(StationTask task, Bay bay, String reason) {
                retried.add(task.id());
            }
        });
        assertThat(retried).containsExactlyInAnyOrder("HDD-0", "HDD-1");
        assertThat(report.outcomes().get(0)).isInstanceOfSatisfying(TaskOutcome.Erased.class,
                e -> assertThat(e.attempts()).isEqualTo(2));
        assertThat(report.outcomes().get(1)).isInstanceOfSatisfying(TaskOutcome.ForDestruction.class, d -> {
            assertThat(d.reason()).contains("failed twice").contains("sector 99");
            assertThat(d.attempts()).hasSize(2);
        });
        assertThat(report.outcomes().get(2)).isInstanceOf(TaskOutcome.Erased.class);
        List<Execution> hdd0 = report.executions().stream().filter(e -> e.task().id().equals("HDD-0")).toList();
        assertThat(hdd0).hasSize(2);
        assertThat(hdd0.get(1).bay()).isEqualTo(hdd0.get(0).bay());
        assertThat(s.ledger.entries()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(
                LedgerEntry.DestructionRequired.class, c -> {
                    assertThat(c.mediumSerial()).isEqualTo("HDD-1");
                    assertThat(c.attempts()).isEqualTo(2);
                    assertThat(c.reason()).contains("sector 99");
                }));
    }

    @Test
    void aRefusedFirmwareCommandIsNotRetriedNorSentToDestruction() {
        SimStation s = SimStation.alwaysOpen();
        StationTask t = SimStation.ssdFirmware("SSD-X");
        // The drive does not support what the task asks: the engine refuses without touching it.
        StationTask wrong = new StationTask(t.id(), org.filiere.wipe.engine.WipeJob.firmware(t.job().target(),
                Technique.ATA_SECURITY_ERASE), t.required(), t.workload(), null, null);
        StationReport report = s.runner().run(List.of(wrong), StationListener.NONE);
        // Nothing was written: the remedy is another technique or bay, not the shredder.
        assertThat(report.outcomes().get(0)).isInstanceOf(TaskOutcome.NotRun.class);
        assertThat(report.executions()).hasSize(1);
        assertThat(s.ledger.entries()).noneMatch(e -> e instanceof LedgerEntry.DestructionRequired);
    }

    @Test
    void aSlowerDiskDelaysOnlyItsOwnBayAndFreedBaysAreRefilledAtOnce() {
        SimStation s = SimStation.alwaysOpen();
        s.behaviour.put("HDD-0", SimulatedDrive.healthy(30, 0));
        Station one = new Station(List.of(new Dock("usb8", 2, 1000, false, "/dev/sim/usb8/")),
                OpeningHours.always(), 2, Duration.ZERO);
        SimulatedEngine engine = new SimulatedEngine(s.time, new org.filiere.wipe.engine.WipeContext(s.time.clock(),
                "t", "hub"), one, m -> s.behaviour.getOrDefault(m.serialNumber(), SimulatedEngine.typical(m)));
        StationReport report = new StationRunner(one, engine, s.ledger, s.time, new GreedyDispatcher())
                .run(hdds(5), StationListener.NONE);
        Execution slow = report.executions().stream().filter(e -> e.task().id().equals("HDD-0")).findFirst().get();
        List<Execution> others = report.executions().stream().filter(e -> !e.task().id().equals("HDD-0")).toList();
        assertThat(others).allMatch(e -> !e.bay().equals(slow.bay()));
        // each of the 4 others ran back to back in the other bay
        for (int i = 1; i < others.size(); i++) {
            assertThat(others.get(i).loadedAt()).isEqualTo(others.get(i - 1).end());
        }
        assertThat(report.allErased()).isTrue();
    }

    @Test
    void restartAfterACrashKeepsErasedMediaAndRedoesTheInterruptedOne() {
        SimStation s = SimStation.alwaysOpen();
        List<StationTask> tasks = hdds(3);
        // A first run erased HDD-0; then the station died while wiping HDD-1 (started, never recorded).
        StationReport first = s.runner().run(tasks.subList(0, 1), StationListener.NONE);
        SanitizationRecord done = ((TaskOutcome.Erased) first.outcomes().get(0)).record();
        s.ledger.append(new LedgerEntry.WipeStarted("HDD-1", "/dev/sim/usb8/2", Technique.OVERWRITE, "simulated",
                s.time.now()));
        List<String> recovered = new ArrayList<>();
        StationReport second = s.runner().run(tasks, new StationListener() {
            @Override
            public void onRecovered(LedgerEntry.WipeStarted unfinished) {
                recovered.add(unfinished.mediumSerial());
            }
        });
        assertThat(recovered).containsExactly("HDD-1");
        assertThat(second.outcomes().get(0)).isEqualTo(new TaskOutcome.AlreadyErased(tasks.get(0), done));
        assertThat(second.outcomes().get(1)).isInstanceOf(TaskOutcome.Erased.class);
        assertThat(second.outcomes().get(2)).isInstanceOf(TaskOutcome.Erased.class);
        assertThat(second.executions()).extracting(e -> e.task().id()).containsExactlyInAnyOrder("HDD-1", "HDD-2");
        List<LedgerEntry> entries = s.ledger.entries();
        assertThat(entries).anyMatch(e -> e instanceof LedgerEntry.WipeInterrupted w && w.mediumSerial().equals("HDD-1"));
        assertThat(s.ledger.state().unfinishedWipes()).isEmpty();
    }

    @Test
    void cancellingEndsRunningWipesJournalsThemAsInterruptedAndLoadsNothingMore() {
        SimStation s = SimStation.alwaysOpen();
        List<StationTask> tasks = hdds(12);
        StationRunner runner = s.runner();
        StationReport report = runner.run(tasks, new StationListener() {
            @Override
            public void onProgress(StationTask task, Bay bay, org.filiere.wipe.engine.Progress p) {
                if (p.fraction() != null && p.fraction() > 0.3) {
                    runner.cancel();
                }
            }
        });
        // the 8 loaded ones stop (one may have just finished), the 4 waiting ones are never loaded
        assertThat(report.executions()).hasSize(8);
        assertThat(report.outcomes()).allMatch(o -> o instanceof TaskOutcome.Interrupted || o.erased());
        assertThat(report.outcomes().subList(8, 12)).allMatch(o -> o instanceof TaskOutcome.Interrupted i
                && i.record() == null);
        long recordedInterrupted = s.ledger.entries().stream().filter(e -> e instanceof LedgerEntry.SanitizationRecorded r
                && r.record().result() instanceof SanitizationResult.Interrupted).count();
        assertThat(recordedInterrupted).isEqualTo(8 - report.outcomes(TaskOutcome.Erased.class).size())
                .isGreaterThanOrEqualTo(6);
        assertThat(s.ledger.state().unfinishedWipes()).isEmpty();
    }

    @Test
    void aJournalThatCannotBeWrittenStopsTheRun() {
        SimStation s = SimStation.alwaysOpen();
        Ledger broken = new Ledger() {
            @Override
            public void append(LedgerEntry entry) {
                if (entry instanceof LedgerEntry.SanitizationRecorded) {
                    throw new org.filiere.FiliereException("disk full");
                }
            }

            @Override
            public List<LedgerEntry> entries() {
                return List.of();
            }
        };
        List<TaskOutcome> reported = new ArrayList<>();
        StationRunner runner = new StationRunner(s.station, s.engine, broken, s.time, new GreedyDispatcher());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.run(hdds(2), new StationListener() {
            @Override
            public void onOutcome(TaskOutcome o) {
                reported.add(o);
            }
        })).hasMessageContaining("disk full");
        assertThat(reported).isEmpty();
    }

    @Test
    void aMonthOfHubWorkRunsOnTheVirtualClock() {
        SimStation s = SimStation.hub();
        List<StationTask> tasks = new ArrayList<>(hdds(150));
        for (int i = 0; i < 30; i++) {
            tasks.add(SimStation.ssdFirmware("SSD-" + i));
        }
        StationReport report = s.runner().run(tasks, StationListener.NONE);
        assertThat(report.allErased()).isTrue();
        assertThat(report.makespan()).isGreaterThan(Duration.ofDays(14));
    }
}
