package org.filiere.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.filiere.allocation.DeviceRequest;
import org.filiere.allocation.MatchResult;
import org.filiere.allocation.Matcher;
import org.filiere.allocation.StockDevice;
import org.filiere.reporting.allocation.AllocationDocuments;
import org.filiere.reporting.allocation.MatchReport;
import org.filiere.reporting.allocation.RequestsDocument;
import org.filiere.reporting.allocation.StockDocument;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code filiere match --stock FILE --requests FILE [--json]}: proposes devices for requests (see
 * {@link Matcher}). Exit 0 when the documents are valid (unserved requests are a normal outcome), 1 when a
 * document has violations (all reported, with the file), 2 when unreadable.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Propose des appareils disponibles pour les demandes des prescripteurs : publics prioritaires "
                + "d'abord, puis les plus anciennes ; explique les demandes non servies.",
            "Proposes available devices for prescribers' requests: priority publics first, then the oldest; "
                + "explains unserved requests."})
public final class MatchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--stock", required = true, paramLabel = "FILE",
            description = "Stock document: {\"devices\": [{id, category, ramGb, storageGb, state, availableSince}]}.")
    Path stock;

    @Option(names = "--requests", required = true, paramLabel = "FILE",
            description = "Requests document: {\"requests\": [{id, prescriber, beneficiaryRef, priorityPublics, "
                    + "category, minRamGb, createdOn}]}.")
    Path requests;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lang lang = common.lang;
        StockDocument stockDoc = JsonDocuments.read(stock, StockDocument.class);
        RequestsDocument requestsDoc = JsonDocuments.read(requests, RequestsDocument.class);

        List<Problem> problems = new ArrayList<>();
        for (Violation v : AllocationDocuments.validate(stockDoc)) {
            problems.add(problem(stock, v));
        }
        for (Violation v : AllocationDocuments.validate(requestsDoc)) {
            problems.add(problem(requests, v));
        }
        if (!problems.isEmpty()) {
            if (common.json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("valid", false);
                doc.put("violations", problems);
                CommonOptions.printJson(out, doc);
            } else {
                err.println(lang.t("Documents invalides :", "Invalid documents:"));
                for (Problem p : problems) {
                    err.println("  " + p.file() + " " + p.path() + " [" + p.rule() + "] " + p.message());
                }
                err.flush();
            }
            return ExitCodes.PROBLEM;
        }

        List<StockDevice> devices = AllocationDocuments.toDomain(stockDoc);
        List<DeviceRequest> open = AllocationDocuments.toDomain(requestsDoc);
        MatchResult result = Matcher.propose(devices, open);
        MatchReport report = MatchReport.of(result, lang == Lang.EN);
        if (common.json) {
            CommonOptions.printJson(out, report);
            return ExitCodes.OK;
        }
        out.println(lang.t("Attributions proposées (" + report.allocations().size() + ") :",
                "Proposed allocations (" + report.allocations().size() + "):"));
        for (MatchReport.Allocation a : report.allocations()) {
            out.println("  " + a.requestId() + " -> " + a.deviceId());
        }
        out.println(lang.t("Demandes non servies (" + report.unserved().size() + ") :",
                "Unserved requests (" + report.unserved().size() + "):"));
        for (MatchReport.UnservedRequest u : report.unserved()) {
            out.println("  " + u.requestId() + " : " + u.reason());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Problem problem(Path file, Violation v) {
        return new Problem(file.toString(), v.path(), v.rule(), v.message());
    }

    /** A violation with the file it is in, as printed. */
    record Problem(String file, String path, String rule, String message) {
    }
}
