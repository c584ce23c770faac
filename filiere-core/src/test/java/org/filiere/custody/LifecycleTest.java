package org.filiere.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.filiere.FiliereException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (state, event) pair: the expected table is written out below, independently of {@link Lifecycle}, and
 * each pair is appended to a real history in that state.
 */
class LifecycleTest {
    /** state -> "EVENT>TARGET ..." ; an event not listed is refused. */
    private static final Map<DeviceState, String> EXPECTED = new EnumMap<>(Map.of(
            DeviceState.NOT_RECEIVED, "RECEIVED>IN_PREPARATION",
            DeviceState.IN_PREPARATION, "TRANSFERRED>IN_PREPARATION MEDIUM_SANITIZED>IN_PREPARATION "
                    + "MEDIUM_DESTROYED>IN_PREPARATION MEDIUM_REMOVED>IN_PREPARATION GRADED>IN_PREPARATION "
                    + "REFURBISHED>REFURBISHED RECYCLED>RECYCLED",
            DeviceState.REFURBISHED, "TRANSFERRED>REFURBISHED GRADED>REFURBISHED REFURBISHED>REFURBISHED "
                    + "MEDIUM_SANITIZED>IN_PREPARATION MEDIUM_DESTROYED>IN_PREPARATION MEDIUM_REMOVED>IN_PREPARATION "
                    + "MADE_AVAILABLE>AVAILABLE RECYCLED>RECYCLED",
            DeviceState.AVAILABLE, "TRANSFERRED>AVAILABLE GRADED>AVAILABLE RESERVED>RESERVED DELIVERED>DELIVERED "
                    + "RECYCLED>RECYCLED",
            DeviceState.RESERVED, "TRANSFERRED>RESERVED RESERVATION_RELEASED>AVAILABLE DELIVERED>DELIVERED",
            DeviceState.DELIVERED, "RETURNED>IN_PREPARATION",
            DeviceState.RECYCLED, ""));

    static DeviceState expectedTarget(DeviceState state, EventType type) {
        for (String pair : EXPECTED.get(state).split(" ")) {
            String[] p = pair.split(">");
            if (p[0].equals(type.name())) {
                return DeviceState.valueOf(p[1]);
            }
        }
        return null;
    }

    static Stream<Arguments> everyPair() {
        List<Arguments> all = new ArrayList<>();
        for (DeviceState s : DeviceState.values()) {
            for (EventType e : EventType.values()) {
                all.add(Arguments.of(s, e));
            }
        }
        return all.stream();
    }

    @Test
    void everyStateIsCoveredByTheExpectedTable() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(DeviceState.values());
        assertThat(everyPair()).hasSize(DeviceState.values().length * EventType.values().length);
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyPair")
    void theTableAndTheHistoryAgreeOnEveryStateEventPair(DeviceState state, EventType type) {
        DeviceState expected = expectedTarget(state, type);
        DeviceHistory history = CustodyFixtures.historyIn(state);
        assertThat(history.state()).isEqualTo(state);
        CustodyEvent event = CustodyFixtures.sample(type, history);

        assertThat(Lifecycle.target(state, type)).isEqualTo(java.util.Optional.ofNullable(expected));
        if (expected != null) {
            DeviceHistory next = history.append(event);
            assertThat(next.state()).isEqualTo(expected);
            assertThat(next.events()).hasSize(history.events().size() + 1).last().isEqualTo(event);
            assertThat(history.events()).doesNotContain(event); // the original is unchanged
        } else {
            assertThatThrownBy(() -> history.append(event))
                    .isInstanceOf(FiliereException.class)
                    .satisfies(ex -> {
                        FiliereException fe = (FiliereException) ex;
                        assertThat(fe.context()).containsEntry("state", state).containsEntry("event", type)
                                .containsEntry("allowed", Lifecycle.allowed(state));
                    })
                    .hasMessageContaining(state.name()).hasMessageContaining(type.name());
        }
    }

    @Test
    void recycledIsTerminal() {
        assertThat(Lifecycle.allowed(DeviceState.RECYCLED)).isEmpty();
        DeviceHistory recycled = CustodyFixtures.historyIn(DeviceState.RECYCLED);
        assertThatThrownBy(() -> recycled.append(CustodyFixtures.sample(EventType.GRADED, recycled)))
                .hasMessageContaining("a recycled device accepts no further event");
    }
}
