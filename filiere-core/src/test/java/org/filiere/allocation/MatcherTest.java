package org.filiere.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.allocation.Fixtures.device;
import static org.filiere.allocation.Fixtures.request;
import static org.filiere.device.DeviceCategory.DESKTOP;
import static org.filiere.device.DeviceCategory.LAPTOP;
import static org.filiere.device.DeviceCategory.TABLET;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.filiere.FiliereException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MatcherTest {

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("contract example: priority request first, each gets its category",
                        List.of(device("D-10", LAPTOP, 8, 256, "2026-06-01"), device("D-11", DESKTOP, 4, 500, "2026-06-02")),
                        List.of(request("R-1", DESKTOP, 4, 0, "2026-05-01"),
                                request("R-2", LAPTOP, 8, 0, "2026-05-15", PriorityPublic.DEMATERIALISATION_CONSTRAINED)),
                        "R-2>D-10 R-1>D-11", ""),
                Arguments.of("a priority request beats an older non-priority one for the only device",
                        List.of(device("D-1", LAPTOP, 8, 256, "2026-06-01")),
                        List.of(request("R-1", LAPTOP, 4, 0, "2026-01-01"),
                                request("R-2", LAPTOP, 4, 0, "2026-05-01", PriorityPublic.ISOLATED_SENIOR)),
                        "R-2>D-1", "R-1:TAKEN_BY_HIGHER_PRIORITY[R-2]"),
                Arguments.of("among equals the oldest request wins, then the smallest id",
                        List.of(device("D-1", LAPTOP, 8, 256, "2026-06-01"), device("D-2", LAPTOP, 8, 256, "2026-06-01")),
                        List.of(request("R-3", LAPTOP, 4, 0, "2026-05-02"), request("R-2", LAPTOP, 4, 0, "2026-05-01"),
                                request("R-1", LAPTOP, 4, 0, "2026-05-02")),
                        "R-2>D-1 R-1>D-2", "R-3:TAKEN_BY_HIGHER_PRIORITY[R-2,R-1]"),
                Arguments.of("several priority publics do not outrank one",
                        List.of(device("D-1", LAPTOP, 8, 256, "2026-06-01")),
                        List.of(request("R-1", LAPTOP, 4, 0, "2026-05-01", PriorityPublic.ILLITERACY),
                                request("R-2", LAPTOP, 4, 0, "2026-05-02", PriorityPublic.ILLITERACY,
                                        PriorityPublic.ISOLATED_SENIOR)),
                        "R-1>D-1", "R-2:TAKEN_BY_HIGHER_PRIORITY[R-1]"),
                Arguments.of("best fit keeps the big device for the request that needs it",
                        List.of(device("D-big", LAPTOP, 16, 512, "2026-06-01"), device("D-small", LAPTOP, 4, 128, "2026-06-05")),
                        List.of(request("R-1", LAPTOP, 4, 0, "2026-05-01"), request("R-2", LAPTOP, 16, 0, "2026-05-02")),
                        "R-1>D-small R-2>D-big", ""),
                Arguments.of("equal specs: the device available the longest goes first",
                        List.of(device("D-new", LAPTOP, 8, 256, "2026-06-05"), device("D-old", LAPTOP, 8, 256, "2026-05-01")),
                        List.of(request("R-1", LAPTOP, 4, 0, "2026-05-01")),
                        "R-1>D-old", ""),
                Arguments.of("only AVAILABLE devices are matched",
                        List.of(device("D-1", LAPTOP, 8, 256, StockState.RESERVED),
                                device("D-2", LAPTOP, 8, 256, StockState.IN_PREPARATION),
                                device("D-3", LAPTOP, 8, 256, StockState.AWAITING_GRADING)),
                        List.of(request("R-1", LAPTOP, 4, 0, "2026-05-01")),
                        "", "R-1:NO_DEVICE_OF_CATEGORY"),
                Arguments.of("no device of the category",
                        List.of(device("D-1", LAPTOP, 8, 256, "2026-06-01")),
                        List.of(request("R-1", TABLET, 0, 0, "2026-05-01")),
                        "", "R-1:NO_DEVICE_OF_CATEGORY"),
                Arguments.of("category exists but not enough RAM",
                        List.of(device("D-1", LAPTOP, 4, 1000, "2026-06-01")),
                        List.of(request("R-1", LAPTOP, 8, 0, "2026-05-01")),
                        "", "R-1:NOT_ENOUGH_RAM"),
                Arguments.of("enough RAM but not enough storage on the same device",
                        List.of(device("D-1", LAPTOP, 8, 128, "2026-06-01"), device("D-2", LAPTOP, 4, 512, "2026-06-01")),
                        List.of(request("R-1", LAPTOP, 8, 256, "2026-05-01")),
                        "", "R-1:NOT_ENOUGH_STORAGE"),
                Arguments.of("minimums are inclusive",
                        List.of(device("D-1", LAPTOP, 8, 256, "2026-06-01")),
                        List.of(request("R-1", LAPTOP, 8, 256, "2026-05-01")),
                        "R-1>D-1", ""),
                Arguments.of("a device is never given twice, a request never served twice",
                        List.of(device("D-1", DESKTOP, 8, 256, "2026-06-01"), device("D-2", DESKTOP, 8, 256, "2026-06-02")),
                        List.of(request("R-1", DESKTOP, 4, 0, "2026-05-01")),
                        "R-1>D-1", ""),
                Arguments.of("empty stock and empty requests",
                        List.of(), List.of(), "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void proposesAndExplains(String name, List<StockDevice> stock, List<DeviceRequest> requests,
                             String expectedAllocations, String expectedUnserved) {
        MatchResult result = Matcher.propose(stock, requests);
        assertThat(render(result.allocations())).isEqualTo(expectedAllocations);
        assertThat(renderUnserved(result.unserved())).isEqualTo(expectedUnserved);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void resultDoesNotDependOnInputOrder(String name, List<StockDevice> stock, List<DeviceRequest> requests,
                                         String ignored1, String ignored2) {
        MatchResult reference = Matcher.propose(stock, requests);
        Random random = new Random(42);
        for (int i = 0; i < 10; i++) {
            List<StockDevice> s = new ArrayList<>(stock);
            List<DeviceRequest> r = new ArrayList<>(requests);
            Collections.shuffle(s, random);
            Collections.shuffle(r, random);
            assertThat(Matcher.propose(s, r)).isEqualTo(reference);
        }
    }

    @Test
    void unservedMessageNamesTheMissingSpec() {
        MatchResult r = Matcher.propose(List.of(device("D-1", LAPTOP, 4, 100, "2026-06-01")),
                List.of(request("R-1", LAPTOP, 8, 0, "2026-05-01")));
        assertThat(r.unserved().get(0).message()).contains("LAPTOP").contains("8 GB RAM");
    }

    @Test
    void duplicateIdsAreRefused() {
        assertThatThrownBy(() -> Matcher.propose(
                List.of(device("D-1", LAPTOP, 8, 256, "2026-06-01"), device("D-1", LAPTOP, 4, 256, "2026-06-01")),
                List.of())).isInstanceOf(FiliereException.class).hasMessageContaining("D-1");
        assertThatThrownBy(() -> Matcher.propose(List.of(),
                List.of(request("R-1", LAPTOP, 8, 0, "2026-05-01"), request("R-1", LAPTOP, 4, 0, "2026-05-02"))))
                .isInstanceOf(FiliereException.class).hasMessageContaining("R-1");
    }

    private static String render(List<Allocation> allocations) {
        return allocations.stream().map(a -> a.requestId() + ">" + a.deviceId()).collect(Collectors.joining(" "));
    }

    private static String renderUnserved(List<Unserved> unserved) {
        return unserved.stream().map(u -> u.requestId() + ":" + u.reason()
                        + (u.takenBy().isEmpty() ? "" : "[" + String.join(",", u.takenBy()) + "]"))
                .collect(Collectors.joining(" "));
    }
}
