package org.filiere.wipe.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlanPropertyTest {
    private static final int SEEDS = 400;

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void everyPlanOfRandomInstancesIsFeasibleAndNeverBelowTheLowerBound(Strategy strategy) {
        WipePlanner planner = new WipePlanner();
        for (long seed = 1; seed <= SEEDS; seed++) {
            RandomInstances.Instance in = RandomInstances.random(seed, 30);
            Plan plan = planner.plan(in.station(), in.workload(), strategy);
            List<String> problems = IndependentValidator.validate(in.station(), in.workload(), plan);
            assertThat(problems).as("seed %d, %s", seed, strategy).isEmpty();
            assertThat(plan.makespanSeconds()).as("seed %d", seed).isGreaterThanOrEqualTo(plan.lowerBoundSeconds());
        }
    }

    @Test
    void plannerIsDeterministic() {
        RandomInstances.Instance in = RandomInstances.random(42, 40);
        Plan a = new WipePlanner().plan(in.station(), in.workload());
        Plan b = new WipePlanner().plan(in.station(), in.workload());
        assertThat(a).isEqualTo(b);
    }

    @Test
    void plannerIsNeverWorseThanBothBaselinesOnAverage() {
        WipePlanner planner = new WipePlanner();
        double sumPlanner = 0;
        double sumFifo = 0;
        double sumBatch = 0;
        for (long seed = 1; seed <= 150; seed++) {
            RandomInstances.Instance in = RandomInstances.random(seed, 30);
            sumPlanner += planner.plan(in.station(), in.workload()).ratioToBound();
            sumFifo += planner.plan(in.station(), in.workload(), Strategy.FIFO).ratioToBound();
            sumBatch += planner.plan(in.station(), in.workload(), Strategy.BATCH_FILL).ratioToBound();
        }
        assertThat(sumPlanner).isLessThanOrEqualTo(sumFifo);
        assertThat(sumPlanner).isLessThanOrEqualTo(sumBatch);
    }
}
