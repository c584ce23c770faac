package org.filiere.wipe.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.filiere.wipe.process.Cancellation;
import org.filiere.wipe.process.OutputListener;
import org.filiere.wipe.process.ProcessResult;
import org.filiere.wipe.process.ProcessRunner;
import org.filiere.wipe.process.ProcessSpec;

/**
 * A {@link ProcessRunner} that replays scripted outputs: each rule matches an argument vector and answers with a
 * result (rules are tried in order; a rule with a count is used that many times). Records every call. An
 * unmatched command fails the test loudly.
 */
public final class FakeProcessRunner implements ProcessRunner {
    private final List<Rule> rules = new ArrayList<>();
    private final List<List<String>> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<ProcessSpec> specs = Collections.synchronizedList(new ArrayList<>());

    private static final class Rule {
        final Predicate<List<String>> matcher;
        final Function<List<String>, ProcessResult> answer;
        int remaining;

        Rule(Predicate<List<String>> matcher, Function<List<String>, ProcessResult> answer, int remaining) {
            this.matcher = matcher;
            this.answer = answer;
            this.remaining = remaining;
        }
    }

    /** Answers every command whose arguments contain all of {@code tokens} with {@code stdout} and exit code. */
    public FakeProcessRunner on(List<String> tokens, int exit, String stdout) {
        return on(tokens, Integer.MAX_VALUE, exit, stdout, "");
    }

    /** As {@link #on(List, int, String)} but only {@code times} times, with stderr. */
    public FakeProcessRunner on(List<String> tokens, int times, int exit, String stdout, String stderr) {
        rules.add(new Rule(cmd -> cmd.containsAll(tokens),
                cmd -> ProcessResult.exited(cmd, exit, lines(stdout), lines(stderr)), times));
        return this;
    }

    /**
     * Answers every command containing all {@code tokens} after running {@code effect}: the fake "firmware"
     * changing the medium a verifier reads (erase, sanitize, format).
     */
    public FakeProcessRunner on(List<String> tokens, Runnable effect, int exit, String stdout) {
        rules.add(new Rule(cmd -> cmd.containsAll(tokens), cmd -> {
            effect.run();
            return ProcessResult.exited(cmd, exit, lines(stdout), List.of());
        }, Integer.MAX_VALUE));
        return this;
    }

    /** A general rule. */
    public FakeProcessRunner on(Predicate<List<String>> matcher, Function<List<String>, ProcessResult> answer) {
        rules.add(new Rule(matcher, answer, Integer.MAX_VALUE));
        return this;
    }

    public static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.split("\n", -1)).subList(0, text.endsWith("\n")
                ? text.split("\n", -1).length - 1 : text.split("\n", -1).length);
    }

    @Override
    public synchronized ProcessResult run(ProcessSpec spec, OutputListener listener, Cancellation cancellation) {
        calls.add(spec.command());
        specs.add(spec);
        for (Rule r : rules) {
            if (r.remaining > 0 && r.matcher.test(spec.command())) {
                r.remaining--;
                ProcessResult res = r.answer.apply(spec.command());
                res.stdout().forEach(l -> listener.onLine(OutputListener.Stream.STDOUT, l));
                res.stderr().forEach(l -> listener.onLine(OutputListener.Stream.STDERR, l));
                return res;
            }
        }
        throw new AssertionError("unexpected command: " + spec.command());
    }

    /** Every argument vector run so far, in order. */
    public List<List<String>> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** Every spec run so far (with timeouts), in order. */
    public List<ProcessSpec> specs() {
        synchronized (specs) {
            return List.copyOf(specs);
        }
    }

    /** The calls whose arguments contain all {@code tokens}. */
    public List<List<String>> callsWith(String... tokens) {
        return calls().stream().filter(c -> c.containsAll(List.of(tokens))).toList();
    }
}
