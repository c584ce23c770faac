package org.filiere.wipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.filiere.wipe.discovery.Inspector;
import org.filiere.wipe.discovery.LsblkParser;
import org.filiere.wipe.discovery.SmartctlParser;
import org.filiere.wipe.hdparm.AtaSanitizeStatus;
import org.filiere.wipe.hdparm.HdparmIdentifyParser;
import org.filiere.wipe.hdparm.HiddenAreaReport;
import org.filiere.wipe.internal.Json;
import org.filiere.wipe.nvme.NvmeIdCtrlParser;
import org.filiere.wipe.nvme.SanitizeLog;
import org.filiere.wipe.nwipe.NwipeLog;
import org.filiere.wipe.nwipe.NwipeLogParser;
import org.filiere.wipe.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parser, fed mutated, truncated and random versions of real outputs, either returns a value or throws its
 * documented {@link ToolOutputException}: never a NullPointerException, NumberFormatException, StackOverflowError...
 * The nwipe parser never throws at all, and a mutated log never proves an erasure the original did not.
 */
class ParserFuzzTest {
    private static final int ROUNDS = 400;

    static Stream<Arguments> parsers() {
        Consumer<String> nwipe = s -> {
            NwipeLog log = NwipeLogParser.parse(s);
            log.outcome("loop0");
            log.outcome("/dev/sdb");
        };
        return Stream.of(
                Arguments.of("nwipe", (Consumer<String>) nwipe, List.of("nwipe/real-033-success.log",
                        "nwipe/real-033-readonly.log", "nwipe/real-033-verifyfail.log", "nwipe/real-033-abort.log",
                        "nwipe/derived-041-two-drives.log", "nwipe/01_pr325_loop_device_summary_excerpt.log")),
                Arguments.of("hdparm -I", (Consumer<String>) HdparmIdentifyParser::parse, List.of(
                        "hdparm/01_intel_ssd_frozen.txt", "hdparm/02_seagate_hdd_5400_not_frozen.txt",
                        "hdparm/derived-intel-ssd-sanitize-not-frozen.txt")),
                Arguments.of("nvme id-ctrl", (Consumer<String>) NvmeIdCtrlParser::parse, List.of(
                        "nvme/01_samsung_pm1733_id-ctrl_H.txt", "nvme/derived-samsung-pm1733-id-ctrl.json")),
                Arguments.of("smartctl", (Consumer<String>) SmartctlParser::parse, List.of(
                        "smartctl/derived-intel-ssd-smartctl-j-a.json", "smartctl/derived-failing-hdd-smartctl-j-a.json",
                        "smartctl/real-virtio-unable.json")),
                Arguments.of("lsblk", (Consumer<String>) LsblkParser::parse, List.of("lsblk/real-loop.json")),
                Arguments.of("inspect", (Consumer<String>) Inspector::inspect, List.of(
                        "hdparm/01_intel_ssd_frozen.txt", "lsblk/real-loop.json",
                        "nvme/derived-samsung-pm1733-id-ctrl.json", "smartctl/derived-failing-hdd-smartctl-j-a.json")),
                Arguments.of("json", (Consumer<String>) s -> Json.parse("fuzz", s), List.of("lsblk/real-loop.json")),
                Arguments.of("status parsers", (Consumer<String>) s -> {
                    AtaSanitizeStatus.parse(s);
                    SanitizeLog.parse(s).completed();
                    HiddenAreaReport.from(s, s);
                }, List.of("hdparm/01_intel_ssd_frozen.txt")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsers")
    void mutatedInputsGiveAValueOrTheDocumentedParseError(String name, Consumer<String> parser, List<String> seeds) {
        List<String> inputs = new ArrayList<>();
        for (String seed : seeds) {
            String text = Fixtures.read(seed);
            Random rnd = new Random(seed.hashCode());
            for (int i = 0; i < ROUNDS; i++) {
                inputs.add(mutate(text, rnd));
            }
            for (int cut = 0; cut < text.length(); cut += Math.max(1, text.length() / 60)) {
                inputs.add(text.substring(0, cut));
            }
        }
        Random rnd = new Random(1);
        for (int i = 0; i < 200; i++) {
            inputs.add(randomText(rnd));
        }
        inputs.add("");
        inputs.add("[".repeat(100_000));
        inputs.add("{\"a\":".repeat(10_000));
        inputs.add("\u0000\uFFFD\uD800");
        int parseErrors = 0;
        for (String in : inputs) {
            try {
                parser.accept(in);
            } catch (ToolOutputException e) {
                parseErrors++;
                assertThat(e.getMessage()).isNotBlank();
            } catch (Throwable t) {
                throw new AssertionError(name + " threw " + t + " on input:\n" + abbreviate(in), t);
            }
        }
        if (name.equals("nwipe") || name.equals("status parsers")) {
            assertThat(parseErrors).as("this parser never throws").isZero();
        }
    }

    @org.junit.jupiter.api.Test
    void aMutatedFailureLogNeverBecomesAnErasure() {
        for (String seed : List.of("nwipe/real-033-readonly.log", "nwipe/real-033-verifyfail.log",
                "nwipe/real-033-abort.log")) {
            String text = Fixtures.read(seed);
            Random rnd = new Random(seed.hashCode());
            for (int i = 0; i < 2000; i++) {
                String m = mutate(text, rnd);
                NwipeLog.Outcome o = NwipeLogParser.parse(m).outcome("loop0");
                if (o.verdict() == NwipeLog.Verdict.ERASED) {
                    // only possible if the mutation rewrote the status cell to exactly " Erased " AND cleared
                    // every error count and the flag; then the text genuinely says Erased
                    assertThat(m).contains("| Erased |");
                }
            }
        }
    }

    static String mutate(String text, Random rnd) {
        StringBuilder sb = new StringBuilder(text);
        int ops = 1 + rnd.nextInt(6);
        for (int k = 0; k < ops && sb.length() > 0; k++) {
            int pos = rnd.nextInt(sb.length());
            switch (rnd.nextInt(7)) {
                case 0 -> sb.setCharAt(pos, (char) rnd.nextInt(0x3000));
                case 1 -> sb.delete(pos, Math.min(sb.length(), pos + rnd.nextInt(200)));
                case 2 -> sb.insert(pos, randomText(rnd));
                case 3 -> sb.setLength(pos);
                case 4 -> sb.insert(pos, "|||| : = 0x -1 99999999999999999999999 ");
                case 5 -> sb.replace(pos, Math.min(sb.length(), pos + 3), "\n\t*");
                default -> {
                    int a = rnd.nextInt(sb.length());
                    String chunk = sb.substring(Math.min(a, pos), Math.max(a, pos));
                    sb.insert(rnd.nextInt(sb.length() + 1), chunk);
                }
            }
        }
        return sb.toString();
    }

    static String randomText(Random rnd) {
        int n = rnd.nextInt(300);
        String alphabet = "{}[]\":,|!*-0123456789abcxyzERASED \t\n\\/";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(rnd.nextInt(10) == 0 ? (char) rnd.nextInt(0xFFFF) : alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }
}
